import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export function useStoryboards(id: number) {
  return useQuery({
    queryKey: [...projectKey(id), "storyboards"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/storyboards", { params: { path: { id } } })),
  });
}
