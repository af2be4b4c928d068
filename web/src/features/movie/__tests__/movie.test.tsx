import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { movie, project, workflowStatus } from "../../../test/fixtures";

function serve(m: ReturnType<typeof movie> | null = movie()) {
  server.use(
    http.get("*/api/projects/7/clips", () =>
      HttpResponse.json([
        { sceneId: 11, sceneNumber: 1, heading: "INT. COFFEE SHOP - MORNING", status: "completed", clipUrl: "/api/media/7/clips/scene-1.mp4", duration: 20, provider: "mock", frameUrl: "/api/media/7/frames/scene-1.png", errorMessage: null },
        { sceneId: 12, sceneNumber: 2, heading: "EXT. STREET - DAY", status: "failed", clipUrl: null, duration: null, provider: "mock", frameUrl: "/api/media/7/frames/scene-2.png", errorMessage: null },
      ]),
    ),
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "completed" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(workflowStatus({}, { status: "completed", progress: 100 }))),
    http.get("*/api/projects/7/movie", () => (m ? HttpResponse.json(m) : HttpResponse.json({ message: "No movie yet." }, { status: 404 }))),
    http.get("*/api/media/7/movie/manifest.json", () =>
      HttpResponse.json({
        title: "The Coffee Shop",
        duration: 42.5,
        scenes: [
          { sceneId: 11, sceneNumber: 1, heading: "INT. COFFEE SHOP - MORNING", start: 0, end: 20, startLine: 1, endLine: 6, clip: "mock", standIn: false },
          { sceneId: 12, sceneNumber: 2, heading: "EXT. STREET - DAY", start: 20, end: 42.5, startLine: 8, endLine: 10, clip: "animatic", standIn: true },
        ],
        lines: [],
      }),
    ),
  );
}

describe("The movie tab", () => {
  it("plays the movie with the subtitle track on by default", async () => {
    serve();
    renderApp("/projects/7/movie");

    const player = await screen.findByTestId("movie-player");
    expect(player).toHaveAttribute("src", "/api/media/7/movie/movie.mp4");
    const track = player.querySelector("track")!;
    expect(track).toHaveAttribute("kind", "subtitles");
    expect(track).toHaveAttribute("src", "/api/media/7/movie/movie.vtt");
    expect(track).toHaveAttribute("default");
  });

  it("offers the MP4, SRT, VTT and manifest as downloads", async () => {
    serve();
    renderApp("/projects/7/movie");

    expect(await screen.findByRole("link", { name: /Download MP4/ })).toHaveAttribute("href", "/api/media/7/movie/movie.mp4");
    expect(screen.getByRole("link", { name: /Download SRT/ })).toHaveAttribute("href", "/api/media/7/movie/movie.srt");
    expect(screen.getByRole("link", { name: /Download VTT/ })).toHaveAttribute("href", "/api/media/7/movie/movie.vtt");
    expect(screen.getByRole("link", { name: /Download manifest/ })).toHaveAttribute("href", "/api/media/7/movie/manifest.json");
  });

  it("lists the scenes as chapters and jumps to one", async () => {
    serve();
    renderApp("/projects/7/movie");

    const chapters = await screen.findByRole("navigation", { name: "Chapters" });
    const street = await within(chapters).findByRole("button", { name: /EXT. STREET - DAY/ });
    expect(street).toHaveTextContent("0:20");
    expect(street).toHaveTextContent("storyboard stand-in");
    await userEvent.click(street);
    expect((screen.getByTestId("movie-player") as HTMLVideoElement).currentTime).toBe(20);
  });

  it("shows a filmstrip of the scenes that seeks the movie and marks the scene playing", async () => {
    serve();
    renderApp("/projects/7/movie");

    const strip = await screen.findByRole("navigation", { name: "Filmstrip" });
    const coffee = await within(strip).findByRole("button", { name: "0:00 1. INT. COFFEE SHOP - MORNING" });
    const street = within(strip).getByRole("button", { name: "0:20 2. EXT. STREET - DAY" });
    await waitFor(() => expect(coffee.querySelector("img")).toHaveAttribute("src", "/api/media/7/frames/scene-1.png"));
    expect(coffee).toHaveAttribute("aria-current", "true");
    expect(street).not.toHaveAttribute("aria-current");

    await userEvent.click(street);
    const player = screen.getByTestId("movie-player") as HTMLVideoElement;
    expect(player.currentTime).toBe(20);
    expect(street).toHaveAttribute("aria-current", "true");

    // As the movie plays back into the first scene, the strip follows it.
    player.currentTime = 5;
    fireEvent(player, new Event("timeupdate"));
    expect(coffee).toHaveAttribute("aria-current", "true");
    expect(street).not.toHaveAttribute("aria-current");
    expect(await seriousViolations()).toEqual([]);
  });

  it("says which kind of failure the finished movie carries", async () => {
    serve();
    const scenes = (storyboard: string, clip: string) => [
      { sceneId: 11, sceneNumber: 1, title: "Coffee shop", storyboard: "completed", voice: "completed", clip: "completed", errorMessage: null },
      { sceneId: 12, sceneNumber: 2, title: "Street", storyboard, voice: "completed", clip, errorMessage: "Kling refused it." },
    ];
    server.use(
      http.get("*/api/workflow/7/status", () =>
        HttpResponse.json(workflowStatus({}, { status: "completed_with_errors", progress: 100, scenes: scenes("failed", "completed") })),
      ),
    );
    renderApp("/projects/7/movie");
    expect(await screen.findByText(/Some storyboard pictures failed, so those scenes were made without one/)).toBeInTheDocument();
    expect(screen.queryByText(/stands in for the clip/)).not.toBeInTheDocument();
  });

  it("says the movie isn't ready instead of showing an empty player", async () => {
    serve(null);
    renderApp("/projects/7/movie");
    expect(await screen.findByText("The movie isn't ready yet.")).toBeInTheDocument();
    expect(screen.queryByTestId("movie-player")).not.toBeInTheDocument();
  });

  it("has no serious accessibility problems", async () => {
    serve();
    renderApp("/projects/7/movie");
    await within(await screen.findByRole("navigation", { name: "Chapters" })).findByRole("button", { name: /EXT. STREET - DAY/ });
    expect(await seriousViolations()).toEqual([]);
  });
});
