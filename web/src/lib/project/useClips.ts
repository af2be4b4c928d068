import { useQuery } from "@tanstack/react-query";
import { api, unwrap, type WorkflowStatus } from "../api/client";
import { projectKey } from "./projectKey";

/**
 * Each scene's clip and frame (GET /api/projects/{id}/clips), read by the Clips tab and the movie's filmstrip.
 * The live status is part of the key, so a clip or frame that has just been made is fetched as soon as it is reported.
 */
export function useClips(id: number, status?: WorkflowStatus) {
  const made = status?.scenes.map((s) => `${s.storyboard[0]}${s.clip[0]}`).join("") ?? "";
  return useQuery({
    queryKey: [...projectKey(id), "clips", made],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/clips", { params: { path: { id } } })),
    placeholderData: (previous) => previous,
  });
}
