import { useRef } from "react";
import { num, type WorkflowStatus } from "../../../lib/api/client";
import { useProject } from "../../../lib/project/useProject";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { Alert } from "../../../ui/Alert";
import { formatSeconds } from "../../../ui/dates";
import { useChapters } from "../api/useChapters";
import { useMovie } from "../api/useMovie";
import { useClips } from "../../../lib/project/useClips";
import { Filmstrip } from "./Filmstrip";

export function MovieTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const movie = useMovie(projectId);
  const chapters = useChapters(movie.data?.manifestUrl ?? null);
  const video = useRef<HTMLVideoElement>(null);
  const project = useProject(projectId);
  const clips = useClips(projectId, status);

  const m = movie.data;
  const ready = m && m.status === "completed" && m.movieUrl;
  return (
    <section aria-labelledby="tab-movie">
      <TabHeading id="tab-movie" title="Movie">
        Your finished film with subtitles and scene chapters.
      </TabHeading>
      {movie.isPending ? (
        <Loading />
      ) : movie.isError ? (
        <QueryError error={movie.error} onRetry={() => movie.refetch()} />
      ) : !ready ? (
        m?.status === "failed" ? (
          <Alert title="The movie couldn't be assembled">{m.errorMessage ?? "Run “Assemble movie” again from the pipeline."}</Alert>
        ) : (
          <div className="card p-8 text-center">
            <p className="font-medium">{m?.status === "assembling" || status?.currentStep === "assemble" ? "Your movie is being assembled…" : "The movie isn't ready yet."}</p>
            <p className="mt-1 text-sm text-muted">Start the workflow above; when the Assemble step completes, it plays here.</p>
          </div>
        )
      ) : (
        <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
          {/* min-w-0: the filmstrip scrolls inside this column instead of widening the page on a phone. */}
          <div className="min-w-0 space-y-4">
            {status?.status === "completed_with_errors" &&
              (status.scenes.some((s) => s.clip === "failed") ? (
                <Alert tone="warning">Some scenes failed, so their storyboard frame stands in for the clip. Retry them in Clips to replace it.</Alert>
              ) : (
                <Alert tone="warning">Some storyboard pictures failed, so those scenes were made without one. Retry them from the pipeline panel above.</Alert>
              ))}
            <video
              ref={video}
              data-testid="movie-player"
              controls
              preload="metadata"
              playsInline
              className="aspect-video w-full rounded-xl border border-line bg-black shadow-2xl shadow-black/50"
              src={m.movieUrl!}
              poster={project.data?.thumbnailUrl ?? undefined}
              aria-label="Movie"
            >
              {m.vttUrl && <track kind="subtitles" src={m.vttUrl} srcLang="en" label="English" default />}
            </video>
            <Filmstrip chapters={chapters} clips={clips.data ?? []} video={video} />
            <div>
              <h3 className="mb-2 text-sm font-semibold">Downloads</h3>
              <ul className="flex flex-wrap gap-2">
                <Download href={m.movieUrl} label="Download MP4" />
                <Download href={m.srtUrl} label="Download SRT" />
                <Download href={m.vttUrl} label="Download VTT" />
                <Download href={m.manifestUrl} label="Download manifest" />
              </ul>
              {m.duration != null && <p className="mt-2 text-xs text-muted">Running time {formatSeconds(num(m.duration))}</p>}
            </div>
          </div>
          <nav aria-labelledby="chapters-heading" className="card self-start p-4">
            <h3 id="chapters-heading" className="font-semibold">
              Chapters
            </h3>
            {chapters.length === 0 ? (
              <p className="mt-2 text-sm text-muted">No chapters in this movie.</p>
            ) : (
              <ol className="mt-2 space-y-1">
                {chapters.map((c) => (
                  <li key={c.sceneNumber}>
                    <button
                      type="button"
                      className="flex w-full items-start gap-2 rounded-lg px-2 py-1.5 text-left text-sm hover:bg-panel-2"
                      onClick={() => {
                        if (!video.current) return;
                        video.current.currentTime = c.start;
                        void video.current.play?.()?.catch(() => undefined);
                      }}
                    >
                      <span className="font-mono text-xs text-accent">{formatSeconds(c.start)}</span>
                      <span className="flex-1">
                        {c.sceneNumber}. {c.heading}
                        {c.standIn && <span className="ml-1 text-xs text-amber-200">(storyboard stand-in)</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </nav>
        </div>
      )}
    </section>
  );
}

function Download({ href, label }: { href: string | null; label: string }) {
  if (!href) return null;
  return (
    <li>
      <a href={href} download className="btn-secondary">
        <span aria-hidden="true">⤓</span> {label}
      </a>
    </li>
  );
}
