export const sessionsKey = ["auth", "sessions"] as const;
