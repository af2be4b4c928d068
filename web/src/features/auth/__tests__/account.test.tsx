import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { problem, renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import type { Session } from "../../../lib/api/client";

const now = new Date().toISOString();
const session = (id: number, device: string, current: boolean): Session => ({
  id,
  device,
  userAgent: `${device} user agent`,
  ipAddress: `203.0.113.${id}`,
  createdAt: now,
  lastSeenAt: now,
  expiresAt: now,
  current,
});

describe("The account page", () => {
  it("lists where you are signed in and signs one other device out", async () => {
    let sessions = [session(1, "Firefox on Linux", true), session(2, "Safari on iOS", false)];
    const deleted: string[] = [];
    server.use(
      http.get("*/api/auth/sessions", () => HttpResponse.json(sessions)),
      http.delete("*/api/auth/sessions/:id", ({ params }) => {
        deleted.push(String(params.id));
        sessions = sessions.filter((s) => String(s.id) !== params.id);
        return HttpResponse.json({ message: "That device is signed out." });
      }),
    );
    const { container } = renderApp("/account");

    const list = await screen.findByRole("list", { name: "Signed-in devices" });
    expect(within(list).getByText("This device")).toBeInTheDocument();
    expect(within(list).getByText(/203\.0\.113\.2/)).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "Sign out Safari on iOS" }));

    expect(deleted).toEqual(["2"]);
    await expect.poll(() => screen.queryByText("Safari on iOS")).toBeNull();
    expect(screen.getByText("Firefox on Linux")).toBeInTheDocument();
  });

  it("signs out everywhere and goes to the login page", async () => {
    let signedOut = false;
    server.use(
      http.get("*/api/auth/sessions", () => HttpResponse.json([session(1, "Firefox on Linux", true)])),
      http.delete("*/api/auth/sessions", () => {
        signedOut = true;
        return HttpResponse.json({ message: "You are signed out everywhere (1 session ended)." });
      }),
    );
    renderApp("/account");
    server.use(http.get("*/api/auth/me", () => problem(401, "Your session has ended. Please log in again.")));

    await userEvent.click(await screen.findByRole("button", { name: "Sign out everywhere" }));

    expect(await screen.findByRole("heading", { name: "Log in" })).toBeInTheDocument();
    expect(signedOut).toBe(true);
  });

  it("shows the server's sentence when a new password is refused", async () => {
    server.use(
      http.get("*/api/auth/sessions", () => HttpResponse.json([session(1, "Firefox on Linux", true)])),
      http.post("*/api/auth/password", () => problem(400, "That password is one of the most common passwords, so it is guessed first.")),
    );
    renderApp("/account");

    await userEvent.type(await screen.findByLabelText("Current password"), "password123");
    await userEvent.type(screen.getByLabelText("New password"), "football");
    await userEvent.click(screen.getByRole("button", { name: "Change password" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("one of the most common passwords");
  });
});
