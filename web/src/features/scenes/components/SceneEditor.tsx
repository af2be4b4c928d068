import { num, type Character, type Quote, type Scene, type SceneStatus } from "../../../lib/api/client";
import { EditableText } from "../../../ui/EditableText";
import { StatusBadge } from "../../../ui/StatusBadge";
import { useUpdatePrompt } from "../api/useUpdatePrompt";
import { useUpdateScene } from "../api/useUpdateScene";
import { CastEditor } from "./CastEditor";
import { DurationField } from "./DurationField";
import { LinesEditor } from "./LinesEditor";
import { SceneRemake } from "./SceneRemake";
import { SceneShapeBar } from "./SceneShapeBar";
import { SceneTextTools } from "./SceneTextTools";
import { SceneTakes } from "./SceneTakes";

/** One scene, every part of it editable at any time; an edit marks what it makes out of date and says so above. */
export function SceneEditor({ projectId, scene, scenes, script, state, quote, characters, running, hasMovie }: {
  projectId: number; scene: Scene; scenes: Scene[]; script: string; state?: SceneStatus; quote?: Quote; characters: Character[]; running: boolean; hasMovie: boolean;
}) {
  const update = useUpdateScene(projectId);
  const prompt = useUpdatePrompt(projectId);
  const sceneId = num(scene.id);
  const n = num(scene.sceneNumber);
  const locked = running ? "The pipeline is running. Cancel it to edit." : undefined;
  const speakers = [...new Set([...characters.map((c) => c.name), ...scene.lines.map((l) => l.speaker)])];

  return (
    <article className="card p-4" aria-labelledby={`scene-${n}-title`} data-testid={`scene-editor-${n}`}>
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
      <div className="mt-2">
        <SceneShapeBar projectId={projectId} scenes={scenes} scene={scene} hasMovie={hasMovie} running={running} />
      </div>
      <div className="mt-3">
        <SceneRemake projectId={projectId} scene={scene} state={state} quote={quote} running={running} />
      </div>
      <div className="mt-3 grid gap-4">
        <EditableText label="Description" value={scene.description} edited={scene.editedFields.includes("description")} readOnlyReason={locked}
          onSave={(description) => update.mutateAsync({ sceneId, description })} />
        <LinesEditor lines={scene.lines} speakers={speakers} readOnlyReason={locked} onSave={(lines) => update.mutateAsync({ sceneId, lines })} />
        <EditableText label="Action" rows={2} value={scene.action ?? ""} edited={scene.editedFields.includes("action")} readOnlyReason={locked}
          onSave={(action) => update.mutateAsync({ sceneId, action })} />
        <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
          <EditableText label="Camera direction" rows={1} value={scene.camera ?? ""} edited={scene.editedFields.includes("camera")} readOnlyReason={locked}
            onSave={(camera) => update.mutateAsync({ sceneId, camera })} />
          <DurationField value={scene.duration == null ? null : num(scene.duration)} readOnlyReason={locked} onSave={(duration) => update.mutateAsync({ sceneId, duration })} />
        </div>
        <CastEditor present={scene.characters.map((c) => num(c.characterId))} characters={characters} readOnlyReason={locked}
          onSave={(characterIds) => update.mutateAsync({ sceneId, characterIds })} />
        {scene.prompt != null && (
          <EditableText label="Video prompt" rows={5} value={scene.prompt} readOnlyReason={locked} onSave={(text) => prompt.mutateAsync({ sceneId, prompt: text })} />
        )}
      </div>
      <div className="mt-4">
        <SceneTextTools projectId={projectId} scene={scene} script={script} isLast={num(scenes[scenes.length - 1]?.id) === sceneId} running={running} />
      </div>
      <SceneTakes projectId={projectId} sceneId={sceneId} sceneNumber={n} running={running} />
    </article>
  );
}
