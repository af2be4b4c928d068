import { useEffect, useState } from "react";
import { num, type Character } from "../../../lib/api/client";
import { SaveRow } from "./SaveRow";

/** Who is in the scene: their looks go into its frame and prompt. */
export function CastEditor({ present, characters, onSave, readOnlyReason }: { present: number[]; characters: Character[]; onSave: (ids: number[]) => Promise<unknown>; readOnlyReason?: string }) {
  const [draft, setDraft] = useState(present);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => setDraft(present), [present]);
  // A long script has dozens of speaking parts: the scene's own come first, the rest on request.
  const many = characters.length > 12;
  const listed = many && !showAll ? characters.filter((c) => draft.includes(num(c.id))) : characters;
  const dirty = [...draft].sort().join(",") !== [...present].sort().join(",");
  if (characters.length === 0) return null;

  return (
    <fieldset>
      <legend className="label">Characters in the scene</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {listed.map((c) => {
          const id = num(c.id);
          return (
            <label key={id} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={draft.includes(id)} disabled={!!readOnlyReason} onChange={(e) => setDraft(e.target.checked ? [...draft, id] : draft.filter((x) => x !== id))} />
              {c.name}
            </label>
          );
        })}
        {many && (
          <button type="button" className="text-xs text-accent underline" onClick={() => setShowAll(!showAll)}>
            {showAll ? "Show only this scene's characters" : `Show all ${characters.length} characters`}
          </button>
        )}
      </div>
      {!readOnlyReason && <SaveRow label="Save characters" disabled={!dirty} onSave={() => onSave(draft)} />}
    </fieldset>
  );
}
