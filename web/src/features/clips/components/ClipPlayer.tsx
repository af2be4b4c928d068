import { useEffect, useRef, useState } from "react";

/**
 * A clip's thumbnail (its storyboard frame) that becomes the clip's player when pressed. The video is only
 * requested then, so a long scene list does not download every clip, and it takes focus so the keyboard can
 * pause and seek it at once.
 */
export function ClipPlayer({ name, clipUrl, frameUrl }: { name: string; clipUrl: string | null; frameUrl: string | null }) {
  const [playing, setPlaying] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (playing) video.current?.focus();
  }, [playing]);

  if (playing && clipUrl)
    return (
      <video
        ref={video}
        src={clipUrl}
        poster={frameUrl ?? undefined}
        controls
        autoPlay
        playsInline
        aria-label={`Clip of ${name}`}
        tabIndex={0}
        data-testid="clip-video"
        className="aspect-video w-full bg-black"
      />
    );

  const picture = frameUrl ? (
    <img src={frameUrl} alt="" loading="lazy" className="h-full w-full object-cover" />
  ) : (
    <span className="flex h-full items-center justify-center p-4 text-center text-sm text-muted">No frame yet</span>
  );
  if (!clipUrl) return <div className="aspect-video bg-ink">{picture}</div>;
  return (
    <button type="button" className="group relative block aspect-video w-full bg-ink" onClick={() => setPlaying(true)} aria-label={`Play the clip of ${name}`}>
      {picture}
      <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center bg-black/10 transition group-hover:bg-black/30">
        <span className="flex h-12 w-12 items-center justify-center rounded-full bg-black/60 text-xl text-white ring-1 ring-white/40 group-focus-visible:ring-2">▶</span>
      </span>
    </button>
  );
}
