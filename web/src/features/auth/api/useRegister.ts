import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";

export function useRegister() {
  return useMutation({
    mutationFn: (body: { email: string; password: string; name: string }) => unwrap(api.POST("/api/auth/register", { body }), { quiet401: true }),
  });
}
