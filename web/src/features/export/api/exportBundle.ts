import type { paths } from "../../../lib/api/schema";

const route: keyof paths = "/api/projects/{id}/exports/bundle.zip";

/** GET the whole bundle (every format, the clips, a README) as a zip the server streams. */
export function exportBundleUrl(projectId: number): string {
  return route.replace("{id}", String(projectId));
}
