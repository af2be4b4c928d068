import { useId, useMemo, useState } from "react";
import { num, type WorkflowStatus } from "../../../lib/api/client";
import { useScenes } from "../../../lib/project/useScenes";
import { useCharacters } from "../../../lib/project/useCharacters";
import { useQuote } from "../../../lib/project/useQuote";
import { useProject } from "../../../lib/project/useProject";
import { isActive } from "../../../lib/pipeline/names";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { SceneEditor } from "./SceneEditor";
import { SceneList } from "./SceneList";

export function ScenesTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const scenes = useScenes(projectId);
  const characters = useCharacters(projectId);
  const quote = useQuote(projectId);
  const project = useProject(projectId);
  const searchId = useId();
  const jumpId = useId();
  const [query, setQuery] = useState("");
  const [jump, setJump] = useState("");
  const [jumpMessage, setJumpMessage] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<number>();
  const [scrollTo, setScrollTo] = useState<{ id: number; at: number }>();

  const all = useMemo(() => scenes.data ?? [], [scenes.data]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return all;
    return all.filter((s) =>
      [s.title, s.heading, s.description, s.dialogue ?? "", s.action ?? "", ...s.characters.map((c) => c.name)].some((t) => t.toLowerCase().includes(q)),
    );
  }, [all, query]);
  const selected = all.find((s) => num(s.id) === selectedId) ?? shown[0];
  const running = isActive(status?.status);

  function select(id: number) {
    setSelectedId(id);
    setScrollTo({ id, at: Date.now() });
  }

  function goTo() {
    const n = Number(jump);
    const scene = all.find((s) => num(s.sceneNumber) === n);
    if (!scene) {
      setJumpMessage(`There is no scene ${jump || "with that number"}; scenes run from 1 to ${all.length}.`);
      return;
    }
    setJumpMessage(null);
    setQuery("");
    select(num(scene.id));
  }

  return (
    <section aria-labelledby="tab-scenes">
      <TabHeading id="tab-scenes" title="Scenes">
        Edit anything in a scene, at any time: what it will remake and cost shows above it, and “Regenerate scene” remakes just that.
      </TabHeading>
      {scenes.isPending ? (
        <Loading />
      ) : scenes.isError ? (
        <QueryError error={scenes.error} onRetry={() => scenes.refetch()} />
      ) : all.length === 0 ? (
        <p className="text-sm text-muted">No scenes yet. Run “Parse script” in the pipeline to read them from your screenplay.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <div className="min-w-0 space-y-3">
            <div>
              <label htmlFor={searchId} className="label">
                Search scenes
              </label>
              <input id={searchId} type="search" className="field" placeholder="Words, a character, a place…" value={query} onChange={(e) => setQuery(e.target.value)} />
              <p className="mt-1 text-xs text-muted" role="status">
                {query.trim() ? `${shown.length} of ${all.length} scenes match.` : `${all.length} scene${all.length === 1 ? "" : "s"}.`}
              </p>
            </div>
            <form
              className="flex items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                goTo();
              }}
            >
              <div>
                <label htmlFor={jumpId} className="label">
                  Go to scene
                </label>
                <input id={jumpId} type="number" min={1} max={all.length} className="field w-24" value={jump} onChange={(e) => setJump(e.target.value)} />
              </div>
              <button type="submit" className="btn-secondary">
                Go
              </button>
            </form>
            {jumpMessage && <p className="text-xs text-red-200" role="alert">{jumpMessage}</p>}
            <SceneList scenes={shown} selectedId={selected ? num(selected.id) : undefined} onSelect={select} scrollTo={scrollTo} />
          </div>
          <div className="min-w-0">
            {selected ? (
              <SceneEditor
                key={num(selected.id)}
                projectId={projectId}
                scene={selected}
                scenes={all}
                script={project.data?.scriptContent ?? ""}
                hasMovie={status?.phases.some((p) => p.steps.some((st) => st.name === "assemble" && st.status === "completed")) ?? false}
                state={status?.scenes.find((s) => num(s.sceneId) === num(selected.id))}
                quote={quote.data}
                characters={characters.data ?? []}
                running={running}
              />
            ) : (
              <p className="text-sm text-muted">No scene matches “{query}”.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
