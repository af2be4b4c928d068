import { useEffect, useRef } from "react";
import { num, type Scene, type StoryboardFrame } from "../../../lib/api/client";

/**
 * One storyboard frame large, with its scene's text beside it: a modal dialog that keeps focus inside while
 * open (Tab wraps), moves with the arrow keys and closes on Escape; the caller puts focus back on the opener.
 */
export function FrameLightbox({ frames, index, scenes, onMove, onClose }: {
  frames: StoryboardFrame[];
  index: number;
  scenes: Scene[];
  onMove: (index: number) => void;
  onClose: () => void;
}) {
  // The ends of the storyboard are aria-disabled rather than disabled: a disabled button would drop the focus out of the dialog.
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  useEffect(() => {
    // The page behind must not scroll under the dialog.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    return () => {
      document.body.style.overflow = overflow;
    };
  }, []);

  const frame = frames[index];
  const scene = scenes.find((s) => num(s.id) === num(frame.sceneId));
  const heading = scene?.heading ?? frame.heading ?? "Frame";
  const number = frame.sceneNumber != null ? num(frame.sceneNumber) : null;
  const hasPrevious = index > 0;
  const hasNext = index < frames.length - 1;

  // On the document, so the keys work wherever focus is while the dialog is open.
  useEffect(() => {
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  function onKeyDown(e: globalThis.KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      onClose();
    } else if (e.key === "ArrowLeft" && hasPrevious) {
      e.preventDefault();
      onMove(index - 1);
    } else if (e.key === "ArrowRight" && hasNext) {
      e.preventDefault();
      onMove(index + 1);
    } else if (e.key === "Tab") {
      const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>("button:not([disabled]), [href], [tabindex='0']") ?? [])];
      if (focusable.length === 0) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!dialog.current?.contains(document.activeElement)) {
        e.preventDefault();
        first.focus();
      } else if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  }

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/80 p-2 sm:p-6" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="lightbox-heading"
        data-testid="frame-lightbox"
        className="card bg-panel! flex max-h-full w-full max-w-6xl flex-col overflow-y-auto lg:flex-row lg:overflow-hidden"
      >
        <div className="relative flex min-w-0 items-center bg-black lg:flex-[3]">
          {frame.imageUrl && <img src={frame.imageUrl} alt={`Storyboard frame: ${heading}`} className="max-h-[70vh] w-full object-contain" />}
        </div>
        <div className="flex min-w-0 flex-col gap-3 p-4 lg:flex-[2] lg:overflow-y-auto">
          <div className="flex items-start gap-2">
            <h2 id="lightbox-heading" className="flex-1 break-words font-mono text-sm font-semibold text-slate-100">
              {number != null && `Scene ${number} — `}
              {heading}
            </h2>
            <button ref={close} type="button" className="btn-secondary px-2.5 py-1 text-xs" onClick={onClose} aria-label="Close">
              ✕
            </button>
          </div>
          {scene ? <SceneText scene={scene} /> : <p className="text-sm text-muted">This frame belongs to no scene.</p>}
          <div className="mt-auto flex items-center justify-between gap-2 pt-2">
            <button type="button" className="btn-secondary aria-disabled:cursor-not-allowed aria-disabled:opacity-50" aria-disabled={!hasPrevious} onClick={() => hasPrevious && onMove(index - 1)}>
              <span aria-hidden="true">←</span> Previous scene
            </button>
            <span className="text-xs text-muted">
              {index + 1} of {frames.length}
            </span>
            <button type="button" className="btn-secondary aria-disabled:cursor-not-allowed aria-disabled:opacity-50" aria-disabled={!hasNext} onClick={() => hasNext && onMove(index + 1)}>
              Next scene <span aria-hidden="true">→</span>
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function SceneText({ scene }: { scene: Scene }) {
  return (
    <div className="space-y-3 text-sm">
      {scene.description && <Block title="Description">{scene.description}</Block>}
      {scene.action && <Block title="Action">{scene.action}</Block>}
      {scene.lines.length > 0 && (
        <div>
          <h3 className="label">Dialogue</h3>
          <ul className="space-y-1.5">
            {scene.lines.map((l, i) => (
              <li key={i}>
                <span className="font-mono text-xs font-semibold text-accent">{l.speaker}</span>
                {l.parenthetical && <span className="ml-1 text-xs text-muted">({l.parenthetical.replace(/^\(|\)$/g, "")})</span>}
                <p className="text-slate-200">{l.text}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Block({ title, children }: { title: string; children: string }) {
  return (
    <div>
      <h3 className="label">{title}</h3>
      <p className="whitespace-pre-line text-slate-200">{children}</p>
    </div>
  );
}
