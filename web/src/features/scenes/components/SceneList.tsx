import { useEffect, useRef, useState } from "react";
import { num, type Scene } from "../../../lib/api/client";

const ROW = 60;
const OVERSCAN = 6;
/** jsdom and a hidden tab measure 0; then as many rows as a tall screen shows. */
const FALLBACK_VIEWPORT = 720;

/**
 * The scenes as a windowed list: only the rows in view (and a few beyond) are in the page, so 190 scenes scroll
 * as lightly as six. Rows have one fixed height; the chosen scene opens in the editor beside the list.
 */
export function SceneList({ scenes, selectedId, onSelect, scrollTo }: { scenes: Scene[]; selectedId?: number; onSelect: (id: number) => void; scrollTo?: { id: number; at: number } }) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_VIEWPORT);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!scrollTo || !box.current) return;
    const index = scenes.findIndex((s) => num(s.id) === scrollTo.id);
    if (index < 0) return;
    const y = index * ROW;
    if (y < box.current.scrollTop || y + ROW > box.current.scrollTop + height) box.current.scrollTop = Math.max(0, y - ROW * 2);
    setTop(box.current.scrollTop);
    // The row is now inside the list's own view; the list itself may sit below the page's fold (the editor above it).
    box.current.scrollIntoView?.({ block: "nearest" });
  }, [scrollTo, scenes, height]);

  // A search that shortens the list leaves the old scroll position behind until the browser clamps it.
  const y = Math.min(top, Math.max(0, scenes.length * ROW - height));
  const first = Math.max(0, Math.floor(y / ROW) - OVERSCAN);
  const last = Math.min(scenes.length, Math.ceil((y + height) / ROW) + OVERSCAN);

  return (
    <div ref={box} className="card max-h-[70vh] overflow-y-auto" onScroll={(e) => setTop(e.currentTarget.scrollTop)} data-testid="scene-list" tabIndex={-1}>
      <ul aria-label="Scenes" className="relative" style={{ height: scenes.length * ROW }}>
        {scenes.slice(first, last).map((scene, i) => {
          const id = num(scene.id);
          const n = num(scene.sceneNumber);
          const selected = id === selectedId;
          return (
            <li key={id} className="absolute inset-x-0" style={{ top: (first + i) * ROW, height: ROW }} data-testid={`scene-row-${n}`}>
              <button
                type="button"
                aria-current={selected ? "true" : undefined}
                onClick={() => onSelect(id)}
                className={`flex h-full w-full flex-col justify-center border-b border-line/60 px-3 text-left text-sm hover:bg-white/5 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${selected ? "bg-accent/15" : ""}`}
              >
                <span className="flex w-full items-center gap-2">
                  <span className="font-semibold text-accent">{n}.</span>
                  <span className="truncate font-medium">{scene.title}</span>
                  {scene.stale.length > 0 && (
                    <span className="ml-auto shrink-0 rounded bg-amber-500/20 px-1.5 text-[11px] text-amber-100" title="Edited since it was made">
                      changed
                    </span>
                  )}
                </span>
                <span className="truncate font-mono text-xs text-muted">{scene.heading}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
