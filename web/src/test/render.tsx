import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { QueryClient } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { App } from "../app/App";
import { Providers } from "../app/Providers";
import { server } from "./server";
import { user } from "./fixtures";

/** Renders the whole app at a route, as a signed-in user unless told otherwise. */
export function renderApp(route: string, { signedIn = true } = {}) {
  server.use(
    http.get("*/api/auth/me", () =>
      signedIn ? HttpResponse.json(user) : HttpResponse.json({ status: 401, message: "Please log in to continue." }, { status: 401 }),
    ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  return render(
    <MemoryRouter initialEntries={[route]}>
      <Providers client={client}>
        <App />
      </Providers>
    </MemoryRouter>,
  );
}

export const problem = (status: number, message: string) =>
  HttpResponse.json({ type: "about:blank", title: "Error", status, detail: message, message }, { status, headers: { "content-type": "application/problem+json" } });
