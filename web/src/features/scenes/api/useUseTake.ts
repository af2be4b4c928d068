import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";
import { statusKey } from "../../../lib/pipeline/statusKey";

/** Puts a take in the movie; the server re-assembles it. */
export function useUseTake(id: number, sceneId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (takeId: number) => unwrap(api.POST("/api/projects/{id}/scenes/{sceneId}/takes/{takeId}/use", { params: { path: { id, sceneId, takeId } } })),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(id) });
      queryClient.invalidateQueries({ queryKey: projectKey(id) });
    },
  });
}
