import { num, type Clip, type SceneStatus, type WorkflowStatus } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { usePipelineAction } from "../../../lib/pipeline/usePipelineAction";
import { isActive } from "../../../lib/pipeline/names";
import { useClips } from "../../../lib/project/useClips";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { StatusBadge } from "../../../ui/StatusBadge";
import { Alert } from "../../../ui/Alert";
import { formatSeconds } from "../../../ui/dates";
import { ClipPlayer } from "./ClipPlayer";

export function failedSummary(scenes: SceneStatus[]) {
  const failed = scenes.filter((s) => s.clip === "failed").length;
  return `${failed} of ${scenes.length} scenes failed to generate. You can retry failed scenes or continue with the completed clips.`;
}

export function ClipsTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const action = usePipelineAction(projectId);
  const clips = useClips(projectId, status);
  if (!status) return <Loading />;
  const failed = status.scenes.filter((s) => s.clip === "failed");
  const running = isActive(status.status);
  const bySceneId = new Map<number, Clip>((clips.data ?? []).map((c) => [num(c.sceneId), c]));

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
        One clip per scene: its frame, its voices, then the video. Press a picture to play its clip.
      </TabHeading>
      <div className="space-y-3">
        {action.isError && <Alert>{messageOf(action.error)}</Alert>}
        {clips.isError && <Alert>{messageOf(clips.error)}</Alert>}
        {failed.length > 0 && !running && <Alert tone="warning">{failedSummary(status.scenes)}</Alert>}
      </div>
      {status.scenes.length === 0 ? (
        <p className="text-sm text-muted">No scenes yet. Parse the script first.</p>
      ) : (
        <ul aria-label="Clips" className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {status.scenes.map((s) => {
            const clip = bySceneId.get(num(s.sceneId));
            const name = `scene ${num(s.sceneNumber)}`;
            const headingId = `clip-heading-${num(s.sceneId)}`;
            return (
              <li key={String(s.sceneId)} data-testid={`clip-scene-${num(s.sceneNumber)}`} data-status={s.clip} aria-labelledby={headingId} className="card min-w-0 overflow-hidden">
                <ClipPlayer key={clip?.clipUrl ?? "none"} name={name} clipUrl={clip?.clipUrl ?? null} frameUrl={clip?.frameUrl ?? null} />
                <div className="space-y-2 p-3">
                  <h3 id={headingId} className="break-words text-sm font-medium text-slate-100">
                    {num(s.sceneNumber)}. {s.title}
                  </h3>
                  <dl className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                    <Part label="Frame" status={s.storyboard} />
                    <Part label="Voice" status={s.voice} />
                    <Part label="Clip" status={s.clip} />
                    {clip?.duration != null && (
                      <div>
                        <dt className="sr-only">Length</dt>
                        <dd>{formatSeconds(num(clip.duration))}</dd>
                      </div>
                    )}
                  </dl>
                  {s.errorMessage && <p className="text-xs text-red-200">{s.errorMessage}</p>}
                  <div className="flex flex-wrap gap-2">
                    {clip?.clipUrl && (
                      <a href={clip.clipUrl} download={`scene-${num(s.sceneNumber)}.mp4`} className="btn-secondary px-2.5 py-1 text-xs">
                        <span aria-hidden="true">⤓</span> Download clip {num(s.sceneNumber)}
                      </a>
                    )}
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
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Part({ label, status }: { label: string; status: string }) {
  return (
    <div className="flex items-center gap-1.5">
      <dt>{label}</dt>
      <dd>
        <StatusBadge status={status} />
      </dd>
    </div>
  );
}
