import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

const alice = {
  id: 21, projectId: 7, name: "ALICE", visualDescription: "A woman in her thirties in a green coat.", aliases: [], firstSceneId: 11, dialogueLines: 2,
  voice: "espeak:en-us+f3:p55:s165", voicePreviewUrl: "/api/projects/7/characters/21/voice-preview", editedFields: [], personName: null, period: null,
};

function serve() {
  const calls: { approved?: unknown; upload?: number } = {};
  let sheet = {
    characterId: 21, name: "ALICE", state: "draft", frontUrl: "/api/media/7/cast/21/front.png?v=0", elementRegistered: true, frontUploaded: false,
    angleUrls: [1, 2, 3].map((n) => `/api/media/7/cast/21/angle-${n}.png?v=0`),
  };
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "draft" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(workflowStatus({}, { status: "draft" }))),
    http.get("*/api/voices", () => HttpResponse.json({ accents: [{ id: "en-us", name: "English (America)" }], variants: [{ id: "f3", name: "female3", gender: "female" }] })),
    http.get("*/api/projects/7/characters", () => HttpResponse.json([alice])),
    http.get("*/api/projects/7/characters/sheets", () => HttpResponse.json([sheet])),
    http.patch("*/api/projects/7/characters/21/sheet", async ({ request }) => {
      calls.approved = ((await request.json()) as { approved: boolean }).approved;
      sheet = { ...sheet, state: calls.approved ? "approved" : "draft" };
      return HttpResponse.json(sheet);
    }),
    http.post("*/api/projects/7/characters/21/sheet/front", async ({ request }) => {
      const picture = (await request.formData()).get("picture") as File;
      calls.upload = picture.size;
      sheet = { ...sheet, state: "draft", frontUploaded: true, elementRegistered: false, angleUrls: [], frontUrl: "/api/media/7/cast/21/front.png?v=1" };
      return HttpResponse.json({ runId: "r1", statusUrl: "/api/workflow/7/status" }, { status: 202 });
    }),
  );
  return calls;
}

describe("A character's cast sheet", () => {
  it("shows the front view and three angles as a draft, approves it, and sends a picture of the user's own as the front view", async () => {
    const calls = serve();
    renderApp("/projects/7/characters");
    const sheet = await screen.findByRole("region", { name: "ALICE's cast sheet" });
    expect(within(sheet).getAllByRole("img").map((i) => i.getAttribute("alt"))).toEqual(["ALICE, front view", "ALICE, angle 1 view", "ALICE, angle 2 view", "ALICE, angle 3 view"]);
    expect(sheet).toHaveTextContent("Draft");
    expect(sheet).toHaveTextContent("Clips will use this sheet as it is");

    await userEvent.click(within(sheet).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(sheet).toHaveAttribute("data-state", "approved"));
    expect(calls.approved).toBe(true);
    expect(within(sheet).getByRole("button", { name: "Undo approval" })).toBeEnabled();

    const file = new File([new Uint8Array([137, 80, 78, 71])], "alice.png", { type: "image/png" });
    await userEvent.upload(within(sheet).getByLabelText("Picture for ALICE's front view"), file);
    await waitFor(() => expect(calls.upload).toBe(4));
    expect(await within(sheet).findByText("Front view: your picture")).toBeInTheDocument();
    expect(sheet).toHaveAttribute("data-state", "draft");
    expect(within(sheet).getAllByRole("img")).toHaveLength(1);
    expect(within(sheet).getByRole("button", { name: "Approve" })).toBeDisabled();
    expect(await seriousViolations()).toEqual([]);
  });
});
