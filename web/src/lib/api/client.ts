import createClient from "openapi-fetch";
import type { components, paths } from "./schema";
import { ApiError, toApiError, offlineError } from "./problem";

export type Schemas = components["schemas"];
export type Project = Schemas["ProjectResponse"];
export type Scene = Schemas["SceneResponse"];
export type Character = Schemas["CharacterResponse"];
export type Setting = Schemas["SettingResponse"];
export type StoryboardFrame = Schemas["StoryboardResponse"];
export type Movie = Schemas["MovieResponse"];
export type User = Schemas["UserResponse"];
export type WorkflowStatus = Schemas["WorkflowStatus"];
export type PhaseStatus = Schemas["PhaseStatusJson"];
export type StepStatus = Schemas["StepStatusJson"];
export type SceneStatus = Schemas["SceneStatusJson"];
export type ParsePreview = Schemas["ParsePreview"];

/** Same-origin in the browser; jsdom needs an absolute base for its fetch. */
const baseUrl = typeof window !== "undefined" ? window.location.origin : "";

export const api = createClient<paths>({
  baseUrl,
  credentials: "include",
  // Looked up per call so test doubles installed after import still see the request.
  fetch: (request: Request) => globalThis.fetch(request),
});

/** Called on any 401 from a signed-in call: the session has expired. */
let onUnauthorized: (() => void) | undefined;
export function setUnauthorizedHandler(handler: (() => void) | undefined) {
  onUnauthorized = handler;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError whose message is the
 * server's sentence. `quiet401` is for the "who am I" probe, where 401 just means "not logged in".
 */
export async function unwrap<T>(call: Promise<Result<T>>, options: { quiet401?: boolean } = {}): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (e) {
    throw offlineError(e);
  }
  if (result.response.ok) return result.data as T;
  const error = toApiError(result.response.status, result.error);
  if (error.status === 401 && !options.quiet401) onUnauthorized?.();
  throw error;
}

export { ApiError };

/** ASP.NET may send integers as numbers or numeric strings; the UI wants numbers. */
export function num(value: number | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : Number(value);
}
