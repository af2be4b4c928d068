import { num, type Ledger } from "../../../lib/api/client";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { formatDate } from "../../../ui/dates";
import { useLedger } from "../api/useLedger";
import { usd } from "../usd";

export function LedgerCard({ projectId }: { projectId: number }) {
  const ledger = useLedger(projectId);
  if (ledger.isPending) return <Loading label="Loading the charges…" />;
  if (ledger.isError) return <QueryError error={ledger.error} onRetry={() => ledger.refetch()} />;
  const l: Ledger = ledger.data;
  if (l.entries.length === 0) return <p className="mt-3 text-sm text-muted">Nothing has been charged for this project.</p>;
  return (
    <div className="relative mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-muted">
          {l.entries.length} charge{l.entries.length === 1 ? "" : "s"}, {usd(l.totalUsd)} in all
        </caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">When</th>
            <th scope="col" className="py-1 pr-3 font-medium">For</th>
            <th scope="col" className="py-1 pr-3 font-medium">Units</th>
            <th scope="col" className="py-1 pr-3 font-medium">Cost</th>
          </tr>
        </thead>
        <tbody>
          {l.entries.map((e) => (
            <tr key={String(e.id)} className="border-t border-line/60">
              <td className="py-1.5 pr-3">{formatDate(e.createdAt)}</td>
              <td className="py-1.5 pr-3">
                {e.kind === "picture" ? "Picture" : "Clip"}
                {e.sceneNumber != null && `, scene ${num(e.sceneNumber)}`}
              </td>
              <td className="py-1.5 pr-3">{num(e.units).toLocaleString()}</td>
              <td className="py-1.5 pr-3">{usd(e.usd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
