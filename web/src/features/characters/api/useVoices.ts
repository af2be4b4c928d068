import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";

/** The server's installed voices change only when its packages do. */
export function useVoices() {
  return useQuery({
    queryKey: ["voices"],
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET("/api/voices")),
  });
}
