import { useId } from "react";
import { useQuery } from "@tanstack/react-query";
import { api, num, unwrap, type Ledger, type Quote } from "../../lib/api/client";
import { projectKey } from "../projects/queries";
import type { TabProps } from "../projects/ProjectPage";
import { TabHeading } from "../../ui/TabHeading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { formatDate } from "../../ui/dates";

const usd = (value: number | string) =>
  num(value).toLocaleString(undefined, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg bg-panel-2 p-3">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold">{value}</dd>
      {hint && <dd className="text-xs text-muted">{hint}</dd>}
    </div>
  );
}

/** Says who makes what on this server, so a quote for the free offline clips is not mistaken for a bill. */
function providerNote(q: Quote) {
  const pictures = q.imageProvider === "kling" ? " Storyboard pictures come from Kling too, and are priced in." : "";
  return q.videoProvider === "kling"
    ? `Clips are made with Kling; this is what they will cost.${pictures}`
    : `This server makes clips offline (${q.videoProvider}) at no cost. These are Kling's prices for the same clips.${pictures}`;
}

function QuoteCard({ projectId }: { projectId: number }) {
  const quote = useQuery({
    queryKey: [...projectKey(projectId), "quote"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/quote", { params: { path: { id: projectId } } })),
  });
  if (quote.isPending) return <Loading label="Working out the cost…" />;
  if (quote.isError) return <QueryError error={quote.error} onRetry={() => quote.refetch()} />;
  const q = quote.data;
  const withPictures = q.imageProvider === "kling";
  return (
    <>
      <p className="mt-1 text-sm text-muted">{providerNote(q)}</p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-3">
        <Tile label="Scenes still to make" value={String(q.scenes.length)} />
        <Tile label="Estimated cost" value={usd(q.totalUsd)} hint={`${num(q.totalUnits).toLocaleString()} video units`} />
        <Tile label="Spent so far" value={usd(q.spentUsd)} />
      </dl>
      {q.scenes.length === 0 ? (
        <p className="mt-4 text-sm text-muted">Every scene has its clip; nothing is left to pay for.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium">Per scene</caption>
            <thead className="text-xs text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Scene</th>
                <th scope="col" className="py-1 pr-3 font-medium">Speech</th>
                <th scope="col" className="py-1 pr-3 font-medium">Clip units</th>
                {withPictures && <th scope="col" className="py-1 pr-3 font-medium">Picture</th>}
                <th scope="col" className="py-1 pr-3 font-medium">Cost</th>
              </tr>
            </thead>
            <tbody>
              {q.scenes.map((s) => (
                <tr key={String(s.sceneId)} className="border-t border-line/60">
                  <td className="py-1.5 pr-3">Scene {num(s.sceneNumber)}</td>
                  <td className="py-1.5 pr-3">{num(s.duration).toLocaleString()} s</td>
                  <td className="py-1.5 pr-3">{num(s.units).toLocaleString()}</td>
                  {withPictures && <td className="py-1.5 pr-3">{usd(s.frameUsd)}</td>}
                  <td className="py-1.5 pr-3">{usd(s.usd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function LedgerCard({ projectId }: { projectId: number }) {
  const ledger = useQuery({
    queryKey: [...projectKey(projectId), "ledger"],
    queryFn: () => unwrap(api.GET("/api/projects/{id}/ledger", { params: { path: { id: projectId } } })),
  });
  if (ledger.isPending) return <Loading label="Loading the charges…" />;
  if (ledger.isError) return <QueryError error={ledger.error} onRetry={() => ledger.refetch()} />;
  const l: Ledger = ledger.data;
  if (l.entries.length === 0) return <p className="mt-3 text-sm text-muted">Nothing has been charged for this project.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
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

export function CostTab({ projectId, budget, onBudgetChange }: TabProps) {
  const budgetId = useId();
  const budgetInvalid = budget.trim() !== "" && (Number.isNaN(Number(budget)) || Number(budget) < 0);

  return (
    <section aria-labelledby="tab-cost">
      <TabHeading id="tab-cost" title="Cost">
        What the clips will cost before you start, the most you allow a run to spend, and every charge so far.
      </TabHeading>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="card p-4">
          <h3 className="font-semibold">Quote</h3>
          <QuoteCard projectId={projectId} />
        </div>
        <div className="card p-4">
          <h3 className="font-semibold">Budget</h3>
          <label htmlFor={budgetId} className="label mt-3">
            Maximum spend for the next run (USD)
          </label>
          <input
            id={budgetId}
            className="field"
            inputMode="decimal"
            placeholder="No limit beyond the server's default"
            value={budget}
            aria-invalid={budgetInvalid}
            aria-describedby={`${budgetId}-hint`}
            onChange={(e) => onBudgetChange(e.target.value)}
          />
          <p id={`${budgetId}-hint`} className={`mt-2 text-xs ${budgetInvalid ? "text-red-200" : "text-muted"}`}>
            {budgetInvalid
              ? "Enter an amount in dollars, such as 5 or 12.50."
              : "Used by “Start workflow”. The run stops making paid clips and pictures before it would go over. The offline default costs nothing."}
          </p>
        </div>
        <div className="card p-4 lg:col-span-2">
          <h3 className="font-semibold">Charges</h3>
          <LedgerCard projectId={projectId} />
        </div>
      </div>
    </section>
  );
}
