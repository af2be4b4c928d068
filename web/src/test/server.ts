import { setupServer } from "msw/node";

/** Each test adds the handlers it needs; unhandled requests fail the test. */
export const server = setupServer();
