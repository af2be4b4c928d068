import { useId } from "react";
import type { WorkflowStatus } from "../../../lib/api/client";
import { TabHeading } from "../../../ui/TabHeading";
import { LedgerCard } from "./LedgerCard";
import { QuoteCard } from "./QuoteCard";

/** The budget lives on the project page, which sends it with "Start workflow"; this tab only edits it. */
interface CostTabProps {
  projectId: number;
  status?: WorkflowStatus;
  budget: string;
  onBudgetChange: (value: string) => void;
}

/** Empty (no limit) or a dollar amount of zero or more. */
export function isValidBudget(budget: string) {
  return budget.trim() === "" || (!Number.isNaN(Number(budget)) && Number(budget) >= 0);
}

export function CostTab({ projectId, status, budget, onBudgetChange }: CostTabProps) {
  const budgetId = useId();
  const budgetInvalid = !isValidBudget(budget);

  return (
    <section aria-labelledby="tab-cost">
      <TabHeading id="tab-cost" title="Cost">
        What the clips will cost before you start, the most you allow a run to spend, and every charge so far.
      </TabHeading>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="card p-4">
          <h3 className="font-semibold">Quote</h3>
          <QuoteCard projectId={projectId} parsed={status ? status.scenes.length > 0 : undefined} />
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
            data-budget-input=""
            aria-invalid={budgetInvalid}
            aria-describedby={`${budgetId}-hint`}
            onChange={(e) => onBudgetChange(e.target.value)}
          />
          <p id={`${budgetId}-hint`} className={`mt-2 text-xs ${budgetInvalid ? "text-red-200" : "text-muted"}`}>
            {budgetInvalid
              ? "The budget must be an amount of dollars, zero or more, such as 5 or 12.50."
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
