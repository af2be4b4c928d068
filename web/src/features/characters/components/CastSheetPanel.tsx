import { useRef, useState } from "react";
import { num, type Schemas } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useApproveSheet, useRegenerateSheet, useReplaceFront } from "../api/useCastSheets";

export type CastSheet = Schemas["CastSheetResponse"];

const largestPicture = 10 * 1024 * 1024;

/**
 * A character's cast sheet (Kling path): the front view and three angles their pictures and clips are drawn from,
 * and what the user can do before the clips are paid for: approve it, have Kling make it again, or give a picture
 * of their own as the front view (the angles and the element are then made from it).
 */
export function CastSheetPanel({ projectId, sheet, running }: { projectId: number; sheet: CastSheet; running: boolean }) {
  const characterId = num(sheet.characterId);
  const approve = useApproveSheet(projectId);
  const regenerate = useRegenerateSheet(projectId);
  const replace = useReplaceFront(projectId);
  const fileInput = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const approved = sheet.state === "approved";
  const complete = sheet.frontUrl != null && sheet.angleUrls.length > 0 && sheet.elementRegistered;
  const busy = running || regenerate.isPending || replace.isPending;
  const error = tooLarge ? "That picture is larger than 10 MB. Choose a smaller one." : (approve.error ?? regenerate.error ?? replace.error);
  const views = [
    { label: "Front", url: sheet.frontUrl ?? null },
    ...[0, 1, 2].map((i) => ({ label: `Angle ${i + 1}`, url: sheet.angleUrls[i] ?? null })),
  ];

  function pick(file: File | undefined) {
    if (!file) return;
    setTooLarge(file.size > largestPicture);
    if (file.size > largestPicture) return;
    replace.mutate({ characterId, picture: file });
  }

  return (
    <section aria-label={`${sheet.name}'s cast sheet`} className="rounded-lg bg-ink/50 p-3 ring-1 ring-inset ring-line" data-testid={`cast-sheet-${characterId}`} data-state={sheet.state}>
      <div className="flex flex-wrap items-center gap-2">
        <h4 className="text-sm font-semibold">Cast sheet</h4>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${approved ? "bg-emerald-500/15 text-emerald-200" : "bg-amber-500/15 text-amber-200"}`}>
          {approved ? "Approved" : "Draft"}
        </span>
        {sheet.frontUploaded && <span className="text-xs text-muted">Front view: your picture</span>}
      </div>
      <ul className="mt-2 grid grid-cols-4 gap-2">
        {views.map((v) => (
          <li key={v.label} className="flex flex-col gap-1">
            {v.url ? (
              <img src={v.url} alt={`${sheet.name}, ${v.label.toLowerCase()} view`} className="aspect-[2/3] w-full rounded-md bg-black/30 object-cover" loading="lazy" />
            ) : (
              <span className="flex aspect-[2/3] w-full items-center justify-center rounded-md bg-black/30 p-1 text-center text-xs text-muted">{running ? "Being made…" : "Missing"}</span>
            )}
            <span className="text-center text-xs text-muted">{v.label}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-muted">
        {!complete
          ? running
            ? "Kling is making this sheet."
            : "This sheet is not finished; regenerate it or start the storyboard phase again."
          : approved
            ? "Clips use this sheet to keep the character's face and clothes the same."
            : "Clips will use this sheet as it is. Approve it, or change it before you make the clips."}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={approved ? "btn-secondary" : "btn-primary"} disabled={!complete || approve.isPending} onClick={() => approve.mutate({ characterId, approved: !approved })}>
          {approved ? "Undo approval" : "Approve"}
        </button>
        <button type="button" className="btn-secondary" disabled={busy} onClick={() => regenerate.mutate({ characterId })}>
          {regenerate.isPending ? "Starting…" : "Regenerate"}
        </button>
        <button type="button" className="btn-secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
          {replace.isPending ? "Uploading…" : "Replace with a picture…"}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          className="sr-only"
          aria-label={`Picture for ${sheet.name}'s front view`}
          tabIndex={-1}
          data-testid={`cast-sheet-file-${characterId}`}
          onChange={(e) => {
            pick(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      <p className="mt-1 text-xs text-muted">Regenerating or replacing the sheet is charged by Kling (a few cents) and marks {sheet.name}&rsquo;s scenes to be remade.</p>
      {error && (
        <div className="mt-2">
          <Alert>{typeof error === "string" ? error : messageOf(error)}</Alert>
        </div>
      )}
    </section>
  );
}
