/** An API failure carrying a sentence the user can act on, never a raw error object. */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

const fallback: Record<number, string> = {
  400: "The request could not be understood. Check the fields and try again.",
  401: "Please log in to continue.",
  403: "You are not allowed to do that.",
  404: "We couldn't find what you asked for.",
  409: "That conflicts with the current state. Refresh and try again.",
  413: "That upload is too large.",
  429: "Too many requests. Wait a moment and try again.",
  502: "Video generation is temporarily unavailable. Your project has been saved — try again in a few minutes.",
  503: "Video generation is temporarily unavailable. Your project has been saved — try again in a few minutes.",
};

/** ProblemDetails from our API always has `message`; older or foreign ones may only have detail/title. */
export function toApiError(status: number, body: unknown): ApiError {
  let message: string | undefined;
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    for (const key of ["message", "detail", "title"]) {
      if (typeof b[key] === "string" && (b[key] as string).trim()) {
        message = b[key] as string;
        break;
      }
    }
  } else if (typeof body === "string" && body.trim() && !body.trim().startsWith("<")) {
    message = body.trim();
  }
  return new ApiError(status, message ?? fallback[status] ?? "Something went wrong on our side. Please try again in a moment.");
}

export function offlineError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  return new ApiError(0, "We couldn't reach the server. Check your connection — we'll keep trying.");
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong. Please try again.";
}
