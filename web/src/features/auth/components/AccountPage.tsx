import { useMe } from "../api/useMe";
import { usePageTitle } from "../../../ui/usePageTitle";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { SessionList } from "./SessionList";

/** The account: who you are, where you are signed in, and your password. */
export function AccountPage() {
  usePageTitle("Your account");
  const me = useMe();

  return (
    <section aria-labelledby="account-heading" className="space-y-8">
      <div>
        <h1 id="account-heading" className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Your account
        </h1>
        {me.data && (
          <p className="mt-1 text-sm text-muted">
            {me.data.name} · {me.data.email}
          </p>
        )}
      </div>
      <SessionList />
      <ChangePasswordForm />
    </section>
  );
}
