import type { PhaseName, StepName } from "../lib/pipeline/names";
import type { Movie, Project, WorkflowStatus } from "../lib/api/client";

export const user = { id: 1, email: "ada@example.com", name: "Ada Lovelace", isAdmin: false, createdAt: "2026-11-25T10:00:00Z" };

export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 7,
    title: "The Coffee Shop",
    scriptContent: "FADE IN:\n\nINT. COFFEE SHOP - MORNING\n\nALICE sits alone.\n\nEXT. STREET - DAY\n\nBOB runs.",
    status: "draft",
    progress: 0,
    message: null,
    trailerUrl: null,
    thumbnailUrl: null,
    aspectRatio: "16:9",
    sceneCount: 2,
    createdAt: "2026-11-25T10:00:00Z",
    updatedAt: "2026-11-25T10:00:00Z",
    stepsDone: 0,
    stepsTotal: 7,
    summary: "Not started · 0 of 7 steps",
    staleScenes: 0,
    ...overrides,
  };
}

const phaseRoutes: Record<PhaseName, string[]> = {
  "script-to-trailer": ["parse", "generate-trailer"],
  "trailer-to-storyboard": ["generate"],
  "storyboard-to-movie": ["prompts", "generate", "assemble"],
};

type StepState = { status: string; progress?: number; message?: string | null };

/** A status payload shaped like GET /api/workflow/{id}/status, with every step pending unless given. */
export function workflowStatus(steps: Record<string, StepState> = {}, overrides: Partial<WorkflowStatus> = {}): WorkflowStatus {
  const step = (name: StepName) => ({ name, status: steps[name]?.status ?? "pending", progress: steps[name]?.progress ?? 0, message: steps[name]?.message ?? null });
  const phase = (name: PhaseName, names: StepName[]) => {
    const ss = names.map(step);
    const status = ss.every((s) => s.status === "completed") ? "completed" : ss.some((s) => s.status === "failed") ? "failed" : ss.some((s) => s.status !== "pending") ? "running" : "pending";
    const actions = phaseRoutes[name].map((route) => ({ route, canStart: true, reason: null }));
    return { name, status, progress: 0, message: null, steps: ss, actions };
  };
  return {
    projectId: 7,
    runId: "run-1",
    status: "running",
    progress: 10,
    message: null,
    currentStep: "parse",
    startedAt: "2026-11-25T10:00:00Z",
    updatedAt: "2026-11-25T10:00:05Z",
    phases: [
      phase("script-to-trailer", ["parse", "trailer"]),
      phase("trailer-to-storyboard", ["storyboard"]),
      phase("storyboard-to-movie", ["prompts", "voices", "clips", "assemble"]),
    ],
    scenes: [
      { sceneId: 11, sceneNumber: 1, title: "Coffee shop", storyboard: "pending", voice: "pending", clip: "pending", errorMessage: null },
      { sceneId: 12, sceneNumber: 2, title: "Street", storyboard: "pending", voice: "pending", clip: "pending", errorMessage: null },
    ],
    stepsDone: Object.values(steps).filter((s) => s.status === "completed").length,
    stepsTotal: 7,
    summary: `Parse running · ${Object.values(steps).filter((s) => s.status === "completed").length} of 7 steps`,
    staleScenes: 0,
    ...overrides,
  };
}

export function movie(overrides: Partial<Movie> = {}): Movie {
  return {
    id: 3,
    projectId: 7,
    movieUrl: "/api/media/7/movie/movie.mp4",
    duration: 42.5,
    status: "completed",
    srtUrl: "/api/media/7/movie/movie.srt",
    vttUrl: "/api/media/7/movie/movie.vtt",
    manifestUrl: "/api/media/7/movie/manifest.json",
    errorMessage: null,
    createdAt: "2026-11-25T10:05:00Z",
    ...overrides,
  };
}
