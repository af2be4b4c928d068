import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError, unwrap, type User } from "../../lib/api/client";

export const meKey = ["me"] as const;

/** The signed-in user, or null when nobody is logged in. */
export function useMe() {
  return useQuery<User | null>({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await unwrap(api.GET("/api/auth/me"), { quiet401: true });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

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

export function useRegister() {
  return useMutation({
    mutationFn: (body: { email: string; password: string; name: string }) => unwrap(api.POST("/api/auth/register", { body }), { quiet401: true }),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/auth/logout"), { quiet401: true }),
    onSettled: () => queryClient.setQueryData(meKey, null),
  });
}

/** Set when a signed-in call answered 401, so the login page can say why the user is there. */
export const expiredFlag = "s2m.sessionExpired";
