import { useEffect, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { num } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { useCreateProject } from "../api/useCreateProject";
import { useParsePreview } from "../api/useParsePreview";
import { ParsePreviewPanel, tooShortMessage } from "./ParsePreviewPanel";
import { Alert } from "../../../ui/Alert";
import { usePageTitle } from "../../../ui/usePageTitle";

const aspectRatios = [
  { value: "16:9", label: "16:9 · widescreen" },
  { value: "9:16", label: "9:16 · vertical" },
  { value: "1:1", label: "1:1 · square" },
];

/** A title page writes Title: "The Coffee Shop"; the project is called The Coffee Shop. */
export function plainTitle(title?: string | null) {
  return (title ?? "").trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, "").trim();
}

export function NewProjectPage() {
  usePageTitle("New project");
  const navigate = useNavigate();
  const create = useCreateProject();
  const [title, setTitle] = useState("");
  const [mode, setMode] = useState<"paste" | "upload">("paste");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [aspectRatio, setAspectRatio] = useState("16:9");
  const [formError, setFormError] = useState<string | null>(null);

  const source = mode === "paste" ? (text.trim() ? { text } : null) : file ? { file } : null;
  const preview = useParsePreview(source);
  const noScenes = preview.data !== undefined && preview.data.scenes.length === 0 && !preview.isPlaceholderData;
  // A sentence about the script goes once the script changes: it described the old one.
  useEffect(() => setFormError(null), [text, file, mode]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const effectiveTitle = title.trim() || plainTitle(preview.data?.title) || (file ? file.name.replace(/\.[^.]+$/, "") : "");
    if (!effectiveTitle) return setFormError("Please give your project a title.");
    if (!source) return setFormError(mode === "paste" ? "Please paste a script." : "Please choose a screenplay file to upload.");
    if (noScenes) return setFormError(tooShortMessage);
    try {
      const project =
        mode === "paste"
          ? await create.mutateAsync({ kind: "text", title: effectiveTitle, scriptContent: text, aspectRatio })
          : await create.mutateAsync({ kind: "file", title: effectiveTitle, file: file!, aspectRatio });
      navigate(`/projects/${num(project.id)}`, { state: { previewScenes: preview.data?.scenes.length } });
    } catch {
      // Shown from create.error.
    }
  }

  const error = formError ?? (create.isError ? messageOf(create.error) : null);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">New project</h1>
      <p className="mt-1 text-sm text-muted">Paste a screenplay or upload one. You'll see what we read before anything is saved.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <form onSubmit={submit} className="card space-y-5 p-5" noValidate aria-label="New project">
          {error && <Alert>{error}</Alert>}
          <div>
            <label htmlFor="project-title" className="label">
              Title
            </label>
            <input
              id="project-title"
              className="field"
              value={title}
              placeholder={plainTitle(preview.data?.title) || "The Coffee Shop"}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>

          <fieldset>
            <legend className="label">Script</legend>
            <div className="inline-flex rounded-lg border border-line bg-ink/60 p-1" role="radiogroup" aria-label="How to add the script">
              {(["paste", "upload"] as const).map((m) => (
                <label key={m} className={`cursor-pointer rounded-md px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${mode === m ? "bg-panel-2 text-slate-100" : "text-muted"}`}>
                  <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="sr-only" />
                  {m === "paste" ? "Paste text" : "Upload a file"}
                </label>
              ))}
            </div>
            {mode === "paste" ? (
              <div className="mt-3">
                <label htmlFor="project-script" className="sr-only">
                  Screenplay text
                </label>
                <textarea
                  id="project-script"
                  className="field min-h-72 font-mono text-[13px] leading-relaxed"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder={"INT. COFFEE SHOP - MORNING\n\nA small, cozy coffee shop. SARAH (30s) sits by the window.\n\nSARAH\nAnother day, another latte."}
                  spellCheck={false}
                />
              </div>
            ) : (
              <div className="mt-3">
                <label htmlFor="project-file" className="label">
                  Screenplay file (.fountain, .txt, .fdx or .pdf)
                </label>
                <input
                  id="project-file"
                  type="file"
                  accept=".fountain,.spmd,.txt,.fdx,.pdf"
                  className="block w-full text-sm text-muted file:mr-3 file:rounded-md file:border-0 file:bg-panel-2 file:px-3 file:py-2 file:text-slate-100"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </div>
            )}
          </fieldset>

          <fieldset>
            <legend className="label">Aspect ratio</legend>
            <div className="flex flex-wrap gap-2">
              {aspectRatios.map((a) => (
                <label
                  key={a.value}
                  className={`cursor-pointer rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${aspectRatio === a.value ? "border-accent bg-accent/10 text-slate-100" : "border-line text-muted"}`}
                >
                  <input type="radio" name="aspect" value={a.value} checked={aspectRatio === a.value} onChange={() => setAspectRatio(a.value)} className="sr-only" />
                  {a.label}
                </label>
              ))}
            </div>
          </fieldset>

          <div className="flex flex-wrap gap-3">
            <button type="submit" className="btn-primary" disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create project"}
            </button>
            <button type="button" className="btn-ghost" onClick={() => navigate("/")}>
              Cancel
            </button>
          </div>
        </form>
        <ParsePreviewPanel preview={preview.data} error={preview.error} busy={preview.isFetching} empty={!source} />
      </div>
    </div>
  );
}
