import { useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { num, type Session } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { useSessions } from "../api/useSessions";
import { useSignOutEverywhere } from "../api/useSignOutEverywhere";
import { useSignOutSession } from "../api/useSignOutSession";
import { Alert } from "../../../ui/Alert";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { formatDate } from "../../../ui/dates";

/** Every device signed in to the account, each with its own "Sign out", and "Sign out everywhere". */
export function SessionList() {
  const sessions = useSessions();
  const signOut = useSignOutSession();
  const everywhere = useSignOutEverywhere();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  function leave() {
    queryClient.clear();
    navigate("/login");
  }

  async function signOutOne(session: Session) {
    try {
      await signOut.mutateAsync({ id: num(session.id), current: session.current });
      if (session.current) leave();
    } catch {
      // The server's sentence is shown from signOut.error.
    }
  }

  return (
    <section aria-labelledby="sessions-heading" className="card p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="sessions-heading" className="text-lg font-semibold">
            Where you're signed in
          </h2>
          <p className="mt-1 text-sm text-muted">Sign out any device you don't recognise, or every device at once.</p>
        </div>
        <button
          type="button"
          className="btn-danger"
          disabled={everywhere.isPending}
          onClick={async () => {
            try {
              await everywhere.mutateAsync();
              leave();
            } catch {
              // The server's sentence is shown from everywhere.error.
            }
          }}
        >
          {everywhere.isPending ? "Signing out…" : "Sign out everywhere"}
        </button>
      </div>
      <div className="mt-4 space-y-3">
        {signOut.isError && <Alert>{messageOf(signOut.error)}</Alert>}
        {everywhere.isError && <Alert>{messageOf(everywhere.error)}</Alert>}
        {sessions.isPending ? (
          <Loading label="Loading your sessions…" />
        ) : sessions.isError ? (
          <QueryError error={sessions.error} onRetry={() => sessions.refetch()} />
        ) : (
          <ul aria-label="Signed-in devices" className="divide-y divide-line/70">
            {sessions.data.map((s) => (
              <li key={String(s.id)} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium">
                    {s.device}
                    {s.current && <span className="ml-2 rounded-full bg-accent/15 px-2 py-0.5 text-xs text-accent">This device</span>}
                  </p>
                  <p className="mt-0.5 text-xs text-muted">
                    {s.ipAddress || "Unknown address"} · last seen <time dateTime={s.lastSeenAt}>{formatDate(s.lastSeenAt)}</time> · signed in{" "}
                    <time dateTime={s.createdAt}>{formatDate(s.createdAt)}</time>
                  </p>
                  {s.userAgent && (
                    <p className="mt-0.5 truncate text-xs text-slate-500" title={s.userAgent}>
                      {s.userAgent}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="btn-secondary"
                  aria-label={`Sign out ${s.device}${s.current ? " (this device)" : ""}`}
                  disabled={signOut.isPending}
                  onClick={() => signOutOne(s)}
                >
                  Sign out
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
