import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useLogin } from "../api/useLogin";
import { useRegister } from "../api/useRegister";
import { AuthCard } from "./AuthCard";
import { Alert } from "../../../ui/Alert";
import { messageOf } from "../../../lib/api/problem";
import { usePageTitle } from "../../../ui/usePageTitle";

export function RegisterPage() {
  usePageTitle("Create an account");
  const register = useRegister();
  const login = useLogin();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  const error = register.error ?? login.error;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const blank = !email.trim() ? "Enter your email address." : !password ? "Choose a password." : null;
    setMissing(blank);
    if (blank) return;
    try {
      await register.mutateAsync({ name, email, password });
    } catch {
      return;
    }
    try {
      await login.mutateAsync({ email, password });
      navigate("/", { replace: true });
    } catch {
      navigate("/login", { state: { registered: email } });
    }
  }

  const busy = register.isPending || login.isPending;
  return (
    <AuthCard title="Create an account" subtitle="It takes ten seconds. No credit card, no trailer before the trailer.">
      {missing ? <Alert>{missing}</Alert> : error && <Alert>{messageOf(error)}</Alert>}
      <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
        <div>
          <label htmlFor="register-name" className="label">
            Name
          </label>
          <input id="register-name" className="field" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div>
          <label htmlFor="register-email" className="label">
            Email
          </label>
          <input id="register-email" className="field" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div>
          <label htmlFor="register-password" className="label">
            Password
          </label>
          <input
            id="register-password"
            className="field"
            type="password"
            autoComplete="new-password"
            aria-describedby="register-password-hint"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p id="register-password-hint" className="mt-1 text-xs text-muted">
            At least 8 characters.
          </p>
        </div>
        <button type="submit" className="btn-primary w-full" disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        Already have an account?{" "}
        <Link to="/login" className="font-medium text-accent underline-offset-4 hover:underline">
          Log in
        </Link>
      </p>
    </AuthCard>
  );
}
