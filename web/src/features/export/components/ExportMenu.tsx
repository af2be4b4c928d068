import { exportFileUrl, exportFormats } from "../api/exportFile";
import { exportBundleUrl } from "../api/exportBundle";

/**
 * "Export for editing": the movie as an editor's timeline, subtitles or a printable storyboard. Each entry is a
 * download made from the movie as it is now; a project without a movie answers with a sentence saying so.
 */
export function ExportMenu({ projectId }: { projectId: number }) {
  return (
    <details className="mt-6 rounded-lg border border-slate-700 bg-slate-900/40 p-4">
      <summary className="cursor-pointer font-medium">Export for editing</summary>
      <p className="mt-2 text-sm text-muted">Finish the cut in DaVinci Resolve, Premiere Pro or Final Cut Pro, or print the boards.</p>
      <ul className="mt-3 space-y-2 text-sm">
        <li>
          <a className="font-medium text-sky-300 hover:underline" href={exportBundleUrl(projectId)} download>
            Everything (.zip)
          </a>{" "}
          <span className="text-muted">— every format below, the scene clips and a README</span>
        </li>
        {exportFormats.map((f) => (
          <li key={f.format}>
            <a className="text-sky-300 hover:underline" href={exportFileUrl(projectId, f.format)} download>
              {f.label}
            </a>{" "}
            <span className="text-muted">— {f.hint}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
