import { messageOf } from "../lib/api/problem";
import { Alert } from "./Alert";

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      actions={
        onRetry && (
          <button type="button" className="btn-secondary" onClick={onRetry}>
            Try again
          </button>
        )
      }
    >
      {messageOf(error)}
    </Alert>
  );
}
