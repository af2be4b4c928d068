import { useMutation, useQueryClient } from "@tanstack/react-query";
import { projectKey } from "../project/projectKey";
import { runAction, type PipelineAction } from "./runPipelineAction";
import { statusKey } from "./statusKey";

export function usePipelineAction(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: PipelineAction) => runAction(projectId, action),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(projectId) });
      queryClient.invalidateQueries({ queryKey: projectKey(projectId) });
    },
  });
}
