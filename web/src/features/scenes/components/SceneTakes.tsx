import { num } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useTakes } from "../api/useTakes";
import { useUseTake } from "../api/useUseTake";
import { usd } from "./money";

const makers: Record<string, string> = { kling: "Kling", animatic: "animatic", mock: "placeholder", painted: "painted" };

/** Every version of the scene's clip, with who made it and what it cost; the user picks the one the movie uses. */
export function SceneTakes({ projectId, sceneId, sceneNumber, running }: { projectId: number; sceneId: number; sceneNumber: number; running: boolean }) {
  const takes = useTakes(projectId, sceneId);
  const use = useUseTake(projectId, sceneId);
  if (!takes.data || takes.data.length === 0) return null;

  return (
    <section aria-labelledby={`takes-${sceneId}`} className="mt-4">
      <h4 id={`takes-${sceneId}`} className="label">
        Takes of scene {sceneNumber}
      </h4>
      <ul className="grid gap-3 sm:grid-cols-2" aria-label={`Takes of scene ${sceneNumber}`}>
        {takes.data.map((t) => (
          <li key={String(t.id)} className="rounded-lg bg-ink/50 p-2 ring-1 ring-inset ring-line" data-testid={`take-${num(t.number)}`} data-in-movie={t.inMovie}>
            <video className="aspect-video w-full rounded bg-black" controls preload="metadata" src={t.clipUrl} poster={t.frameUrl ?? undefined} aria-label={`Take ${num(t.number)} of scene ${sceneNumber}`} />
            <p className="mt-2 text-xs text-muted">
              Take {num(t.number)} · clip by {makers[t.clipProvider] ?? t.clipProvider}
              {t.frameProvider && ` · frame ${makers[t.frameProvider] ?? t.frameProvider}`} · {num(t.costUsd) > 0 ? usd(t.costUsd) : "free"}
              {t.duration != null && ` · ${num(t.duration).toFixed(1)} s`}
            </p>
            {t.inMovie ? (
              <p className="mt-1 text-xs font-medium text-emerald-300">In the movie</p>
            ) : (
              <button type="button" className="btn-secondary mt-1 px-2.5 py-1 text-xs" disabled={running || use.isPending} onClick={() => use.mutate(num(t.id))}>
                Use take {num(t.number)} in the movie
              </button>
            )}
          </li>
        ))}
      </ul>
      {use.isError && (
        <div className="mt-2">
          <Alert>{messageOf(use.error)}</Alert>
        </div>
      )}
    </section>
  );
}
