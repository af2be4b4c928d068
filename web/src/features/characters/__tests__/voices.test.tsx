import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, workflowStatus } from "../../../test/fixtures";

const catalog = {
  accents: [
    { id: "en-us", name: "English (America)" },
    { id: "en-gb-scotland", name: "English (Scotland)" },
  ],
  variants: [
    { id: "f3", name: "female3", gender: "female" },
    { id: "m3", name: "male3", gender: "male" },
  ],
};

function serve() {
  const saved: unknown[] = [];
  let voice = "espeak:en-us+f3:p55:s165";
  server.use(
    http.get("*/api/projects/7", () => HttpResponse.json(project({ status: "completed" }))),
    http.get("*/api/workflow/7/status", () => HttpResponse.json(workflowStatus({}, { status: "completed", progress: 100 }))),
    http.get("*/api/voices", () => HttpResponse.json(catalog)),
    http.get("*/api/projects/7/characters/sheets", () => HttpResponse.json([])),
    http.get("*/api/projects/7/characters", () =>
      HttpResponse.json([
        {
          id: 21, projectId: 7, name: "ALICE", visualDescription: "A woman in her thirties in a green coat.", aliases: [], firstSceneId: 11, dialogueLines: 2,
          voice, voicePreviewUrl: "/api/projects/7/characters/21/voice-preview", editedFields: [], personName: null, period: null,
        },
      ]),
    ),
    http.patch("*/api/projects/7/characters/21", async ({ request }) => {
      const body = (await request.json()) as { voice: string };
      saved.push(body);
      voice = body.voice;
      return HttpResponse.json({});
    }),
  );
  return saved;
}

describe("Choosing a character's voice", () => {
  it("offers the installed voices with the saved one chosen, previews a change before saving, then saves it", async () => {
    const saved = serve();
    renderApp("/projects/7/characters");
    const card = await screen.findByRole("listitem", { name: "ALICE" });
    const accent = within(card).getByLabelText("Accent");
    await waitFor(() => expect(accent).toBeEnabled());
    expect(accent).toHaveValue("en-us");
    expect(within(card).getByLabelText("Voice", { selector: "select" })).toHaveValue("f3");
    expect(within(card).getByLabelText(/Pitch/)).toHaveValue("55");
    expect(within(card).getByLabelText(/Speed/)).toHaveValue("165");
    expect(within(accent).getAllByRole("option").map((o) => o.textContent)).toEqual(["English (America)", "English (Scotland)"]);
    const save = within(card).getByRole("button", { name: "Save voice" });
    expect(save).toBeDisabled();

    await userEvent.selectOptions(accent, "en-gb-scotland");
    await userEvent.selectOptions(within(card).getByLabelText("Voice", { selector: "select" }), "m3");
    await userEvent.click(within(card).getByRole("button", { name: "Play ALICE's voice" }));
    // The preview speaks the voice as chosen now, before it is saved.
    expect(card.querySelector("audio")).toHaveAttribute("src", `/api/projects/7/characters/21/voice-preview?voice=${encodeURIComponent("espeak:en-gb-scotland+m3:p55:s165")}`);
    expect(saved).toEqual([]);

    await userEvent.click(save);
    await waitFor(() => expect(saved).toEqual([{ visualDescription: null, voice: "espeak:en-gb-scotland+m3:p55:s165" }]));
    expect(await within(card).findByText(/Saved\. Their lines will be voiced again/)).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
