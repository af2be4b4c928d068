import { useId } from "react";
import { TabHeading } from "../../../ui/TabHeading";
import { LedgerCard } from "./LedgerCard";
import { QuoteCard } from "./QuoteCard";

/** The budget lives on the project page, which sends it with "Start workflow"; this tab only edits it. */
interface CostTabProps {
  projectId: number;
  budget: string;
  onBudgetChange: (value: string) => void;
}

export function CostTab({ projectId, budget, onBudgetChange }: CostTabProps) {
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
