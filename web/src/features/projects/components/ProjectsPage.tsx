import { useState } from "react";
import { Link } from "react-router";
import { num, type Project } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { useDeleteProject } from "../api/useDeleteProject";
import { useProjects } from "../api/useProjects";
import { StatusBadge } from "../../../ui/StatusBadge";
import { ProgressBar } from "../../../ui/ProgressBar";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { Alert } from "../../../ui/Alert";
import { formatDate } from "../../../ui/dates";
import { usePageTitle } from "../../../ui/usePageTitle";

export function ProjectsPage() {
  usePageTitle("Your projects");
  const projects = useProjects();

  return (
    <section aria-labelledby="projects-heading">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="projects-heading" className="text-2xl font-semibold tracking-tight sm:text-3xl">
            Your projects
          </h1>
          <p className="mt-1 text-sm text-muted">Every screenplay you've turned into a movie, or are about to.</p>
        </div>
        <Link to="/projects/new" className="btn-primary">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
            <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          New project
        </Link>
      </div>
      <div className="mt-6">
        {projects.isPending ? (
          <Loading label="Loading your projects…" />
        ) : projects.isError ? (
          <QueryError error={projects.error} onRetry={() => projects.refetch()} />
        ) : projects.data.length === 0 ? (
          <div className="card p-10 text-center">
            <h2 className="text-lg font-semibold">No projects yet</h2>
            <p className="mt-1 text-sm text-muted">Paste a scene or upload a screenplay to make your first movie.</p>
            <Link to="/projects/new" className="btn-primary mt-5">
              Start a project
            </Link>
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Projects">
            {projects.data.map((p) => (
              <ProjectCard key={String(p.id)} project={p} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function ProjectCard({ project }: { project: Project }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteProject();
  const id = num(project.id);
  const scenes = num(project.sceneCount);
  const titleId = `project-${id}-title`;

  return (
    <li className="card group flex flex-col overflow-hidden" aria-labelledby={titleId}>
      <div className="relative aspect-video bg-gradient-to-br from-panel-2 to-ink">
        {project.thumbnailUrl ? (
          <img src={project.thumbnailUrl} alt="" className="h-full w-full object-cover opacity-90 transition-opacity group-hover:opacity-100" loading="lazy" />
        ) : (
          <div aria-hidden="true" className="flex h-full items-center justify-center text-4xl text-slate-600">
            🎬
          </div>
        )}
        <div className="absolute left-3 top-3 rounded-full bg-ink/85">
          <StatusBadge status={project.status} staleScenes={num(project.staleScenes)} />
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div>
          <h2 id={titleId} className="text-base font-semibold leading-snug">
            <Link to={`/projects/${id}`} className="hover:text-accent focus-visible:text-accent">
              {project.title}
            </Link>
          </h2>
          <p className="mt-1 text-xs text-muted">
            Created <time dateTime={project.createdAt}>{formatDate(project.createdAt)}</time>
            {scenes > 0 && ` · ${scenes} ${scenes === 1 ? "scene" : "scenes"}`} · {project.aspectRatio}
          </p>
        </div>
        <div>
          <p className="mb-1.5 text-xs font-medium text-slate-200" data-testid="project-summary">{project.summary}</p>
          <ProgressBar value={num(project.progress)} status={project.status} label={`${project.title} progress`} />
          <p className="mt-1.5 line-clamp-2 min-h-[2lh] text-xs text-muted">{project.message ?? `${num(project.progress)}% done`}</p>
        </div>
        <div className="mt-auto flex items-center gap-2">
          <Link to={`/projects/${id}`} className="btn-secondary flex-1" aria-label={`Open ${project.title}`}>
            Open
          </Link>
          {!confirming && (
            <button type="button" className="btn-ghost" onClick={() => setConfirming(true)} aria-label={`Delete ${project.title}`}>
              Delete
            </button>
          )}
        </div>
        {confirming && (
          <div role="group" aria-label={`Confirm deleting ${project.title}`} className="rounded-lg border border-red-500/40 bg-red-500/10 p-3 text-sm">
            <p>Delete “{project.title}” and all of its media? This can't be undone.</p>
            <div className="mt-2 flex gap-2">
              <button type="button" className="btn-danger" disabled={remove.isPending} onClick={() => remove.mutate(id)} autoFocus>
                {remove.isPending ? "Deleting…" : "Yes, delete it"}
              </button>
              <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
            {remove.isError && <div className="mt-2"><Alert>{messageOf(remove.error)}</Alert></div>}
          </div>
        )}
      </div>
    </li>
  );
}
