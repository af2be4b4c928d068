import { useQuery } from "@tanstack/react-query";
import { api, ApiError, unwrap, type User } from "../../../lib/api/client";
import { meKey } from "./meKey";

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
