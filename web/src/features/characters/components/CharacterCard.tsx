import { num, type Character } from "../../../lib/api/client";
import { EditableText } from "../../../ui/EditableText";
import { VoicePicker } from "./VoicePicker";
import { CastSheetPanel, type CastSheet } from "./CastSheetPanel";

export function CharacterCard({
  character: c,
  projectId,
  sheet,
  running = false,
  onSave,
}: {
  character: Character;
  projectId: number;
  sheet?: CastSheet;
  running?: boolean;
  onSave: (b: { visualDescription?: string; voice?: string }) => Promise<unknown>;
}) {
  const headingId = `character-${num(c.id)}`;
  const lines = num(c.dialogueLines);
  return (
    <li className="card flex flex-col gap-3 p-4" aria-labelledby={headingId}>
      <div className="flex items-center gap-3">
        <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded-full bg-gradient-to-br from-accent/40 to-indigo-500/40 font-semibold">
          {c.name.charAt(0)}
        </span>
        <div>
          <h3 id={headingId} className="font-semibold">
            {c.name}
          </h3>
          {c.personName && (
            <p className="text-xs font-medium text-accent">
              {periodLabel(c.period)} look of {titleCase(c.personName)}
            </p>
          )}
          <p className="text-xs text-muted">
            {lines} {lines === 1 ? "line" : "lines"} of dialogue{c.aliases.length > 0 && ` · also “${c.aliases.join("”, “")}”`}
          </p>
        </div>
      </div>
      {sheet && <CastSheetPanel projectId={projectId} sheet={sheet} running={running} />}
      <EditableText label="Visual description" value={c.visualDescription} edited={c.editedFields.includes("visualDescription")} onSave={(v) => onSave({ visualDescription: v })} />
      <VoicePicker name={c.name} voice={c.voice ?? null} previewUrl={c.voicePreviewUrl ?? null} edited={c.editedFields.includes("voice")} onSave={(voice) => onSave({ voice })} />
    </li>
  );
}

/** YOUNG EDWARD is "Younger look of Edward": the same person at another age, drawn with that age's own look. */
function periodLabel(period: string | null | undefined): string {
  switch (period) {
    case "child":
      return "Childhood";
    case "teen":
      return "Teenage";
    case "old":
      return "Older";
    case "adult":
      return "Grown-up";
    default:
      return "Younger";
  }
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase());
}
