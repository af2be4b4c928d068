import { useEffect, useId, useState } from "react";
import type { Schemas } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";

type Line = Schemas["DialogueLineEdit"];

/** The scene's spoken lines and who says them: change, add or remove, then save. */
export function LinesEditor({ lines, speakers, onSave, readOnlyReason }: { lines: Line[]; speakers: string[]; onSave: (next: Line[]) => Promise<unknown>; readOnlyReason?: string }) {
  const id = useId();
  const [draft, setDraft] = useState(lines);
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });
  useEffect(() => setDraft(lines), [lines]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(lines);
  const set = (i: number, change: Partial<Line>) => {
    setDraft(draft.map((l, j) => (j === i ? { ...l, ...change } : l)));
    setState({ kind: "idle" });
  };

  async function save() {
    setState({ kind: "saving" });
    try {
      await onSave(draft);
      setState({ kind: "saved" });
    } catch (e) {
      setState({ kind: "error", message: messageOf(e) });
    }
  }

  return (
    <fieldset>
      <legend className="label">Dialogue</legend>
      <datalist id={`${id}-speakers`}>
        {speakers.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {draft.length === 0 && <p className="text-xs text-muted">Nobody speaks in this scene.</p>}
      <ol className="space-y-2">
        {draft.map((line, i) => (
          <li key={i} className="flex flex-wrap items-start gap-2">
            <label className="sr-only" htmlFor={`${id}-speaker-${i}`}>
              Speaker of line {i + 1}
            </label>
            <input id={`${id}-speaker-${i}`} className="field w-36 font-mono text-xs uppercase" list={`${id}-speakers`} value={line.speaker} readOnly={!!readOnlyReason} onChange={(e) => set(i, { speaker: e.target.value.toUpperCase() })} />
            <label className="sr-only" htmlFor={`${id}-text-${i}`}>
              Line {i + 1}
            </label>
            <textarea id={`${id}-text-${i}`} className="field min-w-0 flex-1 text-sm" rows={1} value={line.text} readOnly={!!readOnlyReason} onChange={(e) => set(i, { text: e.target.value })} />
            {!readOnlyReason && (
              <button type="button" className="btn-secondary px-2 py-1 text-xs" onClick={() => setDraft(draft.filter((_, j) => j !== i))}>
                Remove line {i + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnlyReason && (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" className="btn-secondary px-3 py-1.5 text-xs" onClick={() => setDraft([...draft, { speaker: speakers[0] ?? "", text: "", parenthetical: null }])}>
            Add a line
          </button>
          <button type="button" className="btn-secondary px-3 py-1.5 text-xs" disabled={!dirty || state.kind === "saving"} onClick={save}>
            {state.kind === "saving" ? "Saving…" : "Save dialogue"}
          </button>
          <span className="text-xs" role={state.kind === "error" ? "alert" : undefined}>
            {state.kind === "saved" && !dirty ? <span className="text-emerald-300">Saved.</span> : state.kind === "error" ? <span className="text-red-200">{state.message}</span> : null}
          </span>
        </div>
      )}
    </fieldset>
  );
}
