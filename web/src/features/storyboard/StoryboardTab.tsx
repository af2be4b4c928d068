import { useQuery } from "@tanstack/react-query";
import { api, num, unwrap, type StoryboardFrame } from "../../lib/api/client";
import { projectKey, useProject } from "../projects/queries";
import type { TabProps } from "../projects/ProjectPage";
import { TabHeading } from "../../ui/TabHeading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { StatusBadge } from "../../ui/StatusBadge";

export function StoryboardTab({ projectId }: TabProps) {
  const project = useProject(projectId);
  const frames = useQuery({
    queryKey: [...projectKey(projectId), "storyboards"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/storyboards", { params: { path: { id: projectId } } })),
  });
  const sceneFrames = (frames.data ?? []).filter((f) => f.kind === "scene").sort((a, b) => num(a.sceneNumber) - num(b.sceneNumber));
  const trailerFrames = (frames.data ?? []).filter((f) => f.kind !== "scene");

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
          {sceneFrames.length > 0 && <FrameGrid frames={sceneFrames} label="Scene frames" />}
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

function FrameGrid({ frames, label }: { frames: StoryboardFrame[]; label: string }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {frames.map((f) => {
        const heading = f.sceneNumber != null ? `Scene ${num(f.sceneNumber)}${f.heading ? ` — ${f.heading}` : ""}` : (f.heading ?? "Frame");
        return (
          <li key={String(f.id)}>
            <figure className="card overflow-hidden">
              <div className="relative aspect-video bg-ink">
                {f.imageUrl && f.status === "completed" ? (
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
