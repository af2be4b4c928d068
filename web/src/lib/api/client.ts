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
export type Session = Schemas["SessionResponse"];
export type WorkflowStatus = Schemas["WorkflowStatus"];
export type PhaseStatus = Schemas["PhaseStatusJson"];
export type StepStatus = Schemas["StepStatusJson"];
export type SceneStatus = Schemas["SceneStatusJson"];
export type Quote = Schemas["ProjectQuote"];
export type Ledger = Schemas["LedgerResponse"];
export type Clip = Schemas["ClipResponse"];
export type VoiceCatalog = Schemas["VoiceCatalog"];

/**
 * The parse preview is `./s2m parse`'s JSON, which the server writes by hand and declares only as a JsonElement,
 * so the document gives no shape for it. These are the fields the preview reads, as ScreenplayJson writes them.
 */
export type ParsePreview = {
  title: string | null;
  format: string;
  messages: { text: string; line: number | null }[];
  scenes: { number: number; heading: string; characters: string[]; startLine: number; endLine: number }[];
  characters: { name: string; dialogueLines: number; scenes: number[] }[];
};

/**
 * The start endpoint reads its optional body by hand (the seed's curl sends none), so the document declares no
 * request body; this is the one it accepts.
 */
export type StartWorkflowBody = { maxCostUsd: number | null };

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
