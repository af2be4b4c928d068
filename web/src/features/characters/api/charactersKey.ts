import { projectKey } from "../../../lib/project/projectKey";

export const charactersKey = (id: number) => [...projectKey(id), "characters"] as const;
