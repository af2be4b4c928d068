import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export const takesKey = (id: number, sceneId: number) => [...projectKey(id), "takes", sceneId] as const;

export function useTakes(id: number, sceneId: number) {
  return useQuery({
    queryKey: takesKey(id, sceneId),
    queryFn: () => unwrap(api.GET("/api/projects/{id}/scenes/{sceneId}/takes", { params: { path: { id, sceneId } } })),
  });
}
