import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../test/server";
import { problem, renderApp } from "../../test/render";
import { project, workflowStatus } from "../../test/fixtures";

const tooShort = "Your script needs at least one complete scene to generate a movie. Check that it follows standard screenplay format.";
const scene = { number: 1, heading: "INT. COFFEE SHOP - MORNING", startLine: 1, endLine: 3, characters: ["ALICE"] };

function serveProject(p = project(), status = workflowStatus({}, { status: "draft", runId: null })) {
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(p)),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(status)),
    http.get("*/api/projects/7/scenes", () => HttpResponse.json([])),
  );
}

describe("The small things a first visit trips over", () => {
  it("drops the too-short alert once a valid script is pasted, and names the project without the title page's quotes", async () => {
    let created: unknown;
    server.use(
      http.post("*/api/screenplays/parse", async ({ request }) => {
        const { text } = (await request.json()) as { text: string };
        return HttpResponse.json({ title: '"The Coffee Shop"', format: "fountain", messages: [], scenes: text.includes("INT.") ? [scene] : [], characters: [] });
      }),
      http.post("*/api/projects", async ({ request }) => {
        created = await request.json();
        return HttpResponse.json(project({ sceneCount: 0 }), { status: 201 });
      }),
    );
    serveProject(project({ sceneCount: 0 }));
    renderApp("/projects/new");
    await userEvent.click(await screen.findByLabelText("Screenplay text"));
    await userEvent.paste("hello");
    await screen.findByText(tooShort);
    await userEvent.click(screen.getByRole("button", { name: "Create project" }));
    expect(screen.getByRole("alert")).toHaveTextContent(tooShort);

    await userEvent.clear(screen.getByLabelText("Screenplay text"));
    await userEvent.paste("INT. COFFEE SHOP - MORNING\n\nALICE sits.");
    await waitFor(() => expect(screen.getByTestId("preview-scenes")).toHaveTextContent("1"));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveAttribute("placeholder", "The Coffee Shop");

    await userEvent.click(screen.getByRole("button", { name: "Create project" }));
    await waitFor(() => expect(created).toMatchObject({ title: "The Coffee Shop" }));
    // The new project has no scene rows before its parse: it says what the preview read, not "0 scenes".
    expect(await screen.findByTestId("scene-count")).toHaveTextContent("1 scene in the preview, not parsed yet");
  });

  it("heads a finished project whose scenes were edited since with what is true, not Completed", async () => {
    serveProject(
      project({ status: "completed", progress: 100, stepsDone: 8, stepsTotal: 8, staleScenes: 2, summary: "2 scenes changed since the movie was made · 8 of 8 steps" }),
      workflowStatus({}, { status: "completed", staleScenes: 2, summary: "2 scenes changed since the movie was made · 8 of 8 steps" }),
    );
    renderApp("/projects/7/script");
    const header = (await screen.findByTestId("project-summary")).parentElement!;
    expect(header).toHaveTextContent("Edited · 2 scenes to remake");
    expect(header).not.toHaveTextContent("Completed");
    await waitFor(() => expect(screen.getByTestId("pipeline")).toHaveTextContent("Edited · 2 scenes to remake"));
  });

  it("says an unknown tab does not exist instead of showing the script", async () => {
    serveProject();
    renderApp("/projects/7/scnes");
    expect(await screen.findByText(/This project has no “scnes” section/)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Script" })).not.toBeInTheDocument();
  });

  it("offers no 'Try again' for a project that does not exist", async () => {
    server.use(http.get("*/api/projects/7", () => problem(404, "Project not found.")));
    renderApp("/projects/7");
    expect(await screen.findByText("Project not found.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to your projects" })).toBeInTheDocument();
  });

  it("prices nothing for a draft that was never parsed, and says why", async () => {
    serveProject(project(), workflowStatus({}, { status: "draft", runId: null, scenes: [] }));
    server.use(
      http.get("*/api/projects/7/quote", () =>
        HttpResponse.json({ scenes: [], totalUsd: 0, totalUnits: 0, spentUsd: 0, videoProvider: "animatic", imageProvider: "painted" }),
      ),
      http.get("*/api/projects/7/ledger", () => HttpResponse.json({ entries: [], totalUsd: 0 })),
    );
    renderApp("/projects/7/cost");
    expect(await screen.findByTestId("quote-unparsed")).toHaveTextContent("not been parsed yet");
    expect(screen.queryByText(/nothing is left to pay for/)).not.toBeInTheDocument();
  });

  it("keeps a negative budget from being sent and shows the error at the budget's input", async () => {
    let started = false;
    serveProject();
    server.use(
      http.post("*/api/workflow/7/start", () => {
        started = true;
        return HttpResponse.json({ runId: "r", statusUrl: "/api/workflow/7/status" }, { status: 202 });
      }),
      http.get("*/api/projects/7/quote", () => HttpResponse.json({ scenes: [], totalUsd: 0, totalUnits: 0, spentUsd: 0, videoProvider: "animatic", imageProvider: "painted" })),
      http.get("*/api/projects/7/ledger", () => HttpResponse.json({ entries: [], totalUsd: 0 })),
    );
    renderApp("/projects/7/cost");
    const input = await screen.findByLabelText("Maximum spend for the next run (USD)");
    await userEvent.type(input, "-5");
    await userEvent.click(screen.getByRole("button", { name: /Start workflow/ }));
    expect(started).toBe(false);
    expect(input).toHaveAccessibleDescription(/The budget must be an amount of dollars/);
    expect(screen.queryByText(/maxCostUsd/)).not.toBeInTheDocument();
  });

  it("does not send an empty password", async () => {
    let sent = false;
    server.use(
      http.post("*/api/auth/login", () => {
        sent = true;
        return problem(401, "Wrong email or password.");
      }),
    );
    renderApp("/login", { signedIn: false });
    await userEvent.type(await screen.findByLabelText("Email"), "ada@example.com");
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Enter your password.");
    expect(sent).toBe(false);
  });
});
