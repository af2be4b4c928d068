import { useState, type FormEvent } from "react";
import { messageOf } from "../../../lib/api/problem";
import { useChangePassword } from "../api/useChangePassword";
import { Alert } from "../../../ui/Alert";

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      setCurrent("");
      setNew("");
    } catch {
      // The server's sentence is shown from change.error.
    }
  }

  return (
    <section aria-labelledby="password-heading" className="card p-5">
      <h2 id="password-heading" className="text-lg font-semibold">
        Change your password
      </h2>
      <p className="mt-1 text-sm text-muted">At least 8 characters. A few unrelated words make a strong password. Every other device will be signed out.</p>
      <div className="mt-4 space-y-3">
        {change.isError && <Alert>{messageOf(change.error)}</Alert>}
        {change.isSuccess && <Alert tone="success">{change.data.message}</Alert>}
      </div>
      <form onSubmit={submit} className="mt-4 grid max-w-md gap-4" noValidate>
        <div>
          <label htmlFor="current-password" className="label">
            Current password
          </label>
          <input id="current-password" className="field" type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrent(e.target.value)} />
        </div>
        <div>
          <label htmlFor="new-password" className="label">
            New password
          </label>
          <input id="new-password" className="field" type="password" autoComplete="new-password" required minLength={8} value={newPassword} onChange={(e) => setNew(e.target.value)} />
        </div>
        <div>
          <button type="submit" className="btn-primary" disabled={change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </button>
        </div>
      </form>
    </section>
  );
}
