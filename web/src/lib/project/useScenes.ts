import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { scenesKey } from "./scenesKey";

export function useScenes(id: number) {
  return useQuery({
    queryKey: scenesKey(id),
    queryFn: () => unwrap(api.GET("/api/projects/{id}/scenes", { params: { path: { id } } })),
  });
}
