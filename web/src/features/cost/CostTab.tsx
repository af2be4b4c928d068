import { useId } from "react";
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../lib/api/client";
import { projectKey } from "../projects/queries";
import type { TabProps } from "../projects/ProjectPage";
import { TabHeading } from "../../ui/TabHeading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";

/** "estimatedUsd" → "Estimated USD"; the quote's fields are shown as the server names them. */
function humanize(key: string) {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]/g, " ").toLowerCase();
  return (words.charAt(0).toUpperCase() + words.slice(1)).replace(/\busd\b/i, "(USD)").replace(/\bid\b/i, "ID");
}

function formatValue(key: string, value: unknown): string {
  if (typeof value === "number") {
    if (/duration|seconds/i.test(key)) return `${value.toLocaleString()} s`;
    if (/usd|cost|price|spen|budget/i.test(key)) return value.toLocaleString(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 2 });
    return value.toLocaleString();
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

type Row = Record<string, unknown>;

export function CostTab({ projectId, budget, onBudgetChange }: TabProps) {
  const budgetId = useId();
  const quote = useQuery({
    queryKey: [...projectKey(projectId), "quote"],
    // The quote's OpenAPI entry has no schema yet, so it is shown field by field as the server names them.
    queryFn: async () => ((await unwrap(api.GET("/api/projects/{id}/quote", { params: { path: { id: projectId } } }))) ?? {}) as unknown as Row,
  });
  const hidden = new Set(["currency", "sceneId", "id", "projectId"]);
  const scalars = Object.entries(quote.data ?? {}).filter(([k, v]) => !hidden.has(k) && (v === null || typeof v !== "object"));
  const tables = Object.entries(quote.data ?? {}).filter(([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === "object") as [string, Row[]][];
  const budgetInvalid = budget.trim() !== "" && (Number.isNaN(Number(budget)) || Number(budget) < 0);

  return (
    <section aria-labelledby="tab-cost">
      <TabHeading id="tab-cost" title="Cost">
        What the clips will cost before you start, the most you allow a run to spend, and what has been spent.
      </TabHeading>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="card p-4">
          <h3 className="font-semibold">Quote</h3>
          {quote.isPending ? (
            <Loading label="Working out the cost…" />
          ) : quote.isError ? (
            <div className="mt-3">
              <QueryError error={quote.error} onRetry={() => quote.refetch()} />
            </div>
          ) : (
            <>
              <dl className="mt-3 grid gap-3 sm:grid-cols-2">
                {scalars.map(([k, v]) => (
                  <div key={k} className="rounded-lg bg-panel-2 p-3">
                    <dt className="text-xs text-muted">{humanize(k)}</dt>
                    <dd className="mt-0.5 font-semibold">{formatValue(k, v)}</dd>
                  </div>
                ))}
              </dl>
              {tables.map(([name, rows]) => (
                <div key={name} className="mt-4 overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="mb-2 text-left font-medium">{humanize(name)}</caption>
                    <thead className="text-xs text-muted">
                      <tr>
                        {Object.keys(rows[0]).filter((c) => !hidden.has(c)).map((c) => (
                          <th key={c} scope="col" className="py-1 pr-3 font-medium">
                            {humanize(c)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r, i) => (
                        <tr key={i} className="border-t border-line/60">
                          {Object.keys(rows[0]).filter((c) => !hidden.has(c)).map((c) => (
                            <td key={c} className="py-1.5 pr-3">
                              {formatValue(c, r[c])}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </>
          )}
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
              : "Used by “Start workflow”. The run stops making paid clips before it would go over. The offline default costs nothing."}
          </p>
        </div>
      </div>
    </section>
  );
}
