import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ExportMenu } from "../components/ExportMenu";

describe("ExportMenu", () => {
  it("offers the bundle and one download per format, each for this project", async () => {
    render(<ExportMenu projectId={7} />);
    await userEvent.click(screen.getByText("Export for editing"));
    const links = screen.getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "/api/projects/7/exports/bundle.zip",
      ...["otio", "fcpxml", "xml", "edl", "srt", "vtt", "pdf"].map((f) => `/api/projects/7/exports/${f}`),
    ]);
    expect(screen.getByRole("link", { name: "Storyboard (.pdf)" })).toHaveAttribute("download");
  });
});
