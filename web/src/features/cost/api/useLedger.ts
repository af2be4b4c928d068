import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export function useLedger(id: number) {
  return useQuery({
    queryKey: [...projectKey(id), "ledger"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/ledger", { params: { path: { id } } })),
  });
}
