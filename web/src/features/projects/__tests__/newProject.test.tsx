import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp, problem } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

const coffeeShop = "INT. COFFEE SHOP - MORNING\n\nALICE sits alone.\n\nALICE\nI have been waiting.\n\nEXT. STREET - DAY\n\nBOB runs.";

const preview = {
  title: null,
  format: "fountain",
  messages: [{ text: "Line 9 looks like a character cue but has no dialogue after it.", line: 9 }],
  scenes: [
    { number: 1, heading: "INT. COFFEE SHOP - MORNING", startLine: 1, endLine: 6, characters: ["ALICE"] },
    { number: 2, heading: "EXT. STREET - DAY", startLine: 8, endLine: 10, characters: ["BOB"] },
  ],
  characters: [
    { name: "ALICE", dialogueLines: 1 },
    { name: "BOB", dialogueLines: 0 },
  ],
};

describe("Creating a project", () => {
  it("previews the scene and character counts and the parser's messages before saving", async () => {
    const parsed: unknown[] = [];
    server.use(
      http.post("*/api/screenplays/parse", async ({ request }) => {
        parsed.push(await request.json());
        return HttpResponse.json(preview);
      }),
    );
    renderApp("/projects/new");

    await userEvent.click(await screen.findByLabelText("Screenplay text"));
    await userEvent.paste(coffeeShop);

    const panel = await screen.findByRole("region", { name: "Preview" });
    expect(await within(panel).findByTestId("preview-scenes")).toHaveTextContent("2");
    expect(within(panel).getByTestId("preview-characters")).toHaveTextContent("2");
    expect(within(panel).getByText("Line 9 looks like a character cue but has no dialogue after it.")).toBeInTheDocument();
    expect(within(panel).getByText("EXT. STREET - DAY")).toBeInTheDocument();
    expect(parsed).toEqual([{ text: coffeeShop }]);
  });

  it("says a script with no complete scene is too short, and does not save it", async () => {
    let created = false;
    server.use(
      http.post("*/api/screenplays/parse", () => HttpResponse.json({ title: null, format: "loose", messages: [], scenes: [], characters: [] })),
      http.post("*/api/projects", () => {
        created = true;
        return HttpResponse.json(project(), { status: 201 });
      }),
    );
    renderApp("/projects/new");
    await userEvent.type(await screen.findByLabelText("Title"), "Tiny");
    await userEvent.click(screen.getByLabelText("Screenplay text"));
    await userEvent.paste("hello");

    const sentence = "Your script needs at least one complete scene to generate a movie. Check that it follows standard screenplay format.";
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Create project" }));
    expect(screen.getByRole("alert")).toHaveTextContent(sentence);
    expect(created).toBe(false);
  });

  it("saves the pasted script with its title and aspect ratio, then opens the project", async () => {
    let body: unknown;
    server.use(
      http.post("*/api/screenplays/parse", () => HttpResponse.json(preview)),
      http.post("*/api/projects", async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(project({ id: 7 }), { status: 201 });
      }),
      http.get("*/api/projects/7", () => HttpResponse.json(project({ id: 7 }))),
      http.get("*/api/workflow/7/status", () => HttpResponse.json(workflowStatus({}, { status: "draft", runId: null }))),
      http.get("*/api/projects/7/scenes", () => HttpResponse.json([])),
    );
    renderApp("/projects/new");
    await userEvent.type(await screen.findByLabelText("Title"), "The Coffee Shop");
    await userEvent.click(screen.getByLabelText("Screenplay text"));
    await userEvent.paste(coffeeShop);
    await userEvent.click(screen.getByLabelText("9:16 · vertical"));
    await screen.findByTestId("preview-scenes");
    await userEvent.click(screen.getByRole("button", { name: "Create project" }));

    expect(await screen.findByRole("heading", { name: "The Coffee Shop", level: 1 })).toBeInTheDocument();
    expect(body).toEqual({ title: "The Coffee Shop", scriptContent: coffeeShop, aspectRatio: "9:16" });
  });

  it("shows the server's message when an upload can't be read", async () => {
    server.use(http.post("*/api/screenplays/parse", () => problem(400, "That PDF has no text layer, so it can't be read. Export it again as text or Fountain.")));
    renderApp("/projects/new");
    await userEvent.click(await screen.findByLabelText("Upload a file"));
    await userEvent.upload(screen.getByLabelText(/Screenplay file/), new File(["%PDF-1.4"], "scan.pdf", { type: "application/pdf" }));

    expect(await screen.findByText("That PDF has no text layer, so it can't be read. Export it again as text or Fountain.")).toBeInTheDocument();
  });

  it("has no serious accessibility problems", async () => {
    server.use(http.post("*/api/screenplays/parse", () => HttpResponse.json(preview)));
    renderApp("/projects/new");
    await userEvent.click(await screen.findByLabelText("Screenplay text"));
    await userEvent.paste(coffeeShop);
    await screen.findByTestId("preview-scenes");
    expect(await seriousViolations()).toEqual([]);
  });
});
