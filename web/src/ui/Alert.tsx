import type { ReactNode } from "react";

const tones = {
  error: "border-red-500/50 bg-red-500/10 text-red-100",
  warning: "border-amber-500/50 bg-amber-500/10 text-amber-100",
  info: "border-sky-500/40 bg-sky-500/10 text-sky-100",
  success: "border-emerald-500/40 bg-emerald-500/10 text-emerald-100",
} as const;

/** A message box. Errors are announced at once (role=alert); the rest politely (role=status). */
export function Alert({ tone = "error", title, children, actions }: { tone?: keyof typeof tones; title?: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-lg border px-4 py-3 text-sm ${tones[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      <div className={title ? "mt-1" : ""}>{children}</div>
      {actions && <div className="mt-3 flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
