import { useEffect, useState } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
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
  const location = useLocation();
  // Phones have no room for the header links: they live behind a menu button, closed again on every navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  const onLogout = async () => {
    await logout.mutateAsync().catch(() => undefined);
    queryClient.clear();
    navigate("/login");
  };

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
              <NavLink to="/integrations" className={({ isActive }) => `btn-ghost ${isActive ? "text-slate-100" : ""}`}>
                Integrations
              </NavLink>
            </nav>
          )}
          <div className="ml-auto flex items-center gap-3">
            {user ? (
              <>
                <Link to="/account" className="btn-ghost hidden text-sm sm:inline-flex" title={`${user.email}: sessions and password`}>
                  <span className="hidden md:inline">{user.name}</span>
                  <span className="md:hidden">Account</span>
                </Link>
                <button type="button" className="btn-secondary hidden sm:inline-flex" onClick={onLogout}>
                  Log out
                </button>
                <button
                  type="button"
                  className="btn-secondary sm:hidden"
                  aria-expanded={menuOpen}
                  aria-controls="phone-menu"
                  onClick={() => setMenuOpen(!menuOpen)}
                >
                  <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
                    <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                  </svg>
                  Menu
                </button>
              </>
            ) : null}
          </div>
        </div>
        {user && menuOpen && (
          <nav id="phone-menu" aria-label="Menu" className="border-t border-line/80 px-4 py-2 sm:hidden">
            <ul className="flex flex-col gap-1">
              <li>
                <NavLink to="/" end className="btn-ghost w-full justify-start">
                  Projects
                </NavLink>
              </li>
              <li>
                <NavLink to="/projects/new" className="btn-ghost w-full justify-start">
                  New project
                </NavLink>
              </li>
              <li>
                <NavLink to="/integrations" className="btn-ghost w-full justify-start">
                  Integrations
                </NavLink>
              </li>
              <li>
                <NavLink to="/account" className="btn-ghost w-full justify-start">
                  Account ({user.name})
                </NavLink>
              </li>
              <li>
                <button type="button" className="btn-ghost w-full justify-start" onClick={onLogout}>
                  Log out
                </button>
              </li>
            </ul>
          </nav>
        )}
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
