import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { meKey } from "./meKey";
import { sessionsKey } from "./sessionsKey";

/** Signs one device out; signing out this one ends the visit like logging out. */
export function useSignOutSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: { id: number; current: boolean }) =>
      unwrap(api.DELETE("/api/auth/sessions/{sessionId}", { params: { path: { sessionId: session.id } } })),
    onSuccess: (_, session) => {
      if (session.current) queryClient.setQueryData(meKey, null);
      else queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}
