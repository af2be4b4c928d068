import { num, type StoryboardFrame } from "../../../lib/api/client";
import { StatusBadge } from "../../../ui/StatusBadge";

/** With <c>onOpen</c>, each drawn frame is a button that opens it large (the storyboard lightbox). */
export function FrameGrid({ frames, label, onOpen }: { frames: StoryboardFrame[]; label: string; onOpen?: (index: number, opener: HTMLElement) => void }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {frames.map((f, index) => {
        const heading = f.sceneNumber != null ? `Scene ${num(f.sceneNumber)}${f.heading ? ` — ${f.heading}` : ""}` : (f.heading ?? "Frame");
        return (
          <li key={String(f.id)}>
            <figure className="card overflow-hidden">
              <div className="relative aspect-video bg-ink">
                {f.imageUrl && f.status === "completed" && onOpen ? (
                  <button type="button" data-frame-id={String(f.id)} className="block h-full w-full cursor-zoom-in" onClick={(e) => onOpen(index, e.currentTarget)} aria-label={`Open the frame of ${heading} larger`}>
                    <img src={f.imageUrl} alt={`Storyboard frame: ${heading}`} className="h-full w-full object-cover" loading="lazy" />
                  </button>
                ) : f.imageUrl && f.status === "completed" ? (
                  <img src={f.imageUrl} alt={`Storyboard frame: ${heading}`} className="h-full w-full object-cover" loading="lazy" />
                ) : (
                  <div className="flex h-full items-center justify-center p-4 text-center text-sm text-muted">
                    {f.errorMessage ?? "Not drawn yet"}
                  </div>
                )}
              </div>
              <figcaption className="flex items-start gap-2 p-3">
                <h3 className="flex-1 font-mono text-xs leading-5 text-slate-200">{heading}</h3>
                {f.provider === "kling" && (
                  <span className="rounded border border-line px-1.5 text-xs leading-5 text-muted" title="Made with Kling AI">
                    Kling
                  </span>
                )}
                {f.status !== "completed" && <StatusBadge status={f.status} />}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
