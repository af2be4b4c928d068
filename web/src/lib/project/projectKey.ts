/** Everything about one project lives under ["project", id], so one invalidation refreshes it all. */
export const projectKey = (id: number) => ["project", id] as const;
