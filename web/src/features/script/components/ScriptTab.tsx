import { useMemo, useState } from "react";
import { num, type WorkflowStatus } from "../../../lib/api/client";
import { isActive } from "../../../lib/pipeline/names";
import { useProject } from "../../../lib/project/useProject";
import { useScenes } from "../../../lib/project/useScenes";
import { TabHeading } from "../../../ui/TabHeading";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { segmentScript } from "../segmentScript";
import { ScriptEditor } from "./ScriptEditor";

export function ScriptTab({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  const project = useProject(projectId);
  const [editing, setEditing] = useState(false);
  const scenes = useScenes(projectId);
  const segments = useMemo(() => segmentScript(project.data?.scriptContent ?? "", scenes.data ?? []), [project.data, scenes.data]);

  return (
    <section aria-labelledby="tab-script">
      <TabHeading
        id="tab-script"
        title="Script"
        actions={
          !editing &&
          project.data && (
            <button type="button" className="btn-secondary" onClick={() => setEditing(true)}>
              Edit script
            </button>
          )
        }
      >
        Your screenplay as written. Each scene we found is highlighted with its number.
      </TabHeading>
      {project.isPending ? (
        <Loading />
      ) : project.isError ? (
        <QueryError error={project.error} />
      ) : editing ? (
        <ScriptEditor projectId={projectId} script={project.data.scriptContent ?? ""} running={isActive(status?.status)} onDone={() => setEditing(false)} />
      ) : (
        <div className="card relative overflow-x-auto p-0 font-mono text-[13px] leading-6" data-testid="script">
          {segments.map((seg) => (
            <div
              key={seg.start}
              data-testid={seg.scene ? `script-scene-${num(seg.scene.sceneNumber)}` : undefined}
              className={seg.scene ? "relative border-l-4 border-accent/70 bg-accent/[0.06] odd:bg-accent/[0.09]" : "border-l-4 border-transparent"}
            >
              {seg.scene && (
                <span className="absolute right-3 top-1 rounded bg-accent/20 px-1.5 text-[11px] font-sans font-semibold text-accent">
                  Scene {num(seg.scene.sceneNumber)}
                </span>
              )}
              {seg.lines.map((l, i) => (
                <div key={i} className="flex">
                  <span aria-hidden="true" className="w-12 shrink-0 select-none pr-3 text-right text-slate-400">
                    {seg.start + i}
                  </span>
                  <span className="whitespace-pre-wrap pr-4 text-slate-200">{l || " "}</span>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
