import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";

export function useUpdateCharacter(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ characterId, visualDescription = null, voice = null }: { characterId: number; visualDescription?: string | null; voice?: string | null }) =>
      unwrap(api.PATCH("/api/projects/{id}/characters/{characterId}", { params: { path: { id, characterId } }, body: { visualDescription, voice } })),
    // A new look or voice makes the scenes the character is in out of date: their stale marks and the quote change too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKey(id) }),
  });
}
