import type { paths } from "../../../lib/api/schema";

type FilePath = "/api/projects/{id}/exports/{format}";
// The route exists in the OpenAPI document; this fails to compile if it is renamed there.
const route: FilePath & keyof paths = "/api/projects/{id}/exports/{format}";

export const exportFormats = [
  { format: "otio", label: "OpenTimelineIO (.otio)", hint: "DaVinci Resolve 18.5+, Premiere Pro 25.6+" },
  { format: "fcpxml", label: "Final Cut Pro XML (.fcpxml)", hint: "Final Cut Pro, DaVinci Resolve" },
  { format: "xml", label: "Premiere XML (.xml)", hint: "Premiere Pro (any version), DaVinci Resolve" },
  { format: "edl", label: "EDL (.edl)", hint: "Any editor: a CMX3600 cut list" },
  { format: "srt", label: "Subtitles (.srt)", hint: "With each speaker's name" },
  { format: "vtt", label: "Subtitles (.vtt)", hint: "With voice tags per speaker" },
  { format: "pdf", label: "Storyboard (.pdf)", hint: "Printable, one panel per scene" },
] as const;

export type ExportFormat = (typeof exportFormats)[number]["format"];

/**
 * GET one export file. A plain link (the browser downloads it with the session cookie, under the file name the
 * server gives), so nothing is held in memory here.
 */
export function exportFileUrl(projectId: number, format: ExportFormat): string {
  return route.replace("{id}", String(projectId)).replace("{format}", format);
}
