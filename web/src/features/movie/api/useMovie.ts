import { useQuery } from "@tanstack/react-query";
import { api, ApiError, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export function useMovie(id: number) {
  return useQuery({
    queryKey: [...projectKey(id), "movie"],
    queryFn: async () => {
      try {
        return await unwrap(api.GET("/api/projects/{id}/movie", { params: { path: { id } } }));
      } catch (e) {
        // No movie row yet is a normal state, not an error.
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}
