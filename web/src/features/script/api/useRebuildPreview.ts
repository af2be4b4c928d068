import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";

/** What re-parsing this text would rebuild and cost; nothing is saved. */
export function useRebuildPreview(id: number) {
  return useMutation({
    mutationFn: (scriptContent: string) => unwrap(api.POST("/api/projects/{id}/rebuild-preview", { params: { path: { id } }, body: { scriptContent } })),
  });
}
