import { num, type SceneStatus, type WorkflowStatus } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { usePipelineAction } from "../../../lib/pipeline/usePipelineAction";
import { isActive } from "../../../lib/pipeline/names";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { StatusBadge } from "../../../ui/StatusBadge";
import { Alert } from "../../../ui/Alert";

export function failedSummary(scenes: SceneStatus[]) {
  const failed = scenes.filter((s) => s.clip === "failed").length;
  return `${failed} of ${scenes.length} scenes failed to generate. You can retry failed scenes or continue with the completed clips.`;
}

export function ClipsTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const action = usePipelineAction(projectId);
  if (!status) return <Loading />;
  const failed = status.scenes.filter((s) => s.clip === "failed");
  const running = isActive(status.status);

  return (
    <section aria-labelledby="tab-clips">
      <TabHeading
        id="tab-clips"
        title="Clips"
        actions={
          failed.length > 0 && (
            <button type="button" className="btn-primary" disabled={running || action.isPending} onClick={() => action.mutate({ kind: "retry-failed" })}>
              Retry failed scenes
            </button>
          )
        }
      >
        One clip per scene: its frame, its voices, then the video.
      </TabHeading>
      <div className="space-y-3">
        {action.isError && <Alert>{messageOf(action.error)}</Alert>}
        {failed.length > 0 && !running && <Alert tone="warning">{failedSummary(status.scenes)}</Alert>}
      </div>
      {status.scenes.length === 0 ? (
        <p className="text-sm text-muted">No scenes yet. Parse the script first.</p>
      ) : (
        // relative: the sr-only header text is positioned, and would otherwise escape the scroller and widen the page.
        <div className="card relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Clip state per scene, scrolls sideways">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Clip state per scene</caption>
            <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Scene
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Frame
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Voice
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Clip
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {status.scenes.map((s) => (
                <tr key={String(s.sceneId)} data-testid={`clip-scene-${num(s.sceneNumber)}`} data-status={s.clip} className="border-b border-line/60 last:border-0 align-top">
                  <th scope="row" className="px-4 py-3 font-normal">
                    <span className="font-medium text-slate-100">
                      {num(s.sceneNumber)}. {s.title}
                    </span>
                    {s.errorMessage && <p className="mt-1 max-w-md text-xs text-red-200">{s.errorMessage}</p>}
                  </th>
                  <td className="px-3 py-3">
                    <StatusBadge status={s.storyboard} />
                  </td>
                  <td className="px-3 py-3">
                    <StatusBadge status={s.voice} />
                  </td>
                  <td className="px-3 py-3">
                    <StatusBadge status={s.clip} />
                  </td>
                  <td className="px-4 py-3 text-right">
                    {s.clip === "failed" && (
                      <button
                        type="button"
                        className="btn-secondary px-2.5 py-1 text-xs"
                        disabled={running || action.isPending}
                        onClick={() => action.mutate({ kind: "retry-scene", sceneId: num(s.sceneId) })}
                      >
                        Retry scene {num(s.sceneNumber)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
