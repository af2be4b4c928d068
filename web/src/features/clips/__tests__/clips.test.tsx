import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

const done = { status: "completed", progress: 100 };
const failedRun = workflowStatus(
  { parse: done, trailer: done, storyboard: done, prompts: done, voices: done, clips: { status: "failed", progress: 100, message: "1 of 2 scenes failed." }, assemble: done },
  {
    status: "completed_with_errors",
    progress: 100,
    currentStep: null,
    message: "1 of 2 scenes failed to generate. You can retry failed scenes or continue with the completed clips.",
    scenes: [
      { sceneId: 11, sceneNumber: 1, title: "Coffee shop", storyboard: "completed", voice: "completed", clip: "completed", errorMessage: null },
      { sceneId: 12, sceneNumber: 2, title: "Street", storyboard: "completed", voice: "completed", clip: "failed", errorMessage: "The video service did not answer within 10 minutes." },
    ],
  },
);

const clips = [
  { sceneId: 11, sceneNumber: 1, heading: "INT. COFFEE SHOP - MORNING", status: "completed", clipUrl: "/api/media/7/clips/scene-1.mp4", duration: 6.5, provider: "animatic", frameUrl: "/api/media/7/frames/scene-1.png", errorMessage: null },
  { sceneId: 12, sceneNumber: 2, heading: "EXT. STREET - DAY", status: "failed", clipUrl: null, duration: null, provider: "mock", frameUrl: "/api/media/7/frames/scene-2.png", errorMessage: "The video service did not answer within 10 minutes." },
];

function serve() {
  const calls: string[] = [];
  server.use(
    http.get("*/api/projects/7/clips", () => HttpResponse.json(clips)),
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "completed_with_errors" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(failedRun)),
    http.post("*/api/projects/7/scenes/:sceneId/retry", ({ params }) => {
      calls.push(`retry scene ${params.sceneId}`);
      return HttpResponse.json({ runId: "r2", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
    http.post("*/api/workflow/7/retry-failed", () => {
      calls.push("retry failed");
      return HttpResponse.json({ runId: "r3", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
  );
  return calls;
}

describe("The clips tab", () => {
  it("shows a failed scene's error message and retries that scene", async () => {
    const calls = serve();
    renderApp("/projects/7/clips");

    const row = await screen.findByTestId("clip-scene-2");
    expect(row).toHaveAttribute("data-status", "failed");
    expect(within(row).getByText("The video service did not answer within 10 minutes.")).toBeInTheDocument();
    expect(screen.getByTestId("clip-scene-1")).toHaveAttribute("data-status", "completed");

    await userEvent.click(within(row).getByRole("button", { name: "Retry scene 2" }));
    await waitFor(() => expect(calls).toEqual(["retry scene 12"]));
  });

  it("says how many scenes failed and retries all of them", async () => {
    const calls = serve();
    renderApp("/projects/7/clips");

    const tab = await screen.findByRole("region", { name: "Clips" });
    expect(within(tab).getByText("1 of 2 scenes failed to generate. You can retry failed scenes or continue with the completed clips.")).toBeInTheDocument();
    await userEvent.click(within(tab).getByRole("button", { name: "Retry failed scenes" }));
    await waitFor(() => expect(calls).toEqual(["retry failed"]));
  });

  it("lets the user continue with the completed clips from the pipeline's message", async () => {
    serve();
    server.use(http.get("*/api/projects/7/movie", () => HttpResponse.json({ status: "pending" }, { status: 404 })));
    renderApp("/projects/7/clips");
    const pipeline = await screen.findByTestId("pipeline");
    await userEvent.click(within(pipeline).getByRole("button", { name: "Continue with completed clips" }));
    expect(await screen.findByRole("heading", { name: "Movie", level: 2 })).toBeInTheDocument();
  });

  it("shows each scene's frame, plays its clip where it stands when the frame is pressed, and offers it as a download", async () => {
    serve();
    renderApp("/projects/7/clips");

    const first = await screen.findByTestId("clip-scene-1");
    const play = await within(first).findByRole("button", { name: "Play the clip of scene 1" });
    expect(play.querySelector("img")).toHaveAttribute("src", "/api/media/7/frames/scene-1.png");
    expect(within(first).getByRole("link", { name: /Download clip 1/ })).toHaveAttribute("href", "/api/media/7/clips/scene-1.mp4");
    expect(within(first).getByText("0:07")).toBeInTheDocument();
    // A failed scene shows its frame, but there is nothing to play or download.
    const second = screen.getByTestId("clip-scene-2");
    expect(second.querySelector("img")).toHaveAttribute("src", "/api/media/7/frames/scene-2.png");
    expect(within(second).queryByRole("button", { name: /Play/ })).not.toBeInTheDocument();
    expect(within(second).queryByRole("link", { name: /Download/ })).not.toBeInTheDocument();

    play.focus();
    await userEvent.keyboard("{Enter}");
    const video = await within(first).findByTestId("clip-video");
    expect(video).toHaveAttribute("src", "/api/media/7/clips/scene-1.mp4");
    expect(video).toHaveAccessibleName("Clip of scene 1");
    expect(video).toHaveFocus();
  });

  it("has no serious accessibility problems while a clip plays", async () => {
    serve();
    renderApp("/projects/7/clips");
    await userEvent.click(await screen.findByRole("button", { name: "Play the clip of scene 1" }));
    await screen.findByTestId("clip-video");
    expect(await seriousViolations()).toEqual([]);
  });

  it("has no serious accessibility problems", async () => {
    serve();
    renderApp("/projects/7/clips");
    await screen.findByTestId("clip-scene-2");
    expect(await seriousViolations()).toEqual([]);
  });
});
