import { useState, type FormEvent } from "react";
import { num } from "../../../lib/api/client";
import { messageOf } from "../../../lib/api/problem";
import { Alert } from "../../../ui/Alert";
import { Loading } from "../../../ui/Loading";
import { QueryError } from "../../../ui/QueryError";
import { formatDate } from "../../../ui/dates";
import {
  useCreateWebhook,
  useDeleteWebhook,
  useDeliveries,
  useRedeliver,
  useSendTestEvent,
  useUpdateWebhook,
  useWebhooks,
  webhookEvents,
  type WebhookEndpoint,
} from "../api/useWebhooks";

/**
 * Webhook endpoints for another app: add one (its signing secret is shown once, with a copy button), turn it off and
 * on, delete it, send it a test event, and read its delivery log with a "Resend" for each delivery.
 */
export function WebhooksSection() {
  const webhooks = useWebhooks();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);

  return (
    <section aria-labelledby="webhooks-heading" className="card p-5">
      <h2 id="webhooks-heading" className="text-lg font-semibold">
        Webhooks
      </h2>
      <p className="mt-1 text-sm text-muted">
        Another app hears when a run starts, completes, fails or is cancelled. Every request is signed (Standard Webhooks); failed deliveries are retried for about three days.
      </p>
      {secret && (
        <div className="mt-4">
          <SecretOnce url={secret.url} secret={secret.secret} onDone={() => setSecret(null)} />
        </div>
      )}
      <AddWebhookForm onCreated={(url, s) => setSecret({ url, secret: s })} />
      <div className="mt-6">
        {webhooks.isPending ? (
          <Loading label="Loading your webhooks…" />
        ) : webhooks.isError ? (
          <QueryError error={webhooks.error} onRetry={() => webhooks.refetch()} />
        ) : webhooks.data.length === 0 ? (
          <p className="text-sm text-muted">No webhook endpoints yet.</p>
        ) : (
          <ul aria-label="Webhook endpoints" className="divide-y divide-line/70">
            {webhooks.data.map((w) => (
              <EndpointRow key={String(w.id)} endpoint={w} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function AddWebhookForm({ onCreated }: { onCreated: (url: string, secret: string) => void }) {
  const create = useCreateWebhook();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>(["run.completed", "run.failed", "run.cancelled"]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const created = await create.mutateAsync({ url: url.trim(), events, description: description.trim() || null });
      onCreated(created.endpoint.url, created.secret);
      setUrl("");
      setDescription("");
    } catch {
      // The server's sentence is shown from create.error.
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 grid max-w-xl gap-4" noValidate aria-label="Add a webhook endpoint">
      {create.isError && <Alert>{messageOf(create.error)}</Alert>}
      <div>
        <label htmlFor="webhook-url" className="label">
          Endpoint URL
        </label>
        <input id="webhook-url" className="field" type="url" placeholder="https://example.com/hooks/script-to-movie" required value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <div>
        <label htmlFor="webhook-description" className="label">
          Description (optional)
        </label>
        <input id="webhook-description" className="field" value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <fieldset>
        <legend className="label">Events</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {webhookEvents.map((name) => (
            <label key={name} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={events.includes(name)}
                onChange={(e) => setEvents((now) => (e.target.checked ? [...now, name] : now.filter((x) => x !== name)))}
              />
              <code>{name}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <button type="submit" className="btn-primary" disabled={create.isPending || url.trim() === "" || events.length === 0}>
          {create.isPending ? "Adding…" : "Add endpoint"}
        </button>
      </div>
    </form>
  );
}

/** The secret exists in the browser only here, once: the server never shows it again. */
function SecretOnce({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert
      tone="success"
      title="Copy the signing secret now"
      actions={
        <>
          <button
            type="button"
            className="btn-secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(secret);
                setCopied(true);
              } catch {
                setCopied(false);
              }
            }}
          >
            {copied ? "Copied" : "Copy secret"}
          </button>
          <button type="button" className="btn-ghost" onClick={onDone}>
            I have saved it
          </button>
        </>
      }
    >
      <p>
        Requests to {url} are signed with this secret. It is shown only once; if you lose it, rotate it through the API.
      </p>
      <p className="mt-2 break-all font-mono" aria-label="Signing secret">
        {secret}
      </p>
    </Alert>
  );
}

function EndpointRow({ endpoint }: { endpoint: WebhookEndpoint }) {
  const id = num(endpoint.id);
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const test = useSendTestEvent();
  const [open, setOpen] = useState(false);
  const error = update.error ?? remove.error ?? test.error;

  return (
    <li className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="break-all font-medium">{endpoint.url}</p>
          <p className="mt-0.5 text-xs text-muted">
            {endpoint.enabled ? "On" : "Off"} · {endpoint.events.join(", ")}
            {endpoint.description ? ` · ${endpoint.description}` : ""}
          </p>
          {endpoint.disabledReason && <p className="mt-1 text-xs text-amber-200">{endpoint.disabledReason}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" disabled={!endpoint.enabled || test.isPending} onClick={() => test.mutate(id, { onSuccess: () => setOpen(true) })}>
            Send test event
          </button>
          <button type="button" className="btn-secondary" disabled={update.isPending} onClick={() => update.mutate({ id, enabled: !endpoint.enabled })}>
            {endpoint.enabled ? "Turn off" : "Turn on"}
          </button>
          <button type="button" className="btn-ghost" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? "Hide deliveries" : "Deliveries"}
          </button>
          <button type="button" className="btn-danger" aria-label={`Delete ${endpoint.url}`} disabled={remove.isPending} onClick={() => remove.mutate(id)}>
            Delete
          </button>
        </div>
      </div>
      {error && (
        <div className="mt-2">
          <Alert>{messageOf(error)}</Alert>
        </div>
      )}
      {open && <DeliveryLog endpointId={id} url={endpoint.url} />}
    </li>
  );
}

function DeliveryLog({ endpointId, url }: { endpointId: number; url: string }) {
  const deliveries = useDeliveries(endpointId);
  const redeliver = useRedeliver(endpointId);
  if (deliveries.isPending) return <Loading label="Loading deliveries…" />;
  if (deliveries.isError) return <QueryError error={deliveries.error} onRetry={() => deliveries.refetch()} />;
  const items = deliveries.data.items;
  return (
    <div className="mt-3">
      {redeliver.isError && <Alert>{messageOf(redeliver.error)}</Alert>}
      {items.length === 0 ? (
        <p className="text-sm text-muted">Nothing sent yet.</p>
      ) : (
        <ul aria-label={`Deliveries to ${url}`} className="space-y-2">
          {items.map((d) => (
            <li key={String(d.id)} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-line/70 px-3 py-2 text-sm">
              <div className="min-w-0">
                <p>
                  <code>{d.eventType}</code> · {d.status} · {num(d.attempts)} {num(d.attempts) === 1 ? "attempt" : "attempts"}
                  {d.lastStatusCode !== null && d.lastStatusCode !== undefined ? ` · HTTP ${num(d.lastStatusCode)}` : ""}
                </p>
                {d.lastError && <p className="mt-0.5 text-xs text-amber-200">{d.lastError}</p>}
                <p className="mt-0.5 text-xs text-muted">
                  <time dateTime={d.createdAt}>{formatDate(d.createdAt)}</time>
                  {d.status === "pending" && d.nextAttemptAt ? (
                    <>
                      {" "}
                      · next attempt <time dateTime={d.nextAttemptAt}>{formatDate(d.nextAttemptAt)}</time>
                    </>
                  ) : null}
                </p>
              </div>
              <button type="button" className="btn-ghost" aria-label={`Resend ${d.eventType} ${d.messageId}`} disabled={redeliver.isPending} onClick={() => redeliver.mutate(num(d.id))}>
                Resend
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
