/** A short wait; every query also has an error state, so this never spins forever. */
export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p role="status" className="flex items-center gap-2 py-6 text-sm text-muted">
      <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-slate-500 border-t-accent" />
      {label}
    </p>
  );
}
