import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { charactersKey } from "./charactersKey";

export function useCharacters(id: number) {
  return useQuery({
    queryKey: charactersKey(id),
    queryFn: () => unwrap(api.GET("/api/projects/{id}/characters", { params: { path: { id } } })),
  });
}
