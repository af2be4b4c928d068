import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { problem, renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import type { WebhookDelivery, WebhookEndpoint } from "../api/useWebhooks";

const now = new Date().toISOString();
const endpoint = (id: number, url: string, enabled = true): WebhookEndpoint => ({
  id,
  url,
  description: null,
  events: ["run.completed", "run.failed", "run.cancelled"],
  enabled,
  disabledReason: null,
  projectId: null,
  createdAt: now,
  updatedAt: now,
  previousSecretUntil: null,
});
const delivery = (id: number, status: string): WebhookDelivery => ({
  id,
  messageId: `msg_${id}`,
  eventType: "run.completed",
  runId: "run_1",
  status,
  attempts: 2,
  lastStatusCode: 500,
  lastError: "The receiver answered 500 instead of a 2xx status.",
  nextAttemptAt: now,
  lastAttemptAt: now,
  deliveredAt: null,
  createdAt: now,
});

// The first test renders the app cold and runs axe: seconds on a loaded machine.
describe("The webhooks section", { timeout: 20_000 }, () => {
  // the page's token list, beside the section under test: empty.
  beforeEach(() => server.use(http.get("*/api/tokens", () => HttpResponse.json([]))));

  it("adds an endpoint and shows its secret once, with a copy button", async () => {
    let endpoints: WebhookEndpoint[] = [];
    let sent: unknown;
    server.use(
      http.get("*/api/webhooks", () => HttpResponse.json(endpoints)),
      http.post("*/api/webhooks", async ({ request }) => {
        sent = await request.json();
        const created = endpoint(7, "https://shorts.example/hooks");
        endpoints = [created];
        return HttpResponse.json({ secret: "whsec_c2VjcmV0LXNob3duLW9uY2U=", endpoint: created }, { status: 201 });
      }),
    );
    const { container } = renderApp("/integrations");

    await userEvent.click(await screen.findByLabelText("Endpoint URL"));
    await userEvent.paste("https://shorts.example/hooks");
    await userEvent.click(screen.getByRole("checkbox", { name: "run.started" }));
    await userEvent.click(screen.getByRole("button", { name: "Add endpoint" }));

    expect(await screen.findByText("whsec_c2VjcmV0LXNob3duLW9uY2U=")).toBeInTheDocument();
    expect(sent).toEqual({ url: "https://shorts.example/hooks", events: ["run.completed", "run.failed", "run.cancelled", "run.started"], description: null });
    const list = await screen.findByRole("list", { name: "Webhook endpoints" });
    expect(within(list).getByText("https://shorts.example/hooks")).toBeInTheDocument();
    const copy = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText: copy }, configurable: true });
    await userEvent.click(screen.getByRole("button", { name: "Copy secret" }));
    expect(copy).toHaveBeenCalledWith("whsec_c2VjcmV0LXNob3duLW9uY2U=");
    expect(await seriousViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "I have saved it" }));
    expect(screen.queryByText("whsec_c2VjcmV0LXNob3duLW9uY2U=")).toBeNull();
  });

  it("shows the server's sentence when a URL is refused", async () => {
    server.use(
      http.get("*/api/webhooks", () => HttpResponse.json([])),
      http.post("*/api/webhooks", () => problem(400, "A webhook URL must use https://.")),
    );
    renderApp("/integrations");

    await userEvent.click(await screen.findByLabelText("Endpoint URL"));
    await userEvent.paste("http://shorts.example/hooks");
    await userEvent.click(screen.getByRole("button", { name: "Add endpoint" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("must use https://");
  });

  it("turns an endpoint off, sends a test event, lists deliveries with their failure sentence, resends one and deletes the endpoint", async () => {
    let endpoints = [endpoint(3, "https://shorts.example/hooks")];
    const calls: string[] = [];
    server.use(
      http.get("*/api/webhooks", () => HttpResponse.json(endpoints)),
      http.patch("*/api/webhooks/:id", async ({ params, request }) => {
        const body = (await request.json()) as { enabled: boolean };
        calls.push(`patch ${params.id} ${body.enabled}`);
        endpoints = endpoints.map((e) => ({ ...e, enabled: body.enabled }));
        return HttpResponse.json(endpoints[0]);
      }),
      http.post("*/api/webhooks/:id/test", ({ params }) => {
        calls.push(`test ${params.id}`);
        return HttpResponse.json(delivery(9, "pending"), { status: 202 });
      }),
      http.get("*/api/webhooks/:id/deliveries", () => HttpResponse.json({ items: [delivery(9, "pending")], page: 1, pageSize: 20, total: 1 })),
      http.post("*/api/webhooks/:id/deliveries/:deliveryId/redeliver", ({ params }) => {
        calls.push(`redeliver ${params.deliveryId}`);
        return HttpResponse.json(delivery(9, "pending"), { status: 202 });
      }),
      http.delete("*/api/webhooks/:id", ({ params }) => {
        calls.push(`delete ${params.id}`);
        endpoints = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp("/integrations");

    await userEvent.click(await screen.findByRole("button", { name: "Send test event" }));
    const log = await screen.findByRole("list", { name: "Deliveries to https://shorts.example/hooks" });
    expect(within(log).getByText("The receiver answered 500 instead of a 2xx status.")).toBeInTheDocument();
    await userEvent.click(within(log).getByRole("button", { name: "Resend run.completed msg_9" }));

    await userEvent.click(screen.getByRole("button", { name: "Turn off" }));
    expect(await screen.findByRole("button", { name: "Turn on" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Send test event" })).toBeDisabled();

    await userEvent.click(screen.getByRole("button", { name: "Delete https://shorts.example/hooks" }));
    expect(await screen.findByText("No webhook endpoints yet.")).toBeInTheDocument();
    expect(calls).toEqual(["test 3", "redeliver 9", "patch 3 false", "delete 3"]);
  });
});
