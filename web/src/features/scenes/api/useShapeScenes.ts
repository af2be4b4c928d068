import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";
import { runAction } from "../../../lib/pipeline/runPipelineAction";
import { statusKey } from "../../../lib/pipeline/statusKey";

export type SceneShape = { kind: "order"; sceneIds: number[] } | { kind: "delete"; sceneId: number; confirm?: boolean };

/**
 * Reorders or deletes scenes, then, when the project already has a movie, joins it again so it follows the new
 * list at once (nothing is remade; the clips are only put together in the new order).
 */
export function useShapeScenes(id: number, hasMovie: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (shape: SceneShape) => {
      const scenes =
        shape.kind === "order"
          ? await unwrap(api.PUT("/api/projects/{id}/scenes/order", { params: { path: { id } }, body: { sceneIds: shape.sceneIds } }))
          : await unwrap(api.DELETE("/api/projects/{id}/scenes/{sceneId}", { params: { path: { id, sceneId: shape.sceneId }, query: { confirm: shape.confirm } } }));
      if (hasMovie) await runAction(id, { kind: "assemble" });
      return scenes;
    },
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(id) });
      queryClient.invalidateQueries({ queryKey: projectKey(id) });
    },
  });
}
