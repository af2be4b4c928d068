import { num, type Scene } from "../../lib/api/client";

type Segment = { scene?: Scene; start: number; lines: string[] };

/** Splits the script into runs of lines, each either inside one scene (startLine..endLine) or between scenes. */
export function segmentScript(text: string, scenes: Scene[]): Segment[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const sorted = [...scenes].sort((a, b) => num(a.startLine) - num(b.startLine));
  const segments: Segment[] = [];
  let line = 1;
  for (const scene of sorted) {
    const start = Math.max(num(scene.startLine), line);
    const end = Math.min(num(scene.endLine), lines.length);
    if (start > end) continue;
    if (start > line) segments.push({ start: line, lines: lines.slice(line - 1, start - 1) });
    segments.push({ scene, start, lines: lines.slice(start - 1, end) });
    line = end + 1;
  }
  if (line <= lines.length) segments.push({ start: line, lines: lines.slice(line - 1) });
  return segments;
}
