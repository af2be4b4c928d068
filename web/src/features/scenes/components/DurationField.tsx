import { useEffect, useId, useState } from "react";
import { SaveRow } from "./SaveRow";

export function DurationField({ value, onSave, readOnlyReason }: { value: number | null; onSave: (seconds: number) => Promise<unknown>; readOnlyReason?: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value == null ? "" : String(value));
  useEffect(() => setDraft(value == null ? "" : String(value)), [value]);
  const seconds = Number(draft);
  const dirty = draft !== (value == null ? "" : String(value)) && Number.isInteger(seconds) && seconds > 0;

  return (
    <div>
      <label htmlFor={id} className="label">
        Duration (seconds)
      </label>
      <input id={id} type="number" min={1} max={600} className="field w-28" value={draft} readOnly={!!readOnlyReason} onChange={(e) => setDraft(e.target.value)} />
      {!readOnlyReason && <SaveRow label="Save duration" disabled={!dirty} onSave={() => onSave(seconds)} />}
    </div>
  );
}
