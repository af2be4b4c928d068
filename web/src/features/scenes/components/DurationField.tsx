import { useEffect, useId, useState } from "react";
import { messageOf } from "../../../lib/api/problem";

export function DurationField({ value, onSave, readOnlyReason }: { value: number | null; onSave: (seconds: number) => Promise<unknown>; readOnlyReason?: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value == null ? "" : String(value));
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setDraft(value == null ? "" : String(value)), [value]);
  const seconds = Number(draft);
  const dirty = draft !== (value == null ? "" : String(value)) && Number.isInteger(seconds) && seconds > 0;

  return (
    <div>
      <label htmlFor={id} className="label">
        Duration (seconds)
      </label>
      <input id={id} type="number" min={1} max={600} className="field w-28" value={draft} readOnly={!!readOnlyReason} onChange={(e) => setDraft(e.target.value)} />
      {!readOnlyReason && (
        <div className="mt-2 flex items-center gap-2">
          <button
            type="button"
            className="btn-secondary px-3 py-1.5 text-xs"
            disabled={!dirty}
            onClick={async () => {
              try {
                await onSave(seconds);
                setMessage("Saved.");
              } catch (e) {
                setMessage(messageOf(e));
              }
            }}
          >
            Save duration
          </button>
          {message && <span className="text-xs text-muted" role="status">{message}</span>}
        </div>
      )}
    </div>
  );
}
