import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { sessionsKey } from "./sessionsKey";

/** Where this account is signed in, most recently used first. */
export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => unwrap(api.GET("/api/auth/sessions")) });
}
