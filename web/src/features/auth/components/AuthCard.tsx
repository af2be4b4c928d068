import type { ReactNode } from "react";

export function AuthCard({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <div className="mx-auto mt-4 grid max-w-4xl overflow-hidden rounded-2xl border border-line bg-panel/90 shadow-2xl shadow-black/40 md:grid-cols-2">
      <div className="relative hidden flex-col justify-end bg-gradient-to-br from-[#2a1f0b] via-[#141821] to-[#0f1830] p-8 md:flex">
        <div aria-hidden="true" className="absolute inset-x-0 top-0 flex h-6 gap-3 overflow-hidden bg-black/40 px-2 py-1">
          {Array.from({ length: 14 }, (_, i) => (
            <span key={i} className="h-4 w-5 shrink-0 rounded-sm bg-white/10" />
          ))}
        </div>
        <p className="text-sm uppercase tracking-[0.2em] text-accent">Script-to-Movie</p>
        <p className="mt-3 text-2xl font-semibold leading-snug text-slate-100">Write a scene. Watch it become a movie.</p>
        <p className="mt-3 text-sm text-muted">Paste or upload a screenplay, follow every step live, fix what you don't like and download the film with subtitles.</p>
      </div>
      <div className="p-6 sm:p-8">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-1 text-sm text-muted">{subtitle}</p>
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
