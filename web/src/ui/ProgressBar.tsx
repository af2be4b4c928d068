export function ProgressBar({ value, label, status }: { value: number; label: string; status?: string }) {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  const color =
    status === "failed" ? "bg-red-400" : status === "completed_with_errors" ? "bg-amber-400" : status === "completed" ? "bg-emerald-400" : "bg-accent";
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={v} className="h-1.5 w-full overflow-hidden rounded-full bg-slate-700/60">
      <div className={`h-full rounded-full transition-[width] duration-500 ${color}`} style={{ width: `${v}%` }} />
    </div>
  );
}
