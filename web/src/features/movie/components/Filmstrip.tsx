import { useEffect, useState, type RefObject } from "react";
import { num, type Clip } from "../../../lib/api/client";
import { formatSeconds } from "../../../ui/dates";
import type { Chapter } from "../api/useChapters";

/** The chapter playing at <c>time</c>: the last one that has started. */
export function chapterAt(chapters: Chapter[], time: number): Chapter | null {
  let current: Chapter | null = null;
  for (const c of chapters) if (c.start <= time + 0.05) current = c;
  return current;
}

/**
 * A strip of scene pictures under the player: pressing one seeks the movie to that scene's chapter, and the
 * scene playing now is marked (aria-current) as the movie runs.
 */
export function Filmstrip({ chapters, clips, video }: { chapters: Chapter[]; clips: Clip[]; video: RefObject<HTMLVideoElement | null> }) {
  const [time, setTime] = useState(0);
  useEffect(() => {
    const v = video.current;
    if (!v) return;
    const update = () => setTime(v.currentTime);
    v.addEventListener("timeupdate", update);
    v.addEventListener("seeked", update);
    return () => {
      v.removeEventListener("timeupdate", update);
      v.removeEventListener("seeked", update);
    };
  }, [video]);

  if (chapters.length === 0) return null;
  const current = chapterAt(chapters, time);
  const frames = new Map(clips.map((c) => [num(c.sceneNumber), c.frameUrl]));
  return (
    <nav aria-label="Filmstrip">
      <ol className="flex gap-2 overflow-x-auto pb-2" data-testid="filmstrip">
        {chapters.map((c) => {
          const here = c === current;
          const frame = frames.get(c.sceneNumber);
          return (
            <li key={c.sceneNumber} className="w-28 shrink-0 sm:w-36">
              <button
                type="button"
                aria-current={here ? "true" : undefined}
                title={`${c.sceneNumber}. ${c.heading}`}
                data-testid={`filmstrip-scene-${c.sceneNumber}`}
                className={`block w-full overflow-hidden rounded-lg border-2 text-left transition ${here ? "border-accent" : "border-transparent opacity-70 hover:opacity-100"}`}
                onClick={() => {
                  const v = video.current;
                  if (!v) return;
                  v.currentTime = c.start;
                  setTime(c.start);
                  void v.play?.()?.catch(() => undefined);
                }}
              >
                <span className="block aspect-video bg-ink">
                  {frame ? <img src={frame} alt="" loading="lazy" className="h-full w-full object-cover" /> : <span className="flex h-full items-center justify-center text-xs text-muted">{c.sceneNumber}</span>}
                </span>
                <span className="block truncate px-1 py-0.5 text-xs text-slate-300">
                  <span className="font-mono text-accent">{formatSeconds(c.start)}</span> {c.sceneNumber}. {c.heading}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
