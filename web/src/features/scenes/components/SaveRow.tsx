import { useState } from "react";
import { messageOf } from "../../../lib/api/problem";

/** A field's own save button with the server's answer beside it, so each edit says whether it took. */
export function SaveRow({ label, disabled, onSave }: { label: string; disabled: boolean; onSave: () => Promise<unknown> }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mt-2 flex items-center gap-2">
      <button
        type="button"
        className="btn-secondary px-3 py-1.5 text-xs"
        disabled={disabled}
        onClick={async () => {
          try {
            await onSave();
            setMessage("Saved.");
          } catch (e) {
            setMessage(messageOf(e));
          }
        }}
      >
        {label}
      </button>
      {message && <span className="text-xs text-muted" role="status">{message}</span>}
    </div>
  );
}
