import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { projectKey } from "./projectKey";

export function useProject(id: number) {
  return useQuery({
    queryKey: projectKey(id),
    queryFn: () => unwrap(api.GET("/api/projects/{id}", { params: { path: { id } } })),
  });
}
