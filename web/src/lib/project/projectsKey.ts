/** The projects list; the pipeline refreshes it too, since the list shows each project's progress. */
export const projectsKey = ["projects"] as const;
