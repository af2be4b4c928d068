import { projectKey } from "./projectKey";

/** The Script and Scenes tabs read the same list; the scene edit invalidates it under this key. */
export const scenesKey = (id: number) => [...projectKey(id), "scenes"] as const;
