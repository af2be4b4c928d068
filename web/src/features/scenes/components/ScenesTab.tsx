import { num, type Scene, type SceneStatus, type WorkflowStatus } from "../../../lib/api/client";
import { useScenes } from "../../../lib/project/useScenes";
import { isActive } from "../../../lib/pipeline/names";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { EditableText } from "../../../ui/EditableText";
import { StatusBadge } from "../../../ui/StatusBadge";
import { useUpdateScene } from "../api/useUpdateScene";

/** A scene's description feeds its clip, so it can change only until the clip exists. */
function lockReason(scene: SceneStatus | undefined, projectStatus?: string) {
  if (isActive(projectStatus)) return "The pipeline is running. Cancel it to edit.";
  if (scene?.clip === "completed") return "This scene's clip is made. Retry the scene in Clips after editing the prompt.";
  return undefined;
}

export function ScenesTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const scenes = useScenes(projectId);
  const update = useUpdateScene(projectId);

  return (
    <section aria-labelledby="tab-scenes">
      <TabHeading id="tab-scenes" title="Scenes">
        What each scene shows. Edit a description before its clip is generated; your edits survive a re-parse.
      </TabHeading>
      {scenes.isPending ? (
        <Loading />
      ) : scenes.isError ? (
        <QueryError error={scenes.error} onRetry={() => scenes.refetch()} />
      ) : scenes.data.length === 0 ? (
        <p className="text-sm text-muted">No scenes yet. Run “Parse script” in the pipeline to read them from your screenplay.</p>
      ) : (
        <ol className="space-y-4">
          {scenes.data.map((scene) => (
            <SceneCard
              key={String(scene.id)}
              scene={scene}
              state={status?.scenes.find((s) => num(s.sceneId) === num(scene.id))}
              projectStatus={status?.status}
              onSave={(description) => update.mutateAsync({ sceneId: num(scene.id), description })}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function SceneCard({ scene, state, projectStatus, onSave }: { scene: Scene; state?: SceneStatus; projectStatus?: string; onSave: (d: string) => Promise<unknown> }) {
  const n = num(scene.sceneNumber);
  return (
    <li className="card p-4" aria-labelledby={`scene-${n}-title`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-accent/15 px-2 py-0.5 text-xs font-semibold text-accent">Scene {n}</span>
        <h3 id={`scene-${n}-title`} className="font-semibold">
          {scene.title}
        </h3>
        {state && (
          <span className="ml-auto flex items-center gap-1 text-xs text-muted">
            Clip <StatusBadge status={state.clip} />
          </span>
        )}
      </div>
      <p className="mt-1 font-mono text-xs text-muted">
        {scene.heading}
        {scene.duration != null && ` · about ${num(scene.duration)} s`}
        {scene.characters.length > 0 && ` · ${scene.characters.map((c) => c.name).join(", ")}`}
      </p>
      <div className="mt-3">
        <EditableText
          label="Description"
          value={scene.description}
          edited={scene.editedFields.includes("description")}
          readOnlyReason={lockReason(state, projectStatus)}
          onSave={onSave}
        />
      </div>
      {scene.dialogue && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-muted hover:text-slate-200">Dialogue</summary>
          <p className="mt-2 whitespace-pre-wrap rounded-lg bg-ink/60 p-3 font-mono text-xs text-slate-300">{scene.dialogue}</p>
        </details>
      )}
    </li>
  );
}
