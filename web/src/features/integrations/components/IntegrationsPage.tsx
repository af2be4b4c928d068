import { WebhooksSection } from "./WebhooksSection";

/** Minimal page to mount the webhooks section; the tokens part of the Integrations page comes from its own branch. */
export function IntegrationsPage() {
  return (
    <section aria-labelledby="integrations-heading" className="space-y-8">
      <div>
        <h1 id="integrations-heading" className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Integrations
        </h1>
        <p className="mt-1 text-sm text-muted">Let another app make movies with your account and hear when they are ready.</p>
      </div>
      <WebhooksSection />
    </section>
  );
}
