import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project } from "../../../test/fixtures";

const list = [
  project({ id: 1, title: "The Coffee Shop", status: "completed", progress: 100, thumbnailUrl: "/api/media/1/frames/1.png", message: "Your movie is ready." }),
  project({ id: 2, title: "Brick and Steel", status: "running", progress: 40, message: "Making clip 3 of 8" }),
  project({ id: 3, title: "Printing Trouble", status: "completed_with_errors", progress: 100, message: "2 of 8 scenes failed to generate. You can retry failed scenes or continue with the completed clips." }),
  project({ id: 4, title: "The Last Birthday Card", status: "draft" }),
];

describe("The projects list", () => {
  it("shows each project's status, progress and message", async () => {
    server.use(http.get("*/api/projects", () => HttpResponse.json(list)));
    renderApp("/");

    const coffee = await screen.findByRole("listitem", { name: "The Coffee Shop" });
    expect(within(coffee).getByText("Completed")).toBeInTheDocument();
    expect(within(coffee).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");

    const brick = screen.getByRole("listitem", { name: "Brick and Steel" });
    expect(within(brick).getByText("Running")).toBeInTheDocument();
    expect(within(brick).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "40");
    expect(within(brick).getByText("Making clip 3 of 8")).toBeInTheDocument();

    expect(within(screen.getByRole("listitem", { name: "Printing Trouble" })).getByText("Completed with errors")).toBeInTheDocument();
    expect(within(screen.getByRole("listitem", { name: "The Last Birthday Card" })).getByText("Draft")).toBeInTheDocument();
  });

  it("says a finished movie whose scenes were edited since is edited, not completed", async () => {
    const edited = project({ id: 5, title: "Edited Coffee", status: "completed", progress: 100, staleScenes: 1, summary: "1 scene changed since the movie was made · 8 of 8 steps" });
    server.use(http.get("*/api/projects", () => HttpResponse.json([edited])));
    renderApp("/");

    const card = await screen.findByRole("listitem", { name: "Edited Coffee" });
    expect(within(card).getByText("Edited · 1 scene to remake")).toBeInTheDocument();
    expect(within(card).queryByText("Completed")).not.toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it("deletes a project only after the user confirms", async () => {
    const deleted: string[] = [];
    let remaining = list;
    server.use(
      http.get("*/api/projects", () => HttpResponse.json(remaining)),
      http.delete("*/api/projects/:id", ({ params }) => {
        deleted.push(String(params.id));
        remaining = remaining.filter((p) => String(p.id) !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp("/");

    await userEvent.click(await screen.findByRole("button", { name: "Delete Brick and Steel" }));
    expect(deleted).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Keep it" }));
    expect(deleted).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "Delete Brick and Steel" }));
    await userEvent.click(screen.getByRole("button", { name: "Yes, delete it" }));
    await waitFor(() => expect(screen.queryByRole("listitem", { name: "Brick and Steel" })).not.toBeInTheDocument());
    expect(deleted).toEqual(["2"]);
  });

  it("invites a new user to start a project", async () => {
    server.use(http.get("*/api/projects", () => HttpResponse.json([])));
    renderApp("/");
    expect(await screen.findByRole("link", { name: "Start a project" })).toHaveAttribute("href", "/projects/new");
  });

  it("has no serious accessibility problems", async () => {
    server.use(http.get("*/api/projects", () => HttpResponse.json(list)));
    renderApp("/");
    await screen.findByRole("listitem", { name: "The Coffee Shop" });
    expect(await seriousViolations()).toEqual([]);
  });
});
