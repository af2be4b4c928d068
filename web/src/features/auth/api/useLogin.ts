import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { expiredFlag } from "../expiredFlag";
import { meKey } from "./meKey";

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string }) => {
      await unwrap(api.POST("/api/auth/login", { body }), { quiet401: true });
      return unwrap(api.GET("/api/auth/me"), { quiet401: true });
    },
    onSuccess: (user) => {
      sessionStorage.removeItem(expiredFlag);
      queryClient.setQueryData(meKey, user);
    },
  });
}
