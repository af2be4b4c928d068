import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { meKey } from "./meKey";

/** Ends every session of the account, this one included. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/auth/sessions")),
    onSuccess: () => queryClient.setQueryData(meKey, null),
  });
}
