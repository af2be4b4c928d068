import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { meKey } from "./meKey";

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/auth/logout"), { quiet401: true }),
    onSettled: () => queryClient.setQueryData(meKey, null),
  });
}
