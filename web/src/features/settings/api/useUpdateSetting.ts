import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { settingsKey } from "./settingsKey";

export function useUpdateSetting(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ settingId, visualDescription }: { settingId: number; visualDescription: string }) =>
      unwrap(api.PATCH("/api/projects/{id}/settings/{settingId}", { params: { path: { id, settingId } }, body: { visualDescription } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey(id) }),
  });
}
