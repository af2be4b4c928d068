import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { num } from "../../lib/api/client";
import { ApiError, messageOf } from "../../lib/api/problem";

const isNotFound = (e: unknown) => e instanceof ApiError && e.status === 404;
import { useProject } from "../../lib/project/useProject";
import { usePipelineAction } from "../../lib/pipeline/usePipelineAction";
import type { PipelineAction } from "../../lib/pipeline/runPipelineAction";
import { useWorkflowStatus } from "../../features/pipeline/api/useWorkflowStatus";
import { PipelineView } from "../../features/pipeline/components/PipelineView";
import { Loading } from "../../ui/Loading";
import { Alert } from "../../ui/Alert";
import { isValidBudget } from "../../features/cost/components/CostTab";
import { QueryError } from "../../ui/QueryError";
import { StatusBadge } from "../../ui/StatusBadge";
import { formatDate } from "../../ui/dates";
import { usePageTitle } from "../../ui/usePageTitle";
import { projectTabs } from "./projectTabs";
import { ProjectTabsNav } from "./ProjectTabsNav";

/** Before the parse there are no scene rows yet: say what the preview read rather than "0 scenes". */
export function sceneCountText(sceneCount: number, stepsDone: number, previewScenes?: number) {
  const plural = (n: number) => `${n} ${n === 1 ? "scene" : "scenes"}`;
  if (sceneCount > 0 || stepsDone > 0) return plural(sceneCount);
  return previewScenes ? `${plural(previewScenes)} in the preview, not parsed yet` : "not parsed yet";
}

export function ProjectPage() {
  const params = useParams();
  const projectId = Number(params.projectId);
  const project = useProject(projectId);
  const location = useLocation();
  usePageTitle(project.data?.title ?? "Project");

  if (!Number.isInteger(projectId)) return <QueryError error={new Error("bad id")} />;
  if (project.isPending) return <Loading label="Loading the project…" />;
  if (project.isError)
    return (
      <div className="space-y-4">
        <QueryError error={project.error} onRetry={isNotFound(project.error) ? undefined : () => project.refetch()} />
        <Link to="/" className="btn-secondary">
          Back to your projects
        </Link>
      </div>
    );

  const p = project.data;
  const previewScenes = (location.state as { previewScenes?: number } | null)?.previewScenes;
  return (
    <div className="space-y-6">
      <div>
        <Link to="/" className="text-sm text-muted hover:text-slate-200">
          ← All projects
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{p.title}</h1>
          <StatusBadge status={p.status} staleScenes={num(p.staleScenes)} />
          <span className="text-sm text-muted" data-testid="project-summary">{p.summary}</span>
        </div>
        <p className="mt-1 text-sm text-muted">
          Created <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time> · {p.aspectRatio} · <span data-testid="scene-count">{sceneCountText(num(p.sceneCount), num(p.stepsDone), previewScenes)}</span>
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
    if (a.kind === "start" && !isValidBudget(budget)) {
      // The budget's own input says what is wrong with it; the run does not start with a budget the user did not mean.
      navigate(`/projects/${projectId}/cost`);
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>("[data-budget-input]")?.focus());
      return;
    }
    const maxCostUsd = budget.trim() === "" ? undefined : Number(budget);
    action.mutate(a.kind === "start" && maxCostUsd !== undefined ? { kind: "start", maxCostUsd } : a);
  };

  const current = projectTabs.find((t) => t.slug === tab);
  const Tab = current?.component;
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
        <ProjectTabsNav projectId={projectId} tabs={projectTabs} current={current?.slug ?? ""} />
        <div className="pt-5">
          {Tab ? (
            <Tab projectId={projectId} status={status.data} budget={budget} onBudgetChange={setBudget} />
          ) : (
            <Alert tone="warning" title="No such section">
              This project has no “{tab}” section. Pick one of the sections above, such as <Link to={`/projects/${projectId}/script`}>Script</Link>.
            </Alert>
          )}
        </div>
      </div>
    </>
  );
}
