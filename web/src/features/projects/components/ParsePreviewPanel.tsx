import type { ParsePreview } from "../../../lib/api/client";
import { ApiError, messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";

export const tooShortMessage =
  "Your script needs at least one complete scene to generate a movie. Check that it follows standard screenplay format.";

export function ParsePreviewPanel({ preview, error, busy, empty }: { preview?: ParsePreview; error: unknown; busy: boolean; empty: boolean }) {
  return (
    <section aria-labelledby="preview-heading" aria-busy={busy} className="card p-5">
      <div className="flex items-center justify-between">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        {busy && <span className="text-xs text-muted" role="status">Reading your script…</span>}
      </div>
      {empty ? (
        <p className="mt-3 text-sm text-muted">Paste or upload a script to see its scenes and characters here before you save.</p>
      ) : error instanceof ApiError && (error.status === 404 || error.status === 405) ? (
        <div className="mt-3">
          <Alert tone="info">This server can't preview scripts yet. You can still create the project; its scenes appear after “Parse script”.</Alert>
        </div>
      ) : error ? (
        <div className="mt-3">
          <Alert>{messageOf(error)}</Alert>
        </div>
      ) : preview ? (
        <PreviewBody preview={preview} />
      ) : null}
    </section>
  );
}

function PreviewBody({ preview }: { preview: ParsePreview }) {
  const scenes = preview.scenes.length;
  const characters = preview.characters.length;
  return (
    <div className="mt-3 space-y-4">
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-lg bg-panel-2 p-3">
          <dt className="text-xs uppercase tracking-wide text-muted">Scenes</dt>
          <dd className="text-2xl font-semibold" data-testid="preview-scenes">
            {scenes}
          </dd>
        </div>
        <div className="rounded-lg bg-panel-2 p-3">
          <dt className="text-xs uppercase tracking-wide text-muted">Characters</dt>
          <dd className="text-2xl font-semibold" data-testid="preview-characters">
            {characters}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-muted">
        {preview.title ? <>Title: <span className="text-slate-200">{preview.title}</span> · </> : null}
        Read as <span className="text-slate-200">{preview.format}</span>
      </p>
      {scenes === 0 && <Alert tone="warning">{tooShortMessage}</Alert>}
      {preview.messages.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Notes from the parser</h3>
          <ul className="mt-2 space-y-1 text-sm" aria-label="Parser messages">
            {preview.messages.map((m, i) => (
              <li key={i} className="rounded-md border border-amber-500/30 bg-amber-500/5 px-3 py-1.5 text-amber-100">
                {m.line != null && <span className="mr-2 font-mono text-xs text-amber-300">line {String(m.line)}</span>}
                {m.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {scenes > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Scenes</h3>
          <ol className="mt-2 max-h-56 space-y-1 overflow-auto pr-1 text-sm">
            {preview.scenes.map((s, i) => (
              <li key={i} className="truncate rounded-md bg-panel-2/60 px-3 py-1.5 font-mono text-xs text-slate-200">
                {s.heading}
              </li>
            ))}
          </ol>
        </div>
      )}
      {characters > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Characters</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {preview.characters.map((c) => (
              <li key={c.name} className="rounded-full bg-panel-2 px-2.5 py-0.5 text-xs text-slate-200">
                {c.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
