import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { problem, renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { MockEventSource } from "../../../test/mockEventSource";
import { project, workflowStatus } from "../../../test/fixtures";

function serveProject(status = workflowStatus({ parse: { status: "running", progress: 50, message: "Reading scene 1 of 2" } })) {
  let current = status;
  let statusCalls = 0;
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: current.status }))),
    http.get("*/api/workflow/7/status", () => {
      statusCalls++;
      return HttpResponse.json(current);
    }),
    http.get("*/api/projects/7/scenes", () => HttpResponse.json([])),
  );
  return {
    set: (next: typeof status) => (current = next),
    statusCalls: () => statusCalls,
  };
}

describe("The pipeline view", () => {
  it("shows the three phases with each step's state, progress and message", async () => {
    serveProject();
    renderApp("/projects/7");

    const parse = await screen.findByTestId("step-parse");
    expect(parse).toHaveAttribute("data-status", "running");
    expect(within(parse).getByText("Reading scene 1 of 2")).toBeInTheDocument();
    expect(within(parse).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "50");
    for (const step of ["trailer", "storyboard", "prompts", "voices", "clips", "assemble"]) {
      expect(screen.getByTestId(`step-${step}`)).toHaveAttribute("data-status", "pending");
    }
    expect(screen.getByRole("heading", { name: "Phase 1: Script to trailer" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Phase 2: Trailer to storyboard" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Phase 3: Storyboard to movie" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel run" })).toBeInTheDocument();
  });

  it("updates live from the events stream", async () => {
    serveProject();
    renderApp("/projects/7");
    await screen.findByTestId("step-parse");

    const stream = MockEventSource.latest();
    expect(stream.url).toBe("/api/projects/7/events");
    expect(stream.withCredentials).toBe(true);
    act(() => {
      stream.open();
      stream.emit(
        "status",
        workflowStatus({ parse: { status: "completed", progress: 100, message: "Scenes, characters and settings are ready." }, trailer: { status: "running", progress: 30, message: "Cutting the trailer" } }, { currentStep: "trailer", progress: 25 }),
      );
    });

    expect(screen.getByTestId("step-parse")).toHaveAttribute("data-status", "completed");
    expect(screen.getByTestId("step-trailer")).toHaveAttribute("data-status", "running");
    expect(within(screen.getByTestId("step-trailer")).getByText("Cutting the trailer")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Overall progress" })).toHaveAttribute("aria-valuenow", "25");
  });

  it("says so when the stream drops, polls every 2 seconds, and recovers", async () => {
    const api = serveProject();
    renderApp("/projects/7");
    await screen.findByTestId("step-parse");
    const callsBefore = api.statusCalls();

    act(() => MockEventSource.latest().fail());
    expect(await screen.findByText(/Live updates were interrupted/)).toBeInTheDocument();

    api.set(workflowStatus({ parse: { status: "completed", progress: 100 } }, { currentStep: "trailer" }));
    await waitFor(() => expect(screen.getByTestId("step-parse")).toHaveAttribute("data-status", "completed"), { timeout: 4000 });
    expect(api.statusCalls()).toBeGreaterThan(callsBefore);

    // The stream was refused; coming back online opens a new one at once, and once it is open the note goes away.
    act(() => window.dispatchEvent(new Event("online")));
    expect(MockEventSource.instances.length).toBe(2);
    act(() => MockEventSource.latest().open());
    expect(screen.queryByText(/Live updates were interrupted/)).not.toBeInTheDocument();
  });

  it("starts the workflow, and shows the server's sentence when it refuses", async () => {
    serveProject(workflowStatus({}, { status: "draft", runId: null, progress: 0 }));
    const starts: unknown[] = [];
    server.use(
      http.post("*/api/workflow/7/start", async ({ request }) => {
        starts.push(await request.json());
        return problem(409, "A run is already in progress for this project. Wait for it to finish or cancel it.");
      }),
    );
    renderApp("/projects/7");

    await userEvent.click(await screen.findByRole("button", { name: "Start workflow" }));
    expect(await screen.findByText("A run is already in progress for this project. Wait for it to finish or cancel it.")).toBeInTheDocument();
    expect(starts).toEqual([{ maxCostUsd: null }]);
  });

  it("runs a single phase's step from its button", async () => {
    serveProject(workflowStatus({ parse: { status: "completed", progress: 100 }, trailer: { status: "completed", progress: 100 } }, { status: "draft" }));
    let called = false;
    server.use(
      http.post("*/api/phases/trailer-to-storyboard/7/generate", () => {
        called = true;
        return HttpResponse.json({ runId: "r2", statusUrl: "/api/workflow/7/status" }, { status: 202 });
      }),
    );
    renderApp("/projects/7");
    await userEvent.click(await screen.findByRole("button", { name: "Draw storyboard" }));
    await waitFor(() => expect(called).toBe(true));
  });

  it("shows a queued run's place in line", async () => {
    serveProject(workflowStatus({}, { status: "queued", progress: 0, currentStep: null, message: "Waiting for a worker…", queuePosition: 3 }));
    renderApp("/projects/7");
    expect(await screen.findByText("Waiting for a worker… Number 3 in line.")).toBeInTheDocument();
  });

  it("disables the buttons that cannot run yet and says why, and tells where the whole pipeline stands", async () => {
    const parsed = workflowStatus({ parse: { status: "completed", progress: 100 } }, { status: "draft", stepsDone: 1, summary: "Parsed · 1 of 7 steps" });
    const why = "Needs storyboard first (Phase 2).";
    parsed.phases[2].actions = parsed.phases[2].actions.map((a) => ({ ...a, canStart: false, reason: why }));
    serveProject(parsed);
    renderApp("/projects/7");

    expect(await screen.findByTestId("pipeline-summary")).toHaveTextContent("Parsed · 1 of 7 steps");
    expect(screen.getByTestId("pipeline")).toHaveAttribute("data-status", "draft");
    const assemble = screen.getByRole("button", { name: "Assemble movie" });
    expect(assemble).toBeDisabled();
    expect(assemble).toHaveAccessibleDescription(`Write prompts, Generate clips, Assemble movie: ${why}`);
    expect(screen.getByRole("button", { name: "Make trailer" })).toBeEnabled();
    expect(screen.getByTestId("start-hint")).toHaveTextContent(/runs all 7 steps again/);
  });

  it("shows the seed's sentences for a slow run and an unavailable video service", async () => {
    serveProject(workflowStatus({ clips: { status: "running" } }, { message: "Generation is taking longer than expected. You can refresh to check progress." }));
    renderApp("/projects/7");
    expect(await screen.findByText("Generation is taking longer than expected. You can refresh to check progress.")).toBeInTheDocument();

    act(() =>
      MockEventSource.latest().emit(
        "status",
        workflowStatus({ clips: { status: "failed" } }, { status: "failed", message: "Video generation is temporarily unavailable. Your project has been saved — try again in a few minutes." }),
      ),
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Video generation is temporarily unavailable. Your project has been saved — try again in a few minutes.");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("has no serious accessibility problems on the project page", async () => {
    serveProject();
    renderApp("/projects/7");
    await screen.findByTestId("step-parse");
    await screen.findByRole("heading", { name: "Script" });
    expect(await seriousViolations()).toEqual([]);
  });
});
