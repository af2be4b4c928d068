import { useEffect, useId, useState } from "react";
import { messageOf } from "../lib/api/problem";

/** A labelled textarea with its own Save button, saved/error feedback, and a read-only mode. */
export function EditableText({
  label,
  value,
  onSave,
  readOnlyReason,
  rows = 3,
  edited,
}: {
  label: string;
  value: string;
  onSave: (next: string) => Promise<unknown>;
  readOnlyReason?: string;
  rows?: number;
  edited?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // What the server has now: the saved draft until a refetch brings the value back.
  const [baseline, setBaseline] = useState(value);
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });
  useEffect(() => {
    setDraft(value);
    setBaseline(value);
  }, [value]);
  const dirty = draft !== baseline;

  async function save() {
    setState({ kind: "saving" });
    try {
      await onSave(draft);
      setBaseline(draft);
      setState({ kind: "saved" });
    } catch (e) {
      setState({ kind: "error", message: messageOf(e) });
    }
  }

  return (
    <div>
      <label htmlFor={id} className="label flex items-center gap-2">
        {label}
        {edited && <span className="rounded bg-accent/15 px-1.5 text-[11px] font-medium text-accent">edited by you</span>}
      </label>
      <textarea
        id={id}
        className="field leading-relaxed read-only:opacity-80"
        rows={rows}
        value={draft}
        readOnly={!!readOnlyReason}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          setDraft(e.target.value);
          if (state.kind !== "saving") setState({ kind: "idle" });
        }}
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {!readOnlyReason && (
          <button type="button" className="btn-secondary px-3 py-1.5 text-xs" disabled={!dirty || state.kind === "saving"} onClick={save}>
            {state.kind === "saving" ? "Saving…" : `Save ${label.toLowerCase()}`}
          </button>
        )}
        <span id={`${id}-note`} className="text-xs" role={state.kind === "error" ? "alert" : undefined}>
          {readOnlyReason ? (
            <span className="text-muted">{readOnlyReason}</span>
          ) : state.kind === "saved" && !dirty ? (
            <span className="text-emerald-300">Saved.</span>
          ) : state.kind === "error" ? (
            <span className="text-red-200">{state.message}</span>
          ) : null}
        </span>
      </div>
    </div>
  );
}
