import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectKey } from "../../../lib/project/projectKey";
import { runAction } from "../../../lib/pipeline/runPipelineAction";
import { statusKey } from "../../../lib/pipeline/statusKey";

/** Runs the whole pipeline over the saved script; unchanged scenes keep what was made for them. */
export function useRebuild(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => runAction(id, { kind: "start" }),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(id) });
      queryClient.invalidateQueries({ queryKey: projectKey(id) });
    },
  });
}
