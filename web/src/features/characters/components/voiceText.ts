/** A voice as its parts; the stored form is espeak:en-us+f3:p55:s165 (VoiceProfile on the server). */
export interface VoiceParts {
  accent: string;
  variant: string;
  pitch: number;
  speed: number;
}

export function parseVoice(text: string | null | undefined): VoiceParts | null {
  const m = /^(?:espeak|espeak-ng):([A-Za-z0-9_-]+)(?:\+([A-Za-z0-9_-]+))?:p(\d{1,2}):s(\d{2,3})$/.exec(text?.trim() ?? "");
  if (!m) return null;
  return { accent: m[1], variant: m[2] ?? "", pitch: Number(m[3]), speed: Number(m[4]) };
}

export function voiceText(v: VoiceParts): string {
  return `espeak:${v.accent}${v.variant ? `+${v.variant}` : ""}:p${v.pitch}:s${v.speed}`;
}
