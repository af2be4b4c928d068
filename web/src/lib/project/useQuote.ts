import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { projectKey } from "./projectKey";

export function useQuote(id: number) {
  return useQuery({
    queryKey: [...projectKey(id), "quote"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/quote", { params: { path: { id } } })),
  });
}
