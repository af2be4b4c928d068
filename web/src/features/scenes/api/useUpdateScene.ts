import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { scenesKey } from "../../../lib/project/scenesKey";

export function useUpdateScene(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    // null leaves a field as it is.
    mutationFn: ({ sceneId, title = null, description = null, duration = null }: { sceneId: number; title?: string | null; description?: string | null; duration?: number | null }) =>
      unwrap(api.PATCH("/api/projects/{id}/scenes/{sceneId}", { params: { path: { id, sceneId } }, body: { title, description, duration } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scenesKey(id) }),
  });
}
