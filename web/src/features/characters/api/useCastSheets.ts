import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectKey } from "../../../lib/project/projectKey";
import { statusKey } from "../../../lib/pipeline/statusKey";

/** Under the project's key, so a step finishing (the cast step remaking a sheet) refreshes the sheets too. */
export const castSheetsKey = (id: number) => [...projectKey(id), "cast-sheets"] as const;

/** The cast sheets made so far: only on the Kling path, after the storyboard phase's cast step. */
export function useCastSheets(id: number) {
  return useQuery({
    queryKey: castSheetsKey(id),
    queryFn: () => unwrap(api.GET("/api/projects/{id}/characters/sheets", { params: { path: { id } } })),
  });
}

export function useApproveSheet(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ characterId, approved }: { characterId: number; approved: boolean }) =>
      unwrap(api.PATCH("/api/projects/{id}/characters/{characterId}/sheet", { params: { path: { id, characterId } }, body: { approved } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: castSheetsKey(id) }),
  });
}

/** Regenerating or replacing starts a run of the cast step and marks the character's scenes stale. */
function useRemake(id: number, start: (characterId: number, picture?: File) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ characterId, picture }: { characterId: number; picture?: File }) => start(characterId, picture),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: statusKey(id) });
      queryClient.invalidateQueries({ queryKey: projectKey(id) });
    },
  });
}

export function useRegenerateSheet(id: number) {
  return useRemake(id, (characterId) => unwrap(api.POST("/api/projects/{id}/characters/{characterId}/sheet/regenerate", { params: { path: { id, characterId } } })));
}

export function useReplaceFront(id: number) {
  return useRemake(id, (characterId, picture) => {
    const form = new FormData();
    if (picture) form.set("picture", picture);
    return unwrap(
      api.POST("/api/projects/{id}/characters/{characterId}/sheet/front", {
        params: { path: { id, characterId } },
        // The document describes the upload as a file; the server reads it from the form field "picture".
        body: form as never,
        bodySerializer: (b) => b as unknown as FormData,
      }),
    );
  });
}
