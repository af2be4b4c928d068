import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server } from "../../../test/server";
import { problem, renderApp } from "../../../test/render";
import { seriousViolations } from "../../../test/axe";
import { project, user, workflowStatus } from "../../../test/fixtures";

describe("Logging in", () => {
  it("shows the server's message when the password is wrong", async () => {
    server.use(http.post("*/api/auth/login", () => problem(401, "That email and password don't match an account.")));
    renderApp("/login", { signedIn: false });

    await userEvent.type(await screen.findByLabelText("Email"), "ada@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "wrong-password");
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("That email and password don't match an account.");
  });

  it("takes a signed-in user to their projects", async () => {
    let signedIn = false;
    server.use(
      http.post("*/api/auth/login", () => {
        signedIn = true;
        return HttpResponse.json(user);
      }),
      http.get("*/api/projects", () => HttpResponse.json([])),
    );
    renderApp("/login", { signedIn: false });
    server.use(http.get("*/api/auth/me", () => (signedIn ? HttpResponse.json(user) : problem(401, "Please log in to continue."))));

    await userEvent.type(await screen.findByLabelText("Email"), "ada@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "correct-horse-1");
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));

    expect(await screen.findByRole("heading", { name: "Your projects" })).toBeInTheDocument();
  });

  it("sends a visitor who is not logged in to the login page", async () => {
    renderApp("/projects/7", { signedIn: false });
    expect(await screen.findByRole("heading", { name: "Log in" })).toBeInTheDocument();
  });

  it("says the session expired when a signed-in call answers 401, and logging in returns to the page", async () => {
    sessionStorage.clear();
    let expired = true;
    server.use(
      http.get("*/api/projects/7", () => (expired ? problem(401, "Please log in to continue.") : HttpResponse.json(project()))),
      http.get("*/api/workflow/7/status", () => (expired ? problem(401, "Please log in to continue.") : HttpResponse.json(workflowStatus()))),
      http.get("*/api/projects/7/scenes", () => HttpResponse.json([])),
    );
    renderApp("/projects/7");

    expect(await screen.findByText("Your session has expired. Log in again to pick up where you left off.")).toBeInTheDocument();

    server.use(
      http.post("*/api/auth/login", () => {
        expired = false;
        return HttpResponse.json(user);
      }),
      http.get("*/api/auth/me", () => (expired ? problem(401, "Please log in to continue.") : HttpResponse.json(user))),
    );
    await userEvent.type(screen.getByLabelText("Email"), "ada@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "correct-horse-1");
    await userEvent.click(screen.getByRole("button", { name: "Log in" }));

    expect(await screen.findByRole("heading", { name: "The Coffee Shop" })).toBeInTheDocument();
  });

  it("shows the register form's error message from the server", async () => {
    server.use(http.post("*/api/auth/register", () => problem(409, "An account with that email already exists. Log in instead.")));
    renderApp("/register", { signedIn: false });

    await userEvent.type(await screen.findByLabelText("Name"), "Ada");
    await userEvent.type(screen.getByLabelText("Email"), "ada@example.com");
    await userEvent.type(screen.getByLabelText("Password"), "correct-horse-1");
    await userEvent.click(screen.getByRole("button", { name: "Create account" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("An account with that email already exists. Log in instead.");
  });

  it("has no serious accessibility problems on the login and register pages", async () => {
    const login = renderApp("/login", { signedIn: false });
    await screen.findByRole("heading", { name: "Log in" });
    expect(await seriousViolations()).toEqual([]);
    login.unmount();

    renderApp("/register", { signedIn: false });
    await screen.findByRole("heading", { name: "Create an account" });
    expect(await seriousViolations()).toEqual([]);
  });
});
