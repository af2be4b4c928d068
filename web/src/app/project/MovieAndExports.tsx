import type { WorkflowStatus } from "../../lib/api/client";
import { MovieTab } from "../../features/movie/components/MovieTab";
import { ExportMenu } from "../../features/export/components/ExportMenu";

/** The Movie tab with the export menu under it: two features side by side, composed here since neither imports the other. */
export function MovieAndExports({ projectId, status }: { projectId: number; status?: WorkflowStatus }) {
  return (
    <>
      <MovieTab projectId={projectId} status={status} />
      <ExportMenu projectId={projectId} />
    </>
  );
}
