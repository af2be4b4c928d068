/** Kept outside ["project", id]: the status hook invalidates that key whenever the status moves on, which must not refetch the status itself. */
export const statusKey = (id: number) => ["status", id] as const;
