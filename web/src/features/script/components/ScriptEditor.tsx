import { useId, useState } from "react";
import { num } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useRebuildPreview } from "../api/useRebuildPreview";
import { useSaveAndRebuild } from "../api/useSaveAndRebuild";

/**
 * Editing the screenplay text. Before anything is saved the user sees what a rebuild would remake
 * ("1 scene changed, 1 new: $1.40"): scenes are matched by their words, so unchanged ones keep their clips.
 */
export function ScriptEditor({ projectId, script, running, onDone }: { projectId: number; script: string; running: boolean; onDone: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(script);
  const preview = useRebuildPreview(projectId);
  const rebuild = useSaveAndRebuild(projectId);
  const checked = preview.data && preview.variables === draft ? preview.data : undefined;

  return (
    <div className="card space-y-3 p-4">
      <label htmlFor={id} className="label">
        Screenplay text
      </label>
      <textarea id={id} className="field font-mono text-[13px] leading-6" rows={18} value={draft} onChange={(e) => setDraft(e.target.value)} />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary" disabled={draft === script || preview.isPending} onClick={() => preview.mutate(draft)}>
          {preview.isPending ? "Checking…" : "Check what changes"}
        </button>
        <button type="button" className="btn-primary" disabled={!checked || running || rebuild.isPending} onClick={() => rebuild.mutate(draft, { onSuccess: onDone })}>
          {rebuild.isPending ? "Starting…" : "Save and rebuild"}
        </button>
        <button type="button" className="btn-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
      {checked && (
        <p className="text-sm" role="status" data-testid="rebuild-summary">
          {checked.summary}
          {num(checked.unchanged) > 0 && ` The other ${num(checked.unchanged)} scene${num(checked.unchanged) === 1 ? " keeps its" : "s keep their"} frames, voices and clips.`}
          {num(checked.keptTakes) > 0 && ` Clips of removed scenes stay with the project as takes.`}
        </p>
      )}
      {running && <p className="text-xs text-muted">The pipeline is running; rebuild when it is done.</p>}
      {preview.isError && <Alert>{messageOf(preview.error)}</Alert>}
      {rebuild.isError && <Alert>{messageOf(rebuild.error)}</Alert>}
    </div>
  );
}
