import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { problem, renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import type { ApiToken } from "../api/useTokens";

const now = new Date().toISOString();
const token = (id: number, name: string, extra: Partial<ApiToken> = {}): ApiToken => ({
  id,
  name,
  prefix: `s2m_Ab${id}`,
  scopes: ["runs:write", "runs:read"],
  createdAt: now,
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...extra,
});

describe("The integrations page", () => {
  // the page's webhooks section, beside the tokens under test: empty.
  beforeEach(() => server.use(http.get("*/api/webhooks", () => HttpResponse.json([]))));

  it("creates a token and shows it once with a copy button", async () => {
    let tokens: ApiToken[] = [];
    let sent: unknown;
    server.use(
      http.get("*/api/tokens", () => HttpResponse.json(tokens)),
      http.post("*/api/tokens", async ({ request }) => {
        sent = await request.json();
        const made = token(7, "Decode Shorts", { scopes: ["runs:read"], expiresAt: now });
        tokens = [made];
        return HttpResponse.json({ token: "s2m_secretsecretsecret", details: made }, { status: 201 });
      }),
    );
    const { container } = renderApp("/integrations");

    expect(await screen.findByText(/No tokens yet/)).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
    await userEvent.type(screen.getByLabelText("Name"), "Decode Shorts");
    await userEvent.click(screen.getByRole("checkbox", { name: /runs:write/ }));
    await userEvent.click(screen.getByRole("checkbox", { name: /media:read/ }));
    await userEvent.selectOptions(screen.getByLabelText("Expires after"), "30 days");
    await userEvent.click(screen.getByRole("button", { name: "Create token" }));

    expect(sent).toEqual({ name: "Decode Shorts", scopes: ["runs:read"], expiresInDays: 30 });
    expect(await screen.findByLabelText("New token")).toHaveTextContent("s2m_secretsecretsecret");
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy token" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "API tokens" });
    expect(within(list).getByText("Decode Shorts")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByLabelText("New token")).toBeNull();
  });

  it("lists tokens with their scopes and revokes one", async () => {
    let tokens = [token(1, "Decode Shorts", { lastUsedAt: now }), token(2, "Old script", { revokedAt: now })];
    const revoked: string[] = [];
    server.use(
      http.get("*/api/tokens", () => HttpResponse.json(tokens)),
      http.delete("*/api/tokens/:id", ({ params }) => {
        revoked.push(String(params.id));
        tokens = tokens.map((t) => (String(t.id) === params.id ? { ...t, revokedAt: now } : t));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp("/integrations");

    const list = await screen.findByRole("list", { name: "API tokens" });
    expect(within(list).getAllByText("runs:write, runs:read")).toHaveLength(2);
    expect(within(list).getByText("Revoked")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Revoke Old script" })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Revoke Decode Shorts" }));

    expect(revoked).toEqual(["1"]);
    await expect.poll(() => screen.queryByRole("button", { name: "Revoke Decode Shorts" })).toBeNull();
  });

  it("shows the server's sentence when a token is refused", async () => {
    server.use(
      http.get("*/api/tokens", () => HttpResponse.json([])),
      http.post("*/api/tokens", () => problem(409, "You have 50 tokens already. Revoke one you no longer use first.")),
    );
    renderApp("/integrations");

    await userEvent.type(await screen.findByLabelText("Name"), "One too many");
    await userEvent.click(screen.getByRole("button", { name: "Create token" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("50 tokens already");
  });
});
