import { act, screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { MockEventSource } from "../../../test/mockEventSource";
import { project, workflowStatus } from "../../../test/fixtures";
import { duration, scenesInHand } from "../components/RunActivity";

const activity = (over: Partial<NonNullable<ReturnType<typeof workflowStatus>["activity"]>> = {}) => ({
  step: "clips",
  title: "Clips",
  stepProgress: 40,
  stepStartedAt: "2026-11-25T10:01:00Z",
  elapsedSeconds: 65,
  runElapsedSeconds: 125,
  estimatedSecondsLeft: 120,
  workingOn: [{ sceneNumber: 2, title: "Street" }],
  slow: false,
  notice: null,
  ...over,
});

function serve(status: ReturnType<typeof workflowStatus>) {
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: status.status }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(status)),
    http.get("*/api/projects/7/scenes", () => HttpResponse.json([])),
  );
}

describe("The running step's activity", () => {
  it("names the step and the scene in hand, the time so far and the time left, and follows the stream", async () => {
    serve(workflowStatus({ clips: { status: "running", progress: 40 } }, { currentStep: "clips", progress: 70, activity: activity() }));
    renderApp("/projects/7");

    const line = await screen.findByTestId("run-activity");
    expect(line).toHaveTextContent("Clips · working on scene 2 (Street)");
    expect(screen.getByTestId("run-elapsed")).toHaveTextContent("1 min 05 s so far");
    expect(screen.getByTestId("run-estimate")).toHaveTextContent("about 2 min 00 s left");

    act(() =>
      MockEventSource.latest().emit(
        "status",
        workflowStatus(
          { clips: { status: "running", progress: 80 } },
          { currentStep: "clips", progress: 85, activity: activity({ elapsedSeconds: 130, estimatedSecondsLeft: null, workingOn: [{ sceneNumber: 3, title: "Roof" }, { sceneNumber: 4, title: "Car" }] }) },
        ),
      ),
    );
    expect(screen.getByTestId("run-activity")).toHaveTextContent("working on scenes 3 and 4");
    expect(screen.getByTestId("run-elapsed")).toHaveTextContent("2 min 10 s so far");
    expect(screen.getByTestId("run-estimate")).toHaveTextContent("estimating time left…");
  });

  it("is not shown once the run has ended", async () => {
    serve(workflowStatus({ clips: { status: "completed", progress: 100 } }, { status: "completed", currentStep: null, progress: 100, activity: null }));
    renderApp("/projects/7");
    await screen.findByTestId("step-clips");
    expect(screen.queryByTestId("run-activity")).not.toBeInTheDocument();
  });

  it("says durations and scene lists as a reader would", () => {
    expect(duration(9.4)).toBe("9 s");
    expect(duration(185)).toBe("3 min 05 s");
    expect(duration(3720)).toBe("1 h 02 min");
    expect(scenesInHand([])).toBeNull();
    expect(scenesInHand([{ sceneNumber: 1, title: "A" }, { sceneNumber: 2, title: "B" }, { sceneNumber: 5, title: "C" }])).toBe("scenes 1, 2 and 5");
  });
});
