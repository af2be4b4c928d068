import { api, unwrap, type StartWorkflowBody } from "../api/client";

/** Every action the pipeline offers; each answers 202, or 409 with a sentence saying why not. */
export type PipelineAction =
  | { kind: "start"; maxCostUsd?: number }
  | { kind: "parse" }
  | { kind: "trailer" }
  | { kind: "storyboard" }
  | { kind: "prompts" }
  | { kind: "clips" }
  | { kind: "assemble" }
  | { kind: "cancel" }
  | { kind: "retry-failed" }
  | { kind: "retry-scene"; sceneId: number };

export function runAction(id: number, action: PipelineAction) {
  const path = { params: { path: { id } } };
  switch (action.kind) {
    case "start":
    {
      const body: StartWorkflowBody = { maxCostUsd: action.maxCostUsd ?? null };
      // openapi-fetch sends any body given as JSON; the document just doesn't declare this optional one.
      return unwrap(api.POST("/api/workflow/{id}/start", { ...path, body: body as never }));
    }
    case "parse":
      return unwrap(api.POST("/api/phases/script-to-trailer/{id}/parse", path));
    case "trailer":
      return unwrap(api.POST("/api/phases/script-to-trailer/{id}/generate-trailer", path));
    case "storyboard":
      return unwrap(api.POST("/api/phases/trailer-to-storyboard/{id}/generate", path));
    case "prompts":
      return unwrap(api.POST("/api/phases/storyboard-to-movie/{id}/prompts", path));
    case "clips":
      return unwrap(api.POST("/api/phases/storyboard-to-movie/{id}/generate", path));
    case "assemble":
      return unwrap(api.POST("/api/phases/storyboard-to-movie/{id}/assemble", path));
    case "cancel":
      return unwrap(api.POST("/api/workflow/{id}/cancel", path));
    case "retry-failed":
      return unwrap(api.POST("/api/workflow/{id}/retry-failed", path));
    case "retry-scene":
      return unwrap(api.POST("/api/projects/{id}/scenes/{sceneId}/retry", { params: { path: { id, sceneId: action.sceneId } } }));
  }
}
