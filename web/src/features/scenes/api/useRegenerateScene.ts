import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";
import { statusKey } from "../../../lib/pipeline/statusKey";

export function useRegenerateScene(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sceneId: number) => unwrap(api.POST("/api/projects/{id}/scenes/{sceneId}/regenerate", { params: { path: { id, sceneId } } })),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(id) });
      queryClient.invalidateQueries({ queryKey: projectKey(id) });
    },
  });
}
