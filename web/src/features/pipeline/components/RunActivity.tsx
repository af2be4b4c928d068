import { useEffect, useState } from "react";
import { num, type WorkflowStatus } from "../../../lib/api/client";

type Activity = NonNullable<WorkflowStatus["activity"]>;

/** "45 s", "3 min 05 s", "1 h 02 min": short enough for a phone's line. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/** The scenes a step has in hand, as a reader says them: "scene 3", "scenes 2 and 4", "scenes 1, 2 and 5". */
export function scenesInHand(scenes: Activity["workingOn"]): string | null {
  if (scenes.length === 0) return null;
  if (scenes.length === 1) return `scene ${num(scenes[0].sceneNumber)} (${scenes[0].title})`;
  const numbers = scenes.map((s) => num(s.sceneNumber));
  return `scenes ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/**
 * The running step, how long it has taken and how long it should still take. The server's seconds are as of
 * when it built the document; the clock here adds the time since it arrived, so the figure moves every second
 * without another request and without trusting this computer's clock to agree with the server's.
 */
export function RunActivity({ activity }: { activity: Activity }) {
  const [arrived, setArrived] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => setArrived(Date.now()), [activity]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const since = Math.max(0, (now - arrived) / 1000);
  const elapsed = num(activity.elapsedSeconds) + since;
  const estimate = activity.estimatedSecondsLeft == null ? null : Math.max(0, num(activity.estimatedSecondsLeft) - since);
  const scenes = scenesInHand(activity.workingOn);

  return (
    <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted" data-testid="run-activity">
      <span>
        <span className="font-medium text-slate-200">{activity.title}</span>
        {scenes && <> · working on {scenes}</>}
      </span>
      <span data-testid="run-elapsed">{duration(elapsed)} so far</span>
      <span data-testid="run-estimate">
        {estimate == null ? "estimating time left…" : estimate < 1 ? "almost done" : `about ${duration(estimate)} left`}
      </span>
      <span className="sr-only">Whole run: {duration(num(activity.runElapsedSeconds) + since)}.</span>
    </p>
  );
}
