import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { settingsKey } from "./settingsKey";

export function useSettings(id: number) {
  return useQuery({
    queryKey: settingsKey(id),
    queryFn: () => unwrap(api.GET("/api/projects/{id}/settings", { params: { path: { id } } })),
  });
}
