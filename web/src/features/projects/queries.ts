import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Project } from "../../lib/api/client";

/** Everything about one project lives under ["project", id], so one invalidation refreshes it all. */
export const projectKey = (id: number) => ["project", id] as const;

export function useProjects() {
  return useQuery({
    queryKey: ["projects"],
    queryFn: () => unwrap(api.GET("/api/projects")),
    // The list shows progress; keep it fresh while anything is running.
    refetchInterval: (q) => (q.state.data?.some((p: Project) => p.status === "running" || p.status === "queued") ? 3_000 : false),
  });
}

export function useProject(id: number) {
  return useQuery({
    queryKey: projectKey(id),
    queryFn: () => unwrap(api.GET("/api/projects/{id}", { params: { path: { id } } })),
  });
}

export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE("/api/projects/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["projects"] }),
  });
}

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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["projects"] }),
  });
}
