import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { num } from "../../lib/api/client";
import { messageOf } from "../../lib/api/problem";
import { useProject } from "../../lib/project/useProject";
import { usePipelineAction } from "../../lib/pipeline/usePipelineAction";
import type { PipelineAction } from "../../lib/pipeline/runPipelineAction";
import { useWorkflowStatus } from "../../features/pipeline/api/useWorkflowStatus";
import { PipelineView } from "../../features/pipeline/components/PipelineView";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { StatusBadge } from "../../ui/StatusBadge";
import { formatDate } from "../../ui/dates";
import { usePageTitle } from "../../ui/usePageTitle";
import { projectTabs } from "./projectTabs";

export function ProjectPage() {
  const params = useParams();
  const projectId = Number(params.projectId);
  const project = useProject(projectId);
  usePageTitle(project.data?.title ?? "Project");

  if (!Number.isInteger(projectId)) return <QueryError error={new Error("bad id")} />;
  if (project.isPending) return <Loading label="Loading the project…" />;
  if (project.isError)
    return (
      <div className="space-y-4">
        <QueryError error={project.error} onRetry={() => project.refetch()} />
        <Link to="/" className="btn-secondary">
          Back to your projects
        </Link>
      </div>
    );

  const p = project.data;
  return (
    <div className="space-y-6">
      <div>
        <Link to="/" className="text-sm text-muted hover:text-slate-200">
          ← All projects
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{p.title}</h1>
          <StatusBadge status={p.status} />
          <span className="text-sm text-muted" data-testid="project-summary">{p.summary}</span>
        </div>
        <p className="mt-1 text-sm text-muted">
          Created <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time> · {p.aspectRatio} · {num(p.sceneCount)} {num(p.sceneCount) === 1 ? "scene" : "scenes"}
        </p>
      </div>
      <ProjectBody projectId={projectId} />
    </div>
  );
}

function ProjectBody({ projectId }: { projectId: number }) {
  const { tab = "script" } = useParams();
  const navigate = useNavigate();
  const status = useWorkflowStatus(projectId);
  const action = usePipelineAction(projectId);
  const [budget, setBudget] = useState("");

  const onAction = (a: PipelineAction) => {
    const maxCostUsd = budget.trim() === "" ? undefined : Number(budget);
    action.mutate(a.kind === "start" && maxCostUsd !== undefined && !Number.isNaN(maxCostUsd) ? { kind: "start", maxCostUsd } : a);
  };

  const current = projectTabs.find((t) => t.slug === tab) ?? projectTabs[0];
  const Tab = current.component;
  return (
    <>
      {status.data ? (
        <PipelineView
          status={status.data}
          connection={status.connection}
          busy={action.isPending}
          actionError={action.isError ? messageOf(action.error) : null}
          onAction={onAction}
          onContinue={() => navigate(`/projects/${projectId}/movie`)}
        />
      ) : status.isError ? (
        <QueryError error={status.error} onRetry={() => status.refetch()} />
      ) : (
        <Loading label="Loading the pipeline…" />
      )}

      <div>
        <nav aria-label="Project sections" className="-mx-4 overflow-x-auto px-4">
          <ul className="flex min-w-max gap-1 border-b border-line">
            {projectTabs.map((t) => (
              <li key={t.slug}>
                <Link
                  to={`/projects/${projectId}/${t.slug}`}
                  aria-current={t.slug === current.slug ? "page" : undefined}
                  className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                    t.slug === current.slug ? "border-accent text-slate-50" : "border-transparent text-muted hover:text-slate-200"
                  }`}
                >
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="pt-5">
          <Tab projectId={projectId} status={status.data} budget={budget} onBudgetChange={setBudget} />
        </div>
      </div>
    </>
  );
}
