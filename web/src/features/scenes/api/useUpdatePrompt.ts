import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export function useUpdatePrompt(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sceneId, prompt }: { sceneId: number; prompt: string }) =>
      unwrap(api.PATCH("/api/projects/{id}/scenes/{sceneId}/prompt", { params: { path: { id, sceneId } }, body: { prompt, duration: null, style: null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKey(id) }),
  });
}
