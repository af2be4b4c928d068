import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

const scene = (id: number, n: number, heading: string, description: string, action: string | null, lines: { speaker: string; text: string; parenthetical: string | null }[]) => ({
  id, projectId: 7, sceneNumber: n, title: heading, description, dialogue: null, duration: 5, order: n, heading, scriptSceneNumber: null, location: "", interior: null,
  timeOfDay: null, settingId: null, startLine: 1, endLine: 2, editedFields: [], characters: [], action, camera: null, prompt: null, lines, stale: [],
});
const frame = (id: number, sceneId: number, n: number, heading: string) => ({
  id, projectId: 7, sceneId, sceneNumber: n, heading, imageUrl: `/api/media/7/frames/scene-${n}.png`, status: "completed", kind: "scene",
  width: 1280, height: 720, errorMessage: null, createdAt: "2026-11-25T10:00:00Z", provider: "painted",
});

function serve() {
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "completed" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(workflowStatus({}, { status: "completed", progress: 100 }))),
    http.get("*/api/projects/7/storyboards", () =>
      HttpResponse.json([frame(31, 11, 1, "INT. COFFEE SHOP - MORNING"), frame(32, 12, 2, "EXT. STREET - DAY"), frame(33, 13, 3, "INT. BOOKSHOP - NIGHT")]),
    ),
    http.get("*/api/projects/7/scenes", () =>
      HttpResponse.json([
        scene(11, 1, "INT. COFFEE SHOP - MORNING", "Alice waits alone by the window.", "She checks her watch twice.", [
          { speaker: "ALICE", text: "I have been waiting for hours.", parenthetical: "(quietly)" },
        ]),
        scene(12, 2, "EXT. STREET - DAY", "Bob runs through the rain.", null, [{ speaker: "BOB", text: "Sorry I am late.", parenthetical: null }]),
        scene(13, 3, "INT. BOOKSHOP - NIGHT", "The shop is closing.", null, []),
      ]),
    ),
  );
}

describe("The storyboard lightbox", () => {
  it("opens a frame large beside its scene's text, moves with the arrow keys, and closes on Escape back to the frame", async () => {
    serve();
    renderApp("/projects/7/storyboard");

    const opener = await screen.findByRole("button", { name: "Open the frame of Scene 1 — INT. COFFEE SHOP - MORNING larger" });
    await userEvent.click(opener);
    const dialog = await screen.findByRole("dialog", { name: "Scene 1 — INT. COFFEE SHOP - MORNING" });
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(within(dialog).getByRole("img")).toHaveAttribute("src", "/api/media/7/frames/scene-1.png");
    expect(dialog).toHaveTextContent("Alice waits alone by the window.");
    expect(dialog).toHaveTextContent("She checks her watch twice.");
    expect(dialog).toHaveTextContent("ALICE(quietly)I have been waiting for hours.");
    expect(within(dialog).getByRole("button", { name: "Close" })).toHaveFocus();
    expect(within(dialog).getByRole("button", { name: /Previous scene/ })).toHaveAttribute("aria-disabled", "true");
    expect(await seriousViolations()).toEqual([]);

    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("dialog", { name: "Scene 2 — EXT. STREET - DAY" })).toHaveTextContent("BOBSorry I am late.");
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: /Next scene/ }));
    expect(screen.getByRole("dialog", { name: "Scene 3 — INT. BOOKSHOP - NIGHT" })).toHaveTextContent("3 of 3");
    expect(within(screen.getByRole("dialog")).getByRole("button", { name: /Next scene/ })).toHaveAttribute("aria-disabled", "true");
    await userEvent.keyboard("{ArrowLeft}");
    expect(screen.getByRole("dialog", { name: "Scene 2 — EXT. STREET - DAY" })).toBeInTheDocument();

    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    // Focus comes back to the frame the user was looking at last.
    expect(screen.getByRole("button", { name: "Open the frame of Scene 2 — EXT. STREET - DAY larger" })).toHaveFocus();
  });

  it("keeps Tab inside the dialog", async () => {
    serve();
    renderApp("/projects/7/storyboard");
    await userEvent.click(await screen.findByRole("button", { name: "Open the frame of Scene 2 — EXT. STREET - DAY larger" }));
    const dialog = await screen.findByRole("dialog");
    const close = within(dialog).getByRole("button", { name: "Close" });
    expect(close).toHaveFocus();
    await userEvent.tab();
    expect(within(dialog).getByRole("button", { name: /Previous scene/ })).toHaveFocus();
    await userEvent.tab();
    expect(within(dialog).getByRole("button", { name: /Next scene/ })).toHaveFocus();
    await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(dialog).getByRole("button", { name: /Next scene/ })).toHaveFocus();
  });
});
