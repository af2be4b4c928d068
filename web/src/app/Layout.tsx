import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { useLogout } from "../features/auth/api/useLogout";
import { useMe } from "../features/auth/api/useMe";
import { OfflineBanner } from "../ui/OfflineBanner";

export function Layout() {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = me.data;

  return (
    <div className="flex min-h-full flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 btn-primary">
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-line/80 bg-ink/85 backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-100">
            <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
              <rect width="32" height="32" rx="7" fill="#1b2030" />
              <path d="M6 9h20v14H6z" fill="none" stroke="#f5b83d" strokeWidth="2" />
              <path d="M14 13l6 3-6 3z" fill="#f5b83d" />
            </svg>
            <span>
              Script<span className="text-accent">·</span>to<span className="text-accent">·</span>Movie
            </span>
          </Link>
          {user && (
            <nav aria-label="Main" className="ml-2 hidden gap-1 sm:flex">
              <NavLink to="/" end className={({ isActive }) => `btn-ghost ${isActive ? "text-slate-100" : ""}`}>
                Projects
              </NavLink>
              <NavLink to="/projects/new" className={({ isActive }) => `btn-ghost ${isActive ? "text-slate-100" : ""}`}>
                New project
              </NavLink>
            </nav>
          )}
          <div className="ml-auto flex items-center gap-3">
            {user ? (
              <>
                <Link to="/account" className="btn-ghost text-sm" title={`${user.email}: sessions and password`}>
                  <span className="hidden md:inline">{user.name}</span>
                  <span className="md:hidden">Account</span>
                </Link>
                <button
                  type="button"
                  className="btn-secondary"
                  onClick={async () => {
                    await logout.mutateAsync().catch(() => undefined);
                    queryClient.clear();
                    navigate("/login");
                  }}
                >
                  Log out
                </button>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        <Outlet />
      </main>
      <footer className="border-t border-line/60 py-4 text-center text-xs text-muted">
        Script-to-Movie · screenplay in, movie out · <a className="underline hover:text-slate-200" href="/docs">API reference</a>
      </footer>
    </div>
  );
}
