import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";
import { runAction } from "../../../lib/pipeline/runPipelineAction";
import { statusKey } from "../../../lib/pipeline/statusKey";

/** Saves the script, then runs the whole pipeline: scenes whose words did not change keep what was made for them. */
export function useSaveAndRebuild(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (scriptContent: string) => {
      await unwrap(api.PATCH("/api/projects/{id}", { params: { path: { id } }, body: { title: null, scriptContent, aspectRatio: null } }));
      return runAction(id, { kind: "start" });
    },
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(id) });
      queryClient.invalidateQueries({ queryKey: projectKey(id) });
    },
  });
}
