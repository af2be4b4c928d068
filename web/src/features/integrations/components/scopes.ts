/** The scopes a token can carry (Accounts/ApiScopes.cs), with what each lets another app do. */
export const scopes = [
  { id: "runs:write", label: "Start, cancel and retry runs" },
  { id: "runs:read", label: "Read runs, their progress and failures" },
  { id: "media:read", label: "Get links to finished movies and subtitles" },
  { id: "webhooks:write", label: "Manage webhook endpoints" },
] as const;
