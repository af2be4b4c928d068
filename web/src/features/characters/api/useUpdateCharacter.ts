import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { charactersKey } from "./charactersKey";

export function useUpdateCharacter(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ characterId, visualDescription = null, voice = null }: { characterId: number; visualDescription?: string | null; voice?: string | null }) =>
      unwrap(api.PATCH("/api/projects/{id}/characters/{characterId}", { params: { path: { id, characterId } }, body: { visualDescription, voice } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: charactersKey(id) }),
  });
}
