import type { components } from "../api/schema";

/** Every step and phase name, as the server's pipeline definition writes them into the OpenAPI document. */
export type StepName = components["schemas"]["StepStatusJson"]["name"];
export type PhaseName = components["schemas"]["PhaseStatusJson"]["name"];

/**
 * The words on screen for the pipeline's phases and steps (same names as the server's folders). Keyed by the
 * generated names, so a step added on the server fails the type check until it has its words here.
 */
export const phaseTitles: Record<PhaseName, string> & Record<string, string> = {
  "script-to-trailer": "Script to trailer",
  "trailer-to-storyboard": "Trailer to storyboard",
  "storyboard-to-movie": "Storyboard to movie",
};

export const stepTitles: Record<StepName, string> & Record<string, string> = {
  parse: "Parse",
  trailer: "Trailer",
  cast: "Cast",
  storyboard: "Storyboard",
  prompts: "Prompts",
  voices: "Voices",
  clips: "Clips",
  assemble: "Assemble",
};

export const stepBlurbs: Record<StepName, string> & Record<string, string> = {
  parse: "Read scenes, characters and settings",
  trailer: "Cut a short teaser from key frames",
  cast: "Make a cast sheet per character",
  storyboard: "Draw one frame per scene",
  prompts: "Write a video prompt per scene",
  voices: "Speak every line of dialogue",
  clips: "Make one clip per scene",
  assemble: "Join clips, add subtitles and chapters",
};

export const isActive = (status?: string) => status === "running" || status === "queued";
