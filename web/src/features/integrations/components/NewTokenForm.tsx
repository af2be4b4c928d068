import { useState, type FormEvent } from "react";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { useCreateToken, type CreatedApiToken } from "../api/useTokens";
import { scopes } from "./scopes";

const expiries = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "1 year" },
  { days: 0, label: "Never" },
];

/** Name, scopes and expiry for a new token; the token itself is shown once, with a copy button. */
export function NewTokenForm() {
  const create = useCreateToken();
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>(["runs:write", "runs:read", "media:read"]);
  const [days, setDays] = useState(90);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      setCreated(await create.mutateAsync({ name: name.trim(), scopes: chosen, expiresInDays: days === 0 ? null : days }));
      setCopied(false);
      setName("");
    } catch {
      // The server's sentence is shown from create.error.
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section aria-labelledby="new-token-heading" className="card p-5">
      <h2 id="new-token-heading" className="text-lg font-semibold">
        New API token
      </h2>
      <p className="mt-1 text-sm text-muted">
        Another app sends it as <code>Authorization: Bearer s2m_…</code>. Give it only the scopes that app needs.
      </p>
      {created ? (
        <div className="mt-4 space-y-3" role="status">
          <p className="font-medium">
            Your token “{created.details.name}”. Copy it now: it is shown only this once.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <code aria-label="New token" className="break-all rounded bg-ink px-3 py-2 text-sm text-slate-100">
              {created.token}
            </code>
            <button type="button" className="btn-secondary" onClick={() => copy(created.token)}>
              {copied ? "Copied" : "Copy token"}
            </button>
          </div>
          <button type="button" className="btn-ghost" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      ) : (
        <form className="mt-4 space-y-4" onSubmit={onSubmit}>
          {create.isError && <Alert>{messageOf(create.error)}</Alert>}
          <div>
            <label htmlFor="token-name" className="label">
              Name
            </label>
            <input
              id="token-name"
              className="field max-w-md"
              value={name}
              maxLength={100}
              required
              placeholder="e.g. Decode Shorts"
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <fieldset>
            <legend className="text-sm font-medium">Scopes</legend>
            <div className="mt-1 space-y-1">
              {scopes.map((s) => (
                <label key={s.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.id)}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, s.id] : chosen.filter((c) => c !== s.id))}
                  />
                  <code>{s.id}</code>
                  <span className="text-muted">{s.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="token-expiry" className="label">
              Expires after
            </label>
            <select id="token-expiry" className="field max-w-xs" value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {expiries.map((x) => (
                <option key={x.days} value={x.days}>
                  {x.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-primary" disabled={create.isPending || chosen.length === 0 || name.trim() === ""}>
            {create.isPending ? "Creating…" : "Create token"}
          </button>
        </form>
      )}
    </section>
  );
}
