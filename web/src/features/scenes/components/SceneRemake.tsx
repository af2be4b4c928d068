import { num, type Quote, type Scene, type SceneStatus } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useRegenerateScene } from "../api/useRegenerateScene";
import { usd } from "./money";

const partNames: Record<string, string> = { frame: "storyboard frame", prompt: "video prompt", voice: "voices", clip: "clip" };

export function remakeList(stale: string[]) {
  const names = stale.map((p) => partNames[p] ?? p);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** What the scene's edits made out of date, what remaking it costs, and the button that remakes only that. */
export function SceneRemake({ projectId, scene, state, quote, running }: { projectId: number; scene: Scene; state?: SceneStatus; quote?: Quote; running: boolean }) {
  const regenerate = useRegenerateScene(projectId);
  const made = state?.clip === "completed" || state?.clip === "failed";
  if (!made) return null;
  const n = num(scene.sceneNumber);
  const priced = quote?.scenes.find((q) => num(q.sceneId) === num(scene.id)) ?? quote?.remakes?.find((q) => num(q.sceneId) === num(scene.id));
  const paid = quote?.videoProvider === "kling";
  const cost = priced && (paid ? `Cost: ${usd(priced.usd)}.` : `Free with this server's ${quote?.videoProvider} clips (Kling would charge ${usd(priced.usd)}).`);
  const stale = scene.stale;

  return (
    <div className={`rounded-lg p-3 text-sm ring-1 ring-inset ${stale.length > 0 ? "bg-amber-500/10 ring-amber-400/40" : "bg-ink/50 ring-line"}`} data-testid={`remake-scene-${n}`} data-stale={stale.join(",")}>
      <p>
        {stale.length > 0
          ? `Changed since it was made: its ${remakeList(stale)} will be remade, then the movie is joined again.`
          : "Up to date. Regenerating makes a new take of its clip; the current one is kept as a take."}{" "}
        {cost}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" className={stale.length > 0 ? "btn-primary" : "btn-secondary"} disabled={running || regenerate.isPending} onClick={() => regenerate.mutate(num(scene.id))}>
          {regenerate.isPending ? "Starting…" : `Regenerate scene ${n}`}
        </button>
        {running && <span className="text-xs text-muted">The pipeline is running; regenerate when it is done.</span>}
      </div>
      {regenerate.isError && (
        <div className="mt-2">
          <Alert>{messageOf(regenerate.error)}</Alert>
        </div>
      )}
    </div>
  );
}
