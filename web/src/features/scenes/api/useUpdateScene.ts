import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export type SceneEdit = {
  sceneId: number;
  title?: string | null;
  description?: string | null;
  duration?: number | null;
  action?: string;
  camera?: string;
  characterIds?: number[];
  lines?: Schemas["DialogueLineEdit"][];
};

export function useUpdateScene(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    // null leaves a field as it is; the fields added for editing are simply left out.
    mutationFn: ({ sceneId, title = null, description = null, duration = null, action, camera, characterIds, lines }: SceneEdit) =>
      unwrap(api.PATCH("/api/projects/{id}/scenes/{sceneId}", { params: { path: { id, sceneId } }, body: { title, description, duration, action, camera, characterIds, lines } })),
    // An edit changes what is stale and so the quote: everything under the project refetches.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKey(id) }),
  });
}
