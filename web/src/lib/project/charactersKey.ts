import { projectKey } from "./projectKey";

export const charactersKey = (id: number) => [...projectKey(id), "characters"] as const;
