import { useRef, useState } from "react";
import { num } from "../../../lib/api/client";
import { useScenes } from "../../../lib/project/useScenes";
import { useProject } from "../../../lib/project/useProject";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { useStoryboards } from "../api/useStoryboards";
import { FrameGrid } from "./FrameGrid";
import { FrameLightbox } from "./FrameLightbox";

export function StoryboardTab({ projectId }: { projectId: number }) {
  const project = useProject(projectId);
  const frames = useStoryboards(projectId);
  const sceneFrames = (frames.data ?? []).filter((f) => f.kind === "scene").sort((a, b) => num(a.sceneNumber) - num(b.sceneNumber));
  const trailerFrames = (frames.data ?? []).filter((f) => f.kind !== "scene");
  const drawn = sceneFrames.filter((f) => f.imageUrl && f.status === "completed");
  const scenes = useScenes(projectId);
  const [open, setOpen] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  function closeLightbox() {
    // Back to the frame last shown, which is where the user now is in the storyboard.
    const shown = open !== null ? document.querySelector<HTMLElement>(`[data-frame-id="${String(drawn[open]?.id)}"]`) : null;
    setOpen(null);
    (shown ?? opener.current)?.focus();
  }

  return (
    <section aria-labelledby="tab-storyboard">
      <TabHeading id="tab-storyboard" title="Storyboard">
        One frame per scene — the picture each clip starts from.
      </TabHeading>
      {frames.isPending ? (
        <Loading />
      ) : frames.isError ? (
        <QueryError error={frames.error} onRetry={() => frames.refetch()} />
      ) : frames.data.length === 0 ? (
        <p className="text-sm text-muted">No frames yet. Run “Draw storyboard” in the pipeline, or start the whole workflow.</p>
      ) : (
        <div className="space-y-8">
          {sceneFrames.length > 0 && (
            <FrameGrid
              frames={sceneFrames}
              label="Scene frames"
              onOpen={(index, from) => {
                opener.current = from;
                setOpen(drawn.indexOf(sceneFrames[index]));
              }}
            />
          )}
          {open !== null && open >= 0 && drawn[open] && (
            <FrameLightbox frames={drawn} index={open} scenes={scenes.data ?? []} onMove={setOpen} onClose={closeLightbox} />
          )}
          {(trailerFrames.length > 0 || project.data?.trailerUrl) && (
            <div>
              <h3 className="mb-3 text-lg font-semibold">Trailer</h3>
              {project.data?.trailerUrl && (
                <video controls preload="metadata" className="mb-4 w-full max-w-2xl rounded-xl border border-line bg-black" src={project.data.trailerUrl} poster={project.data.thumbnailUrl ?? undefined} aria-label="Trailer" />
              )}
              {trailerFrames.length > 0 && <FrameGrid frames={trailerFrames} label="Trailer frames" />}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
