import { useEffect, useId, useRef, useState } from "react";
import { messageOf } from "../../../lib/api/problem";
import { useVoices } from "../api/useVoices";
import { parseVoice, voiceText, type VoiceParts } from "./voiceText";

const fallback: VoiceParts = { accent: "en-us", variant: "m3", pitch: 50, speed: 170 };

/**
 * The character's voice as choices from the server's installed voices, with pitch and speed, a play button that
 * speaks the character's first line in the voice as chosen (saved or not), and a Save that makes it theirs.
 */
export function VoicePicker({ name, voice, previewUrl, edited, onSave }: {
  name: string;
  voice: string | null;
  previewUrl: string | null;
  edited: boolean;
  onSave: (voice: string) => Promise<unknown>;
}) {
  const id = useId();
  const voices = useVoices();
  const saved = parseVoice(voice);
  const [draft, setDraft] = useState<VoiceParts>(saved ?? fallback);
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" | "loading" | "playing" } | { kind: "error"; message: string }>({ kind: "idle" });
  const audio = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const next = parseVoice(voice);
    if (next) setDraft(next);
  }, [voice]);

  const chosen = voiceText(draft);
  const dirty = chosen !== (saved ? voiceText(saved) : null);
  const set = (patch: Partial<VoiceParts>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (state.kind !== "saving") setState({ kind: "idle" });
  };

  async function save() {
    setState({ kind: "saving" });
    try {
      await onSave(chosen);
      setState({ kind: "saved" });
    } catch (e) {
      setState({ kind: "error", message: messageOf(e) });
    }
  }

  function play() {
    const a = audio.current;
    if (!a || !previewUrl) return;
    a.src = `${previewUrl}?voice=${encodeURIComponent(chosen)}`;
    setState({ kind: "loading" });
    // A refused play (the browser's autoplay rule, or a newer Play) must not leave the button saying "Preparing…".
    void a.play()?.catch(() => setState((s) => (s.kind === "loading" ? { kind: "idle" } : s)));
  }

  const accents = voices.data?.accents ?? [];
  const variants = voices.data?.variants ?? [];
  // A saved voice the list lacks (another server's, or one typed by hand) stays selectable rather than vanishing.
  const accentOptions = accents.some((a) => a.id === draft.accent) ? accents : [{ id: draft.accent, name: draft.accent }, ...accents];
  const variantOptions = variants.some((v) => v.id === draft.variant) || !draft.variant ? variants : [{ id: draft.variant, name: draft.variant, gender: null }, ...variants];

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${id}-note`}>
      <legend className="label flex items-center gap-2">
        Voice
        {edited && <span className="rounded bg-accent/15 px-1.5 text-[11px] font-medium text-accent">edited by you</span>}
      </legend>
      {voice && !saved && <p className="text-xs text-muted">Now {voice}; choose below to change it.</p>}
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor={`${id}-accent`} className="text-xs text-muted">
            Accent
          </label>
          <select id={`${id}-accent`} className="field" value={draft.accent} onChange={(e) => set({ accent: e.target.value })} disabled={voices.isPending}>
            {accentOptions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor={`${id}-variant`} className="text-xs text-muted">
            Voice
          </label>
          <select id={`${id}-variant`} className="field" value={draft.variant} onChange={(e) => set({ variant: e.target.value })} disabled={voices.isPending}>
            <option value="">Plain</option>
            {variantOptions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
                {v.gender ? ` (${v.gender})` : ""}
              </option>
            ))}
          </select>
        </div>
        <Slider id={`${id}-pitch`} label="Pitch" min={0} max={99} value={draft.pitch} onChange={(pitch) => set({ pitch })} />
        <Slider id={`${id}-speed`} label="Speed" unit=" words/min" min={80} max={300} value={draft.speed} onChange={(speed) => set({ speed })} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {previewUrl && (
          <button type="button" className="btn-secondary px-3 py-1.5 text-xs" onClick={play} disabled={state.kind === "loading"} aria-label={`Play ${name}'s voice`}>
            <span aria-hidden="true">▶</span> {state.kind === "loading" ? "Preparing…" : state.kind === "playing" ? "Playing…" : "Play"}
          </button>
        )}
        <button type="button" className="btn-secondary px-3 py-1.5 text-xs" disabled={!dirty || state.kind === "saving"} onClick={save}>
          {state.kind === "saving" ? "Saving…" : "Save voice"}
        </button>
        <span id={`${id}-note`} className="text-xs" role={state.kind === "error" ? "alert" : "status"}>
          {state.kind === "error" ? (
            <span className="text-red-200">{state.message}</span>
          ) : state.kind === "saved" && !dirty ? (
            <span className="text-emerald-300">Saved. Their lines will be voiced again when the scenes are regenerated.</span>
          ) : voices.isError ? (
            <span className="text-red-200">{messageOf(voices.error)}</span>
          ) : null}
        </span>
      </div>
      <audio
        ref={audio}
        preload="none"
        className="hidden"
        onPlaying={() => setState({ kind: "playing" })}
        onEnded={() => setState({ kind: "idle" })}
        onError={() => audio.current?.getAttribute("src") && setState({ kind: "error", message: "The preview could not be made. Try again, or choose another voice." })}
      />
    </fieldset>
  );
}

function Slider({ id, label, unit = "", min, max, value, onChange }: { id: string; label: string; unit?: string; min: number; max: number; value: number; onChange: (v: number) => void }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="flex justify-between text-xs text-muted">
        {label}
        <span>
          {value}
          {unit}
        </span>
      </label>
      <input id={id} type="range" min={min} max={max} value={value} onChange={(e) => onChange(Number(e.target.value))} className="w-full accent-accent" />
    </div>
  );
}
