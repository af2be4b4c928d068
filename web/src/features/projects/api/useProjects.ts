import { useQuery } from "@tanstack/react-query";
import { api, unwrap, type Project } from "../../../lib/api/client";
import { projectsKey } from "../../../lib/project/projectsKey";

export function useProjects() {
  return useQuery({
    queryKey: projectsKey,
    queryFn: () => unwrap(api.GET("/api/projects")),
    // The list shows progress; keep it fresh while anything is running.
    refetchInterval: (q) => (q.state.data?.some((p: Project) => p.status === "running" || p.status === "queued") ? 3_000 : false),
  });
}
