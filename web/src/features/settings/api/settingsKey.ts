import { projectKey } from "../../../lib/project/projectKey";

export const settingsKey = (id: number) => [...projectKey(id), "settings"] as const;
