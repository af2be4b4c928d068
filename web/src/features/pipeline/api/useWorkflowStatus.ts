import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type WorkflowStatus } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";
import { projectsKey } from "../../../lib/project/projectsKey";
import { statusKey } from "../../../lib/pipeline/statusKey";

/** "live": the events stream is open; "polling": it broke, so we ask every 2 s until it's back. */
export type Connection = "connecting" | "live" | "polling";

const pollEvery = 2_000;
const reopenAfter = 5_000;

/** A fingerprint of what other tabs show, so they refetch only when the pipeline moved on. */
function progressSignature(s: WorkflowStatus) {
  return [s.status, ...s.phases.flatMap((p) => p.steps.map((x) => `${x.name}:${x.status}`)), ...s.scenes.map((x) => `${x.sceneId}:${x.storyboard}${x.voice}${x.clip}`)].join("|");
}

/**
 * The workflow status of a project, live from the server-sent events stream, falling back to
 * polling the status endpoint while the stream is down.
 */
export function useWorkflowStatus(projectId: number) {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<Connection>("connecting");
  const lastSignature = useRef<string | null>(null);

  const query = useQuery({
    queryKey: statusKey(projectId),
    queryFn: () => unwrap(api.GET("/api/workflow/{id}/status", { params: { path: { id: projectId } } })),
    refetchInterval: connection === "polling" ? pollEvery : false,
    retry: (count) => count < 1,
  });

  // When a step or scene changes state, the other tabs' data (frames, clips, the movie) has changed too.
  useEffect(() => {
    if (!query.data) return;
    const sig = progressSignature(query.data);
    if (lastSignature.current !== null && lastSignature.current !== sig) {
      queryClient.invalidateQueries({ queryKey: projectKey(projectId) });
      queryClient.invalidateQueries({ queryKey: projectsKey });
    }
    lastSignature.current = sig;
  }, [query.data, projectId, queryClient]);

  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;

    const open = () => {
      source = new EventSource(`/api/projects/${projectId}/events`, { withCredentials: true });
      source.addEventListener("open", () => setConnection("live"));
      source.addEventListener("status", (e) => {
        setConnection("live");
        try {
          queryClient.setQueryData(statusKey(projectId), JSON.parse((e as MessageEvent).data) as WorkflowStatus);
        } catch {
          // A malformed event is skipped; the next one (or a poll) brings the truth.
        }
      });
      source.onerror = () => {
        setConnection("polling");
        // The browser retries by itself unless the stream was refused; then we reopen it later.
        if (source && source.readyState === 2 && !disposed) {
          source.close();
          reopen = setTimeout(open, reopenAfter);
        }
      };
    };
    open();
    const onOnline = () => {
      if (source?.readyState === 2) {
        clearTimeout(reopen);
        open();
      }
    };
    window.addEventListener("online", onOnline);
    return () => {
      disposed = true;
      clearTimeout(reopen);
      window.removeEventListener("online", onOnline);
      source?.close();
    };
  }, [projectId, queryClient]);

  return { ...query, connection };
}
