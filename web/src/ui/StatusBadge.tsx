const styles: Record<string, string> = {
  draft: "bg-slate-500/20 text-slate-200 ring-slate-400/40",
  pending: "bg-slate-500/20 text-slate-200 ring-slate-400/40",
  queued: "bg-indigo-500/20 text-indigo-100 ring-indigo-400/40",
  running: "bg-sky-500/20 text-sky-100 ring-sky-400/50",
  completed: "bg-emerald-500/20 text-emerald-100 ring-emerald-400/40",
  completed_with_errors: "bg-amber-500/20 text-amber-100 ring-amber-400/50",
  failed: "bg-red-500/20 text-red-100 ring-red-400/50",
  cancelled: "bg-zinc-500/20 text-zinc-200 ring-zinc-400/40",
  skipped: "bg-zinc-500/20 text-zinc-300 ring-zinc-400/30",
  edited: "bg-amber-500/20 text-amber-100 ring-amber-400/50",
};

export function statusLabel(status: string) {
  if (status === "completed_with_errors") return "Completed with errors";
  return status.charAt(0).toUpperCase() + status.slice(1).replaceAll("_", " ");
}

/** A finished movie whose scenes were edited since no longer shows them as they are: the badge says so, not "Completed". */
export function projectStatusLabel(status: string, staleScenes = 0) {
  if (status === "completed" && staleScenes > 0) return `Edited · ${staleScenes} ${staleScenes === 1 ? "scene" : "scenes"} to remake`;
  return statusLabel(status);
}

/** @param staleScenes For a project's badge: scenes an edit made out of date since their parts were made. */
export function StatusBadge({ status, staleScenes = 0 }: { status: string; staleScenes?: number }) {
  const edited = status === "completed" && staleScenes > 0;
  return (
    <span
      data-status={status}
      data-edited={edited || undefined}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${styles[edited ? "edited" : status] ?? styles.pending}`}
    >
      {status === "running" && <span aria-hidden="true" className="h-1.5 w-1.5 animate-pulse rounded-full bg-sky-300" />}
      {projectStatusLabel(status, staleScenes)}
    </span>
  );
}
