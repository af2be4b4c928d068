import { num, type Scene } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useShapeScenes } from "../api/useShapeScenes";

/** Move a scene up or down the list, or delete it; the script and (when there is one) the movie follow. */
export function SceneShapeBar({ projectId, scenes, scene, hasMovie, running }: { projectId: number; scenes: Scene[]; scene: Scene; hasMovie: boolean; running: boolean }) {
  const shape = useShapeScenes(projectId, hasMovie);
  const ids = scenes.map((s) => num(s.id));
  const at = ids.indexOf(num(scene.id));
  const n = num(scene.sceneNumber);
  const move = (by: number) => {
    const next = [...ids];
    [next[at], next[at + by]] = [next[at + by], next[at]];
    shape.mutate({ kind: "order", sceneIds: next });
  };
  const remove = () => {
    if (!window.confirm(`Delete scene ${n} from the script and the movie? Its clips stay with the project as takes.`)) return;
    shape.mutate(
      { kind: "delete", sceneId: num(scene.id) },
      {
        onError: (e) => {
          // Paid work asks a second time, naming what it cost.
          if (window.confirm(`${messageOf(e)}\n\nDelete it anyway?`)) shape.mutate({ kind: "delete", sceneId: num(scene.id), confirm: true });
        },
      },
    );
  };
  const busy = running || shape.isPending;

  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <button type="button" className="btn-secondary px-2.5 py-1 text-xs" disabled={busy || at <= 0} onClick={() => move(-1)}>
        Move scene {n} up
      </button>
      <button type="button" className="btn-secondary px-2.5 py-1 text-xs" disabled={busy || at < 0 || at >= ids.length - 1} onClick={() => move(1)}>
        Move scene {n} down
      </button>
      <button type="button" className="btn-secondary px-2.5 py-1 text-xs" disabled={busy || ids.length <= 1} onClick={remove}>
        Delete scene {n}
      </button>
      {shape.isPending && <span className="text-muted" role="status">Updating the script{hasMovie ? " and joining the movie again" : ""}…</span>}
      {shape.isError && !shape.isPending && (
        <div className="w-full">
          <Alert>{messageOf(shape.error)}</Alert>
        </div>
      )}
    </div>
  );
}
