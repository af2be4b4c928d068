import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

function scene(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: 100 + n, projectId: 7, sceneNumber: n, title: `Scene title ${n}`, description: `What happens in scene ${n}.`, dialogue: null, duration: 5, order: n - 1,
    heading: n % 2 ? "INT. COFFEE SHOP - DAY" : `EXT. PLACE ${n} - NIGHT`, scriptSceneNumber: null, location: "COFFEE SHOP", interior: "INT", timeOfDay: "DAY", settingId: 1,
    startLine: n * 4, endLine: n * 4 + 3, editedFields: [], characters: [{ characterId: 21, name: "BOB", speaks: true }],
    action: null, camera: null, prompt: `Prompt of scene ${n}`, lines: [{ speaker: "BOB", text: "Sorry I am late. Traffic was terrible.", parenthetical: null }], stale: [] as string[],
    ...overrides,
  };
}

const bob = { id: 21, projectId: 7, name: "BOB", visualDescription: "A man in a wet coat.", aliases: [], firstSceneId: 101, dialogueLines: 1, voice: null, voicePreviewUrl: null, editedFields: [] };
const quote = { provider: "kling", currency: "USD", scenes: [], totalUnits: 0, totalUsd: 0, spentUsd: 1.4, imageProvider: "painted", framesUsd: 0, videoProvider: "kling",
  remakes: [{ sceneId: 101, sceneNumber: 1, duration: 5, units: 5, usd: 0.7, frameUsd: 0 }] };
const takes = [
  { id: 1, sceneId: 101, number: 1, clipUrl: "/api/media/7/clips/scene-001.mp4", duration: 5, clipProvider: "kling", frameUrl: "/api/media/7/storyboard/scene-001.png", frameProvider: "painted", costUsd: 0.7, inMovie: false, createdAt: "2026-11-25T10:00:00Z" },
  { id: 2, sceneId: 101, number: 2, clipUrl: "/api/media/7/clips/scene-001-ab12cd34.mp4", duration: 5, clipProvider: "kling", frameUrl: null, frameProvider: null, costUsd: 0.7, inMovie: true, createdAt: "2026-11-25T11:00:00Z" },
];

function serve(all = [scene(1)]) {
  const calls: { method: string; url: string; body?: unknown }[] = [];
  const status = workflowStatus({ assemble: { status: "completed" } }, { status: "completed", scenes: all.map((s) => ({ sceneId: s.id, sceneNumber: s.sceneNumber, title: s.title, storyboard: "completed", voice: "completed", clip: "completed", errorMessage: null })) });
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "completed" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(status)),
    http.get("*/api/projects/7/scenes", () => HttpResponse.json(all)),
    http.get("*/api/projects/7/characters", () => HttpResponse.json([bob])),
    http.get("*/api/projects/7/quote", () => HttpResponse.json(quote)),
    http.get("*/api/projects/7/scenes/:sceneId/takes", ({ params }) => HttpResponse.json(params.sceneId === "101" ? takes : [])),
    http.patch("*/api/projects/7/scenes/:sceneId", async ({ request, params }) => {
      const body = await request.json();
      calls.push({ method: "PATCH", url: `scenes/${params.sceneId}`, body });
      return HttpResponse.json({ ...all[0], ...(body as object), stale: ["voice", "clip"] });
    }),
    http.post("*/api/projects/7/scenes/:sceneId/merge", ({ params }) => {
      calls.push({ method: "POST", url: `scenes/${params.sceneId}/merge` });
      return HttpResponse.json(project());
    }),
    http.post("*/api/projects/7/rebuild-preview", () => {
      calls.push({ method: "POST", url: "rebuild-preview" });
      return HttpResponse.json({ unchanged: 1, changed: 1, added: 0, removed: 1, usd: 0.7, keptTakes: 1, summary: "1 scene changed, 1 removed: $0.70" });
    }),
    http.post("*/api/workflow/7/start", () => {
      calls.push({ method: "POST", url: "start" });
      return HttpResponse.json({ runId: "r5", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
    http.put("*/api/projects/7/scenes/order", async ({ request }) => {
      calls.push({ method: "PUT", url: "scenes/order", body: await request.json() });
      return HttpResponse.json(all);
    }),
    http.post("*/api/phases/storyboard-to-movie/7/assemble", () => {
      calls.push({ method: "POST", url: "assemble" });
      return HttpResponse.json({ runId: "r4", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
    http.post("*/api/projects/7/scenes/:sceneId/regenerate", ({ params }) => {
      calls.push({ method: "POST", url: `scenes/${params.sceneId}/regenerate` });
      return HttpResponse.json({ runId: "r2", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
    http.post("*/api/projects/7/scenes/:sceneId/takes/:takeId/use", ({ params }) => {
      calls.push({ method: "POST", url: `scenes/${params.sceneId}/takes/${params.takeId}/use` });
      return HttpResponse.json({ runId: "r3", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
  );
  return calls;
}

describe("The Scenes tab", () => {
  it("changes what Bob says in a finished scene and regenerates it for the price the quote gives", async () => {
    const calls = serve();
    renderApp("/projects/7/scenes");
    const line = await screen.findByLabelText("Line 1");
    expect(screen.getByText(/Regenerating makes a new take of its clip/)).toHaveTextContent("Cost: $0.70.");
    await userEvent.clear(line);
    await userEvent.type(line, "Sorry. I stopped to buy you flowers.");
    await userEvent.click(screen.getByRole("button", { name: "Save dialogue" }));
    await waitFor(() => expect(calls[0]).toEqual({ method: "PATCH", url: "scenes/101", body: { title: null, description: null, duration: null, lines: [{ speaker: "BOB", text: "Sorry. I stopped to buy you flowers.", parenthetical: null }] } }));

    await userEvent.click(screen.getByRole("button", { name: "Regenerate scene 1" }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain("scenes/101/regenerate"));
  });

  it("lists a scene's takes with who made them and what they cost, and puts an earlier one in the movie", async () => {
    const calls = serve();
    renderApp("/projects/7/scenes");
    const list = await screen.findByRole("list", { name: "Takes of scene 1" });
    const first = within(list).getByTestId("take-1");
    expect(first).toHaveTextContent("Take 1 · clip by Kling · frame painted · $0.70");
    expect(first.querySelector("video")).toHaveAttribute("src", "/api/media/7/clips/scene-001.mp4");
    expect(within(list).getByTestId("take-2")).toHaveTextContent("In the movie");
    await userEvent.click(within(first).getByRole("button", { name: "Use take 1 in the movie" }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain("scenes/101/takes/1/use"));
    expect(await seriousViolations()).toEqual([]);
  });

  it("moves a scene down and joins the movie again so its chapters follow", async () => {
    const calls = serve([scene(1), scene(2), scene(3)]);
    renderApp("/projects/7/scenes");
    await userEvent.click(await screen.findByRole("button", { name: "Move scene 1 down" }));
    await waitFor(() => expect(calls.map((c) => c.url)).toEqual(["scenes/order", "assemble"]));
    expect(calls[0].body).toEqual({ sceneIds: [102, 101, 103] });
  });

  it("merges a scene with the next in the script, says what a rebuild remakes and runs it", async () => {
    const calls = serve([scene(1), scene(2)]);
    renderApp("/projects/7/scenes");
    await userEvent.click(await screen.findByText("Add, split or merge scenes"));
    await userEvent.click(screen.getByRole("button", { name: "Merge scene 1 with scene 2" }));
    expect(await screen.findByText(/Rebuilding remakes only this: 1 scene changed, 1 removed: \$0\.70/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Rebuild now" }));
    await waitFor(() => expect(calls.map((c) => c.url)).toEqual(["scenes/101/merge", "rebuild-preview", "start"]));
  });

  it("shows 190 scenes as a windowed list you can search and jump in", async () => {
    serve(Array.from({ length: 190 }, (_, i) => scene(i + 1)));
    renderApp("/projects/7/scenes");
    const list = await screen.findByRole("list", { name: "Scenes" });
    expect(screen.getByText("190 scenes.")).toBeInTheDocument();
    // Only the rows in view are in the page.
    expect(within(list).getAllByRole("listitem").length).toBeLessThan(40);

    await userEvent.type(screen.getByLabelText("Go to scene"), "150");
    await userEvent.click(screen.getByRole("button", { name: "Go" }));
    expect(await screen.findByTestId("scene-editor-150")).toBeInTheDocument();
    expect(within(list).getByTestId("scene-row-150").querySelector("button")).toHaveAttribute("aria-current", "true");

    await userEvent.type(screen.getByLabelText("Search scenes"), "PLACE 42");
    expect(screen.getByText("1 of 190 scenes match.")).toBeInTheDocument();
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  });
});
