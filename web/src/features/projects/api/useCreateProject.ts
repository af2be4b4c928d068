import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../../lib/api/client";
import { projectsKey } from "../../../lib/project/projectsKey";

export type NewProject =
  | { kind: "text"; title: string; scriptContent: string; aspectRatio: string }
  | { kind: "file"; title: string; file: File; aspectRatio: string };

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewProject) => {
      if (input.kind === "text") {
        return unwrap(api.POST("/api/projects", { body: { title: input.title, scriptContent: input.scriptContent, aspectRatio: input.aspectRatio } }));
      }
      const form = new FormData();
      form.set("title", input.title);
      form.set("aspectRatio", input.aspectRatio);
      form.set("file", input.file);
      return unwrap(
        api.POST("/api/projects", {
          // The generated type describes the JSON shape; the server reads the same fields from a form.
          body: form as unknown as { title: string; scriptContent: string; aspectRatio: string },
          bodySerializer: (b) => b as unknown as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKey }),
  });
}
