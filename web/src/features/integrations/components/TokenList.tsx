import { num } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { formatDate } from "../../../ui/dates";
import { useRevokeToken, useTokens, type ApiToken } from "../api/useTokens";

function state(t: ApiToken): string | null {
  if (t.revokedAt) return "Revoked";
  if (t.expiresAt && new Date(t.expiresAt).getTime() < Date.now()) return "Expired";
  return null;
}

/** Every token with its scopes, dates and a "Revoke" that stops it at once. */
export function TokenList() {
  const tokens = useTokens();
  const revoke = useRevokeToken();

  return (
    <section aria-labelledby="tokens-heading" className="card p-5">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        Your API tokens
      </h2>
      <div className="mt-4 space-y-3">
        {revoke.isError && <Alert>{messageOf(revoke.error)}</Alert>}
        {tokens.isPending ? (
          <Loading label="Loading your tokens…" />
        ) : tokens.isError ? (
          <QueryError error={tokens.error} onRetry={() => tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <p className="text-sm text-muted">No tokens yet. Create one above for each app that should reach your account.</p>
        ) : (
          <ul aria-label="API tokens" className="divide-y divide-line/70">
            {tokens.data.map((t) => {
              const ended = state(t);
              return (
                <li key={String(t.id)} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {t.name} <code className="text-xs text-muted">{t.prefix}…</code>
                      {ended && <span className="ml-2 rounded-full bg-slate-500/20 px-2 py-0.5 text-xs">{ended}</span>}
                    </p>
                    <p className="mt-0.5 text-xs text-muted">{t.scopes.join(", ")}</p>
                    <p className="mt-0.5 text-xs text-muted">
                      created <time dateTime={t.createdAt}>{formatDate(t.createdAt)}</time> · last used{" "}
                      {t.lastUsedAt ? <time dateTime={t.lastUsedAt}>{formatDate(t.lastUsedAt)}</time> : "never"} ·{" "}
                      {t.expiresAt ? (
                        <>
                          expires <time dateTime={t.expiresAt}>{formatDate(t.expiresAt)}</time>
                        </>
                      ) : (
                        "never expires"
                      )}
                    </p>
                  </div>
                  {!t.revokedAt && (
                    <button
                      type="button"
                      className="btn-danger"
                      aria-label={`Revoke ${t.name}`}
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(num(t.id))}
                    >
                      Revoke
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
