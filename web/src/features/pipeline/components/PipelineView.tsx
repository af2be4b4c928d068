import { useState, type ReactNode } from "react";
import { num, type PhaseStatus, type WorkflowStatus } from "../../../lib/api/client";
import { StatusBadge } from "../../../ui/StatusBadge";
import { ProgressBar } from "../../../ui/ProgressBar";
import { Alert } from "../../../ui/Alert";
import { isActive, phaseTitles, stepBlurbs, stepTitles } from "../../../lib/pipeline/names";
import type { Connection } from "../api/useWorkflowStatus";
import type { PipelineAction } from "../../../lib/pipeline/runPipelineAction";
import { RunActivity } from "./RunActivity";

/** Each phase's buttons, keyed by the route the server reports as startable or not (phases[].actions). */
const phaseActions: Record<string, { route: string; action: PipelineAction; label: string }[]> = {
  "script-to-trailer": [
    { route: "parse", action: { kind: "parse" }, label: "Parse script" },
    { route: "generate-trailer", action: { kind: "trailer" }, label: "Make trailer" },
  ],
  "trailer-to-storyboard": [{ route: "generate", action: { kind: "storyboard" }, label: "Draw storyboard" }],
  "storyboard-to-movie": [
    { route: "prompts", action: { kind: "prompts" }, label: "Write prompts" },
    { route: "generate", action: { kind: "clips" }, label: "Generate clips" },
    { route: "assemble", action: { kind: "assemble" }, label: "Assemble movie" },
  ],
};

export interface PipelineViewProps {
  status: WorkflowStatus;
  connection: Connection;
  busy: boolean;
  actionError?: string | null;
  onAction: (action: PipelineAction) => void;
  onContinue?: () => void;
}

export function PipelineView({ status, connection, busy, actionError, onAction, onContinue }: PipelineViewProps) {
  const running = isActive(status.status);
  const failedScenes = status.scenes.filter((s) => s.clip === "failed").length;
  // A finished run needs little room; anything else shows its steps.
  const [expanded, setExpanded] = useState(status.status !== "completed");

  return (
    <section aria-labelledby="pipeline-heading" className="card p-4 sm:p-5" data-testid="pipeline" data-status={status.status}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="pipeline-heading" className="text-lg font-semibold">
          Pipeline
        </h2>
        <StatusBadge status={status.status} staleScenes={num(status.staleScenes)} />
        <span className="text-sm text-muted" aria-live="off" data-testid="pipeline-summary">
          {status.summary} · {num(status.progress)}%
        </span>
        <div className="ml-auto flex flex-wrap gap-2">
          <button type="button" className="btn-ghost" aria-expanded={expanded} aria-controls="pipeline-phases" onClick={() => setExpanded(!expanded)}>
            {expanded ? "Hide steps" : "Show steps"}
          </button>
          {running ? (
            <button type="button" className="btn-danger" disabled={busy} onClick={() => onAction({ kind: "cancel" })}>
              Cancel run
            </button>
          ) : (
            <button type="button" className="btn-primary" disabled={busy} aria-describedby="start-hint" onClick={() => onAction({ kind: "start" })}>
              <span aria-hidden="true">▶</span> Start workflow
            </button>
          )}
        </div>
      </div>
      {!running && (
        <p id="start-hint" className="mt-2 text-xs text-muted" data-testid="start-hint">
          {startHint(num(status.stepsDone), num(status.stepsTotal))}
        </p>
      )}
      <div className="mt-3">
        <ProgressBar value={num(status.progress)} status={status.status} label="Overall progress" />
        {running && status.activity && <RunActivity activity={status.activity} />}
      </div>

      <div className="mt-3 space-y-2" aria-live="polite">
        {connection === "polling" && (
          <Alert tone="warning">Live updates were interrupted — the connection dropped. We're checking for progress every 2 seconds and will reconnect automatically.</Alert>
        )}
        {actionError && <Alert>{actionError}</Alert>}
        <RunMessage status={status} failedScenes={failedScenes} busy={busy} onAction={onAction} onContinue={onContinue} />
      </div>

      <ol id="pipeline-phases" hidden={!expanded} className="mt-4 grid gap-3 lg:grid-cols-3" aria-label="Phases">
        {status.phases.map((phase, i) => (
          <PhaseCard key={phase.name} index={i + 1} phase={phase} busy={busy} onAction={onAction} />
        ))}
      </ol>
    </section>
  );
}

/** What "Start workflow" will do, so a finished project is not remade by surprise. */
export function startHint(done: number, total: number) {
  if (done === 0) return `Start workflow runs all ${total} steps, from reading the script to the finished movie.`;
  return `Start workflow runs all ${total} steps again: it re-reads the script and remakes the trailer, storyboard, prompts, voices and movie. Clips already made for unchanged scenes are kept; only missing clips are generated.`;
}

function RunMessage({
  status,
  failedScenes,
  busy,
  onAction,
  onContinue,
}: {
  status: WorkflowStatus;
  failedScenes: number;
  busy: boolean;
  onAction: (a: PipelineAction) => void;
  onContinue?: () => void;
}) {
  const message = status.message;
  if (status.status === "completed_with_errors") {
    const text = message ?? `${failedScenes} of ${status.scenes.length} scenes failed to generate. You can retry failed scenes or continue with the completed clips.`;
    return (
      <Alert
        tone="warning"
        title="Some scenes failed"
        actions={
          <>
            <button type="button" className="btn-primary" disabled={busy} onClick={() => onAction({ kind: "retry-failed" })}>
              Retry failed scenes
            </button>
            {onContinue && (
              <button type="button" className="btn-secondary" onClick={onContinue}>
                Continue with completed clips
              </button>
            )}
          </>
        }
      >
        {text}
      </Alert>
    );
  }
  if (status.status === "failed") {
    return (
      <Alert
        title="The run stopped"
        actions={
          <button type="button" className="btn-secondary" disabled={busy} onClick={() => onAction({ kind: "start" })}>
            Try again
          </button>
        }
      >
        {message ?? "Something went wrong while making your movie. Your project has been saved — try again in a few minutes."}
      </Alert>
    );
  }
  if (status.status === "cancelled") return <Alert tone="info">{message ?? "The run was cancelled. Finished work is kept; start again to continue."}</Alert>;
  if (status.status === "completed") return message ? <Alert tone="success">{message}</Alert> : null;
  // A queued run's place in line, unless the server's sentence already says it.
  const place = status.status === "queued" && status.queuePosition != null ? num(status.queuePosition) : null;
  const line = place && !/in line/i.test(message ?? "") ? `Number ${place} in line.` : null;
  if (!message && !line) return null;
  const slow = /longer than expected/i.test(message ?? "");
  return (
    <Alert tone={slow ? "warning" : "info"}>
      {[message, line].filter(Boolean).join(" ")}
    </Alert>
  );
}

function PhaseCard({ index, phase, busy, onAction }: { index: number; phase: PhaseStatus; busy: boolean; onAction: (a: PipelineAction) => void }) {
  const title = phaseTitles[phase.name] ?? phase.name;
  const headingId = `phase-${phase.name}`;
  const buttons = (phaseActions[phase.name] ?? []).map((b) => ({ ...b, state: phase.actions.find((a) => a.route === b.route) }));
  // One sentence per distinct reason: three buttons waiting on the same step need to say it once.
  const reasons = [...new Set(buttons.filter((b) => b.state && !b.state.canStart && b.state.reason).map((b) => b.state!.reason!))];
  const reasonId = (reason: string) => `${headingId}-why-${reasons.indexOf(reason)}`;
  return (
    <li className="flex flex-col rounded-xl border border-line bg-ink/50 p-3" aria-labelledby={headingId} data-testid={`phase-${phase.name}`} data-status={phase.status}>
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className="flex h-6 w-6 items-center justify-center rounded-full bg-panel-2 text-xs font-semibold text-accent">
          {index}
        </span>
        <h3 id={headingId} className="text-sm font-semibold">
          <span className="sr-only">Phase {index}: </span>
          {title}
        </h3>
        <span className="ml-auto">
          <StatusBadge status={phase.status} />
        </span>
      </div>
      <ul className="mt-3 space-y-2">
        {phase.steps.map((step) => (
          <li key={step.name} data-testid={`step-${step.name}`} data-status={step.status} className="rounded-lg bg-panel/80 px-3 py-2">
            <div className="flex items-center gap-2">
              <StepIcon status={step.status} />
              <span className="text-sm font-medium">{stepTitles[step.name] ?? step.name}</span>
              <span className="ml-auto">
                <StatusBadge status={step.status} />
              </span>
            </div>
            <div className="mt-2">
              <ProgressBar value={step.status === "completed" || step.status === "skipped" ? 100 : num(step.progress)} status={step.status} label={`${stepTitles[step.name] ?? step.name} progress`} />
            </div>
            <p className={`mt-1.5 text-xs ${step.status === "failed" ? "text-red-200" : "text-muted"}`}>{step.message ?? stepBlurbs[step.name] ?? ""}</p>
          </li>
        ))}
      </ul>
      <div className="mt-auto pt-3">
        <div className="flex flex-wrap gap-2">
          {buttons.map(({ action, label, state }) => (
            <PhaseButton
              key={label}
              disabled={busy || state?.canStart === false}
              describedBy={state?.reason ? reasonId(state.reason) : undefined}
              onClick={() => onAction(action)}
            >
              {label}
            </PhaseButton>
          ))}
        </div>
        {reasons.map((r) => (
          <p key={r} id={reasonId(r)} className="mt-2 text-xs text-muted" data-testid="phase-reason">
            {reasons.length > 1 || buttons.length > 1 ? `${buttons.filter((b) => b.state?.reason === r).map((b) => b.label).join(", ")}: ` : ""}
            {r}
          </p>
        ))}
      </div>
    </li>
  );
}

function PhaseButton({ children, disabled, describedBy, onClick }: { children: ReactNode; disabled: boolean; describedBy?: string; onClick: () => void }) {
  return (
    <button type="button" className="btn-secondary px-2.5 py-1.5 text-xs" disabled={disabled} aria-describedby={describedBy} onClick={onClick}>
      {children}
    </button>
  );
}

function StepIcon({ status }: { status: string }) {
  const common = "h-4 w-4 shrink-0";
  if (status === "completed")
    return (
      <svg aria-hidden="true" viewBox="0 0 16 16" className={`${common} text-emerald-400`}>
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    );
  if (status === "failed")
    return (
      <svg aria-hidden="true" viewBox="0 0 16 16" className={`${common} text-red-400`}>
        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    );
  if (status === "running") return <span aria-hidden="true" className={`${common} animate-spin rounded-full border-2 border-slate-600 border-t-sky-300`} />;
  return <span aria-hidden="true" className={`${common} rounded-full border-2 border-slate-600`} />;
}
