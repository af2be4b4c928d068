import { usePageTitle } from "../../../ui/usePageTitle";
import { NewTokenForm } from "./NewTokenForm";
import { TokenList } from "./TokenList";
import { WebhooksSection } from "./WebhooksSection";

/** How other apps reach this account: API tokens and webhook endpoints. */
export function IntegrationsPage() {
  usePageTitle("Integrations");
  return (
    <section aria-labelledby="integrations-heading" className="space-y-8">
      <div>
        <h1 id="integrations-heading" className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Integrations
        </h1>
        <p className="mt-1 text-sm text-muted">
          Let another app make movies for you through the API. The contract is in{" "}
          <a className="underline" href="/docs">
            the API reference
          </a>
          .
        </p>
      </div>
      <NewTokenForm />
      <TokenList />
      <WebhooksSection />
    </section>
  );
}
