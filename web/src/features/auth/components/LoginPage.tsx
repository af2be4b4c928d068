import { useState, type FormEvent } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useLogin } from "../api/useLogin";
import { useMe } from "../api/useMe";
import { expiredFlag } from "../expiredFlag";
import { AuthCard } from "./AuthCard";
import { Alert } from "../../../ui/Alert";
import { messageOf } from "../../../lib/api/problem";
import { usePageTitle } from "../../../ui/usePageTitle";

export function LoginPage() {
  usePageTitle("Log in");
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; registered?: string } | null;
  const from = state?.from && state.from !== "/login" ? state.from : "/";
  const [expired] = useState(() => sessionStorage.getItem(expiredFlag) === "1");
  const [email, setEmail] = useState(state?.registered ?? "");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<string | null>(null);

  if (me.data && !login.isPending) return <Navigate to={from} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    // An empty field is answered here: sending it would only earn the server's "wrong email or password".
    const blank = !email.trim() ? "Enter your email address." : !password ? "Enter your password." : null;
    setMissing(blank);
    if (blank) return;
    try {
      await login.mutateAsync({ email, password });
      navigate(from, { replace: true });
    } catch {
      // The message is shown from login.error.
    }
  }

  return (
    <AuthCard title="Log in" subtitle="Welcome back. Your projects are waiting.">
      <div className="space-y-3">
        {expired && !login.isError && (
          <Alert tone="warning">Your session has expired. Log in again to pick up where you left off.</Alert>
        )}
        {state?.registered && !login.isError && <Alert tone="success">Your account is ready. Log in to start your first project.</Alert>}
        {missing ? <Alert>{missing}</Alert> : login.isError && <Alert>{messageOf(login.error)}</Alert>}
      </div>
      <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
        <div>
          <label htmlFor="login-email" className="label">
            Email
          </label>
          <input id="login-email" className="field" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div>
          <label htmlFor="login-password" className="label">
            Password
          </label>
          <input
            id="login-password"
            className="field"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="btn-primary w-full" disabled={login.isPending}>
          {login.isPending ? "Logging in…" : "Log in"}
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        New here?{" "}
        <Link to="/register" className="font-medium text-accent underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
