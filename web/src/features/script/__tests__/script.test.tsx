import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { project, workflowStatus } from "../../../test/fixtures";

describe("Editing the script", () => {
  it("shows what a rebuild would remake and cost before it saves and runs anything", async () => {
    const calls: { url: string; body?: unknown }[] = [];
    server.use(
      http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "completed" }))),
      http.get("*/api/workflow/7/status", () => HttpResponse.json(workflowStatus({}, { status: "completed" }))),
      http.get("*/api/projects/7/scenes", () => HttpResponse.json([])),
      http.post("*/api/projects/7/rebuild-preview", async ({ request }) => {
        calls.push({ url: "rebuild-preview", body: await request.json() });
        return HttpResponse.json({ unchanged: 1, changed: 1, added: 0, removed: 0, usd: 0.7, keptTakes: 0, summary: "1 scene changed: $0.70" });
      }),
      http.patch("*/api/projects/7", async ({ request }) => {
        calls.push({ url: "patch", body: await request.json() });
        return HttpResponse.json(project());
      }),
      http.post("*/api/workflow/7/start", () => {
        calls.push({ url: "start" });
        return HttpResponse.json({ runId: "r2", statusUrl: "/api/workflow/7/status" }, { status: 202 });
      }),
    );
    renderApp("/projects/7/script");
    await userEvent.click(await screen.findByRole("button", { name: "Edit script" }));
    const text = screen.getByLabelText("Screenplay text");
    await userEvent.type(text, "\n\nBOB\nI brought flowers.");
    expect(screen.getByRole("button", { name: "Save and rebuild" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Check what changes" }));
    expect(await screen.findByTestId("rebuild-summary")).toHaveTextContent("1 scene changed: $0.70 The other 1 scene keeps its frames, voices and clips.");
    expect(calls).toEqual([{ url: "rebuild-preview", body: { scriptContent: expect.stringContaining("I brought flowers.") } }]);

    await userEvent.click(screen.getByRole("button", { name: "Save and rebuild" }));
    await waitFor(() => expect(calls.map((c) => c.url)).toEqual(["rebuild-preview", "patch", "start"]));
  });
});
