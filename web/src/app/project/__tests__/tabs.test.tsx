import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { problem, renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

const scenes = [
  {
    id: 11, projectId: 7, sceneNumber: 1, title: "Coffee shop", description: "Alice waits alone by the window.", dialogue: "ALICE: I have been waiting.", duration: 6, order: 1,
    heading: "INT. COFFEE SHOP - MORNING", scriptSceneNumber: null, location: "COFFEE SHOP", interior: "INT", timeOfDay: "MORNING", settingId: 1,
    startLine: 3, endLine: 6, editedFields: [], characters: [{ characterId: 21, name: "ALICE", speaks: true }],
    action: null, camera: "slow push-in", prompt: "Alice waits alone by the window.", lines: [{ speaker: "ALICE", text: "I have been waiting.", parenthetical: null }], stale: [] as string[],
  },
  {
    id: 12, projectId: 7, sceneNumber: 2, title: "Street", description: "Bob runs through the rain.", dialogue: null, duration: 4, order: 2,
    heading: "EXT. STREET - DAY", scriptSceneNumber: null, location: "STREET", interior: "EXT", timeOfDay: "DAY", settingId: 2,
    startLine: 8, endLine: 10, editedFields: ["description"], characters: [],
    action: null, camera: null, prompt: null, lines: [], stale: [] as string[],
  },
];
const characters = [
  { id: 23, projectId: 7, name: "YOUNG ALICE", visualDescription: "Young Alice: a girl of about 8. Alice as a child.", aliases: [], firstSceneId: 11, dialogueLines: 0, voice: null, voicePreviewUrl: null, editedFields: [], personName: "ALICE", period: "child" },
  { id: 21, projectId: 7, name: "ALICE", visualDescription: "A woman in her thirties in a green coat.", aliases: [], firstSceneId: 11, dialogueLines: 1, voice: "espeak:en-us+f3:p55:s165", voicePreviewUrl: "/api/projects/7/characters/21/voice-preview", editedFields: [] },
];
const settings = [{ id: 1, projectId: 7, name: "COFFEE SHOP", visualDescription: "Warm wood, morning light.", interior: "INT", timesOfDay: ["MORNING"], editedFields: [] }];
const frames = [
  { id: 31, projectId: 7, sceneId: 11, sceneNumber: 1, heading: "INT. COFFEE SHOP - MORNING", imageUrl: "/api/media/7/frames/scene-1.png", status: "completed", kind: "scene", width: 1280, height: 720, errorMessage: null, createdAt: "2026-11-25T10:00:00Z", provider: "painted" },
  { id: 32, projectId: 7, sceneId: 12, sceneNumber: 2, heading: "EXT. STREET - DAY", imageUrl: "/api/media/7/frames/scene-2.png", status: "completed", kind: "scene", width: 1280, height: 720, errorMessage: null, createdAt: "2026-11-25T10:00:00Z", provider: "kling" },
];
const quote = {
  provider: "kling", currency: "USD", scenes: [{ sceneId: 11, sceneNumber: 1, duration: 6, units: 1, usd: 0.14, frameUsd: 0 }],
  totalUnits: 1, totalUsd: 0.14, spentUsd: 0.7, imageProvider: "painted", framesUsd: 0, videoProvider: "animatic",
};
const ledger = {
  currency: "USD", totalUsd: 0.7,
  entries: [{ id: 1, sceneId: 12, sceneNumber: 2, runId: "r0", provider: "kling", kind: "clip", providerTaskId: "t1", units: 5, usd: 0.7, createdAt: "2026-11-25T10:00:00Z" }],
};

function serve(status = workflowStatus({}, { status: "draft" })) {
  const patches: unknown[] = [];
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ scriptContent: "FADE IN:\n\nINT. COFFEE SHOP - MORNING\n\nALICE waits.\n\nI have been waiting.\n\nEXT. STREET - DAY\n\nBOB runs.\n" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(status)),
    http.get("*/api/projects/7/scenes", () => HttpResponse.json(scenes)),
    http.get("*/api/projects/7/scenes/:sceneId/takes", () => HttpResponse.json([])),
    http.get("*/api/projects/7/characters", () => HttpResponse.json(characters)),
    http.get("*/api/projects/7/characters/sheets", () => HttpResponse.json([])),
    http.get("*/api/projects/7/settings", () => HttpResponse.json(settings)),
    http.get("*/api/projects/7/storyboards", () => HttpResponse.json(frames)),
    http.get("*/api/projects/7/quote", () => HttpResponse.json(quote)),
    http.get("*/api/projects/7/ledger", () => HttpResponse.json(ledger)),
    http.get("*/api/voices", () => HttpResponse.json({ accents: [{ id: "en-us", name: "English (America)" }], variants: [{ id: "f3", name: "female3", gender: "female" }] })),
    http.patch("*/api/projects/7/scenes/:sceneId", async ({ request, params }) => {
      patches.push({ scene: params.sceneId, ...(await request.json() as object) });
      return HttpResponse.json(scenes[0]);
    }),
    http.patch("*/api/projects/7/characters/:characterId", async ({ request }) => {
      patches.push(await request.json());
      return problem(400, "A visual description needs 1 to 5,000 characters.");
    }),
  );
  return patches;
}

describe("The project's tabs", () => {
  it("highlights each scene's lines in the script", async () => {
    serve();
    renderApp("/projects/7/script");
    const first = await screen.findByTestId("script-scene-1");
    expect(first).toHaveTextContent("INT. COFFEE SHOP - MORNING");
    expect(first).toHaveTextContent("Scene 1");
    expect(first).not.toHaveTextContent("EXT. STREET - DAY");
    expect(screen.getByTestId("script-scene-2")).toHaveTextContent("EXT. STREET - DAY");
  });

  it("saves an edited scene description before generation", async () => {
    const patches = serve();
    renderApp("/projects/7/scenes");
    const box = (await screen.findAllByLabelText(/Description/))[0];
    await userEvent.clear(box);
    await userEvent.type(box, "Alice waits, checking her watch.");
    await userEvent.click(screen.getAllByRole("button", { name: "Save description" })[0]);
    await waitFor(() => expect(patches).toEqual([{ scene: "11", title: null, description: "Alice waits, checking her watch.", duration: null }]));
    expect(await screen.findByText("Saved.")).toBeInTheDocument();
  });

  it("keeps a finished scene editable and says what an edit will remake and cost", async () => {
    const status = workflowStatus({}, { status: "completed" });
    status.scenes[0].clip = "completed";
    scenes[0].stale = ["voice", "clip"];
    serve(status);
    renderApp("/projects/7/scenes");
    const box = (await screen.findAllByLabelText(/Description/))[0];
    expect(box).not.toHaveAttribute("readonly");
    expect(await screen.findByText(/its voices and clip will be remade/)).toHaveTextContent("Kling would charge $0.14");
    expect(screen.getByRole("button", { name: "Regenerate scene 1" })).toBeEnabled();
    scenes[0].stale = [];
  });

  it("shows a character's voice preview and the server's message when a save is refused", async () => {
    serve();
    renderApp("/projects/7/characters");
    const card = await screen.findByRole("listitem", { name: "ALICE" });
    await userEvent.click(within(card).getByRole("button", { name: "Play ALICE's voice" }));
    expect(card.querySelector("audio")).toHaveAttribute("src", expect.stringContaining("/api/projects/7/characters/21/voice-preview"));
    const box = within(card).getByLabelText("Visual description");
    await userEvent.clear(box);
    await userEvent.type(box, " ");
    await userEvent.click(within(card).getByRole("button", { name: "Save visual description" }));
    expect(await within(card).findByRole("alert")).toHaveTextContent("A visual description needs 1 to 5,000 characters.");
  });

  it("shows another age of a character right after that character, marked as their look", async () => {
    serve();
    renderApp("/projects/7/characters");
    const young = await screen.findByRole("listitem", { name: "YOUNG ALICE" });
    expect(young).toHaveTextContent("Childhood look of Alice");
    const names = screen.getAllByRole("listitem").map((li) => li.getAttribute("aria-labelledby")).map((id) => document.getElementById(id!)?.textContent);
    expect(names.indexOf("YOUNG ALICE")).toBe(names.indexOf("ALICE") + 1);
  });

  it("shows the storyboard as a grid of frames with their scene headings", async () => {
    serve();
    renderApp("/projects/7/storyboard");
    const grid = await screen.findByRole("list", { name: "Scene frames" });
    expect(within(grid).getByRole("img", { name: "Storyboard frame: Scene 1 — INT. COFFEE SHOP - MORNING" })).toHaveAttribute("src", "/api/media/7/frames/scene-1.png");
    // Only the picture Kling made carries its maker's name.
    expect(within(grid).getAllByText("Kling")).toHaveLength(1);
    expect(within(within(grid).getAllByRole("listitem")[1]).getByText("Kling")).toBeInTheDocument();
    expect(within(grid).getByRole("heading", { name: "Scene 2 — EXT. STREET - DAY" })).toBeInTheDocument();
  });

  it("shows the quote, every charge, and passes the budget to Start workflow", async () => {
    serve();
    const starts: unknown[] = [];
    server.use(
      http.post("*/api/workflow/7/start", async ({ request }) => {
        starts.push(await request.json());
        return HttpResponse.json({ runId: "r1", statusUrl: "/api/workflow/7/status" }, { status: 202 });
      }),
    );
    renderApp("/projects/7/cost");
    expect(await screen.findByText("Estimated cost")).toBeInTheDocument();
    expect(screen.getByText(/makes clips offline \(animatic\) at no cost/)).toBeInTheDocument();
    const perScene = screen.getByRole("table", { name: "Per scene" });
    expect(within(perScene).getByRole("row", { name: /Scene 1 6 s 1 \$0\.14/ })).toBeInTheDocument();
    const charges = await screen.findByRole("table", { name: "1 charge, $0.70 in all" });
    expect(within(charges).getByRole("cell", { name: "Clip, scene 2" })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Maximum spend for the next run (USD)"), "5");
    await userEvent.click(screen.getByRole("button", { name: "Start workflow" }));
    await waitFor(() => expect(starts).toEqual([{ maxCostUsd: 5 }]));
  });

  it.each(["script", "scenes", "characters", "settings", "storyboard", "cost"])("has no serious accessibility problems on the %s tab", async (tab) => {
    serve();
    renderApp(`/projects/7/${tab}`);
    await screen.findByRole("heading", { level: 2, name: new RegExp(`^${tab}$`, "i") });
    await waitFor(() => expect(screen.queryByRole("status", { name: /Loading/ })).not.toBeInTheDocument());
    expect(await seriousViolations()).toEqual([]);
  });
});
