import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export type SceneTextEdit =
  | { kind: "add"; heading: string; action: string; afterSceneId: number }
  | { kind: "split"; sceneId: number; afterParagraph: number; heading: string }
  | { kind: "merge"; sceneId: number };

/**
 * Adds, splits or merges scenes in the script text, then asks what rebuilding would remake and cost: the scenes
 * themselves come from the next (incremental) parse.
 */
export function useSceneText(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (edit: SceneTextEdit) => {
      if (edit.kind === "add")
        await unwrap(api.POST("/api/projects/{id}/scenes", { params: { path: { id } }, body: { heading: edit.heading, action: edit.action, afterSceneId: edit.afterSceneId } }));
      else if (edit.kind === "split")
        await unwrap(api.POST("/api/projects/{id}/scenes/{sceneId}/split", { params: { path: { id, sceneId: edit.sceneId } }, body: { afterParagraph: edit.afterParagraph, heading: edit.heading } }));
      else await unwrap(api.POST("/api/projects/{id}/scenes/{sceneId}/merge", { params: { path: { id, sceneId: edit.sceneId } } }));
      return unwrap(api.POST("/api/projects/{id}/rebuild-preview", { params: { path: { id } }, body: { scriptContent: null } }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: projectKey(id) }),
  });
}
