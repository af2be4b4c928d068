import { useId, useState } from "react";
import { num, type Scene } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useRebuild } from "../api/useRebuild";
import { useSceneText } from "../api/useSceneText";

/** The scene's paragraphs in the script (blank-line separated), the heading first. */
export function paragraphsOf(script: string, scene: Scene) {
  const lines = script.replace(/\r\n/g, "\n").split("\n").slice(num(scene.startLine) - 1, num(scene.endLine));
  return lines.join("\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Add a scene after this one, split it in two, or merge it with the next; then rebuild what that changed. */
export function SceneTextTools({ projectId, scene, isLast, script, running }: { projectId: number; scene: Scene; isLast: boolean; script: string; running: boolean }) {
  const id = useId();
  const edit = useSceneText(projectId);
  const rebuild = useRebuild(projectId);
  const [heading, setHeading] = useState("");
  const [action, setAction] = useState("");
  const [splitHeading, setSplitHeading] = useState("");
  const paragraphs = paragraphsOf(script, scene);
  const [after, setAfter] = useState(1);
  const n = num(scene.sceneNumber);
  const busy = running || edit.isPending;

  return (
    <details className="rounded-lg bg-ink/40 p-3 text-sm ring-1 ring-inset ring-line">
      <summary className="cursor-pointer text-muted hover:text-slate-200">Add, split or merge scenes</summary>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate({ kind: "add", heading, action, afterSceneId: num(scene.id) });
          }}
        >
          <p className="font-medium">A new scene after scene {n}</p>
          <label className="label" htmlFor={`${id}-h`}>New scene heading</label>
          <input id={`${id}-h`} className="field font-mono text-xs uppercase" placeholder="EXT. STREET - NIGHT" value={heading} onChange={(e) => setHeading(e.target.value)} />
          <label className="label" htmlFor={`${id}-a`}>What happens</label>
          <textarea id={`${id}-a`} className="field" rows={2} value={action} onChange={(e) => setAction(e.target.value)} />
          <button type="submit" className="btn-secondary px-3 py-1.5 text-xs" disabled={busy || !heading.trim() || !action.trim()}>Add the scene</button>
        </form>
        <div className="space-y-4">
          {paragraphs.length >= 3 && (
            <form
              className="space-y-2"
              onSubmit={(e) => {
                e.preventDefault();
                edit.mutate({ kind: "split", sceneId: num(scene.id), afterParagraph: after, heading: splitHeading });
              }}
            >
              <p className="font-medium">Split scene {n} in two</p>
              <label className="label" htmlFor={`${id}-p`}>The second scene starts after</label>
              <select id={`${id}-p`} className="field" value={after} onChange={(e) => setAfter(Number(e.target.value))}>
                {paragraphs.slice(1, -1).map((p, i) => (
                  <option key={i} value={i + 1}>{`${i + 1}. ${p.replace(/\s+/g, " ").slice(0, 60)}`}</option>
                ))}
              </select>
              <label className="label" htmlFor={`${id}-s`}>Its heading</label>
              <input id={`${id}-s`} className="field font-mono text-xs uppercase" placeholder={scene.heading} value={splitHeading} onChange={(e) => setSplitHeading(e.target.value)} />
              <button type="submit" className="btn-secondary px-3 py-1.5 text-xs" disabled={busy || !splitHeading.trim()}>Split the scene</button>
            </form>
          )}
          {!isLast && (
            <button type="button" className="btn-secondary px-3 py-1.5 text-xs" disabled={busy} onClick={() => edit.mutate({ kind: "merge", sceneId: num(scene.id) })}>
              Merge scene {n} with scene {n + 1}
            </button>
          )}
        </div>
      </div>
      {edit.isError && <div className="mt-2"><Alert>{messageOf(edit.error)}</Alert></div>}
      {edit.data && !rebuild.isSuccess && (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded-lg bg-amber-500/10 p-3 ring-1 ring-inset ring-amber-400/40" role="status">
          <span>The script is updated. Rebuilding remakes only this: {edit.data.summary}</span>
          <button type="button" className="btn-primary" disabled={running || rebuild.isPending} onClick={() => rebuild.mutate()}>Rebuild now</button>
        </div>
      )}
      {rebuild.isError && <div className="mt-2"><Alert>{messageOf(rebuild.error)}</Alert></div>}
    </details>
  );
}
