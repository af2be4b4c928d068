import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";

/**
 * The project's tab strip. On a phone it is wider than the screen, so it scrolls sideways; a fade and an arrow at
 * the edge that has more tabs say so, and the current tab is scrolled into view.
 */
export function ProjectTabsNav({ projectId, tabs, current }: { projectId: number; tabs: { slug: string; label: string }[]; current: string }) {
  const strip = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });

  useEffect(() => {
    const el = strip.current;
    if (!el) return;
    const measure = () => setMore({ left: el.scrollLeft > 2, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 2 });
    el.querySelector<HTMLElement>("[aria-current=page]")?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    measure();
    el.addEventListener("scroll", measure, { passive: true });
    const resize = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    resize?.observe(el);
    return () => {
      el.removeEventListener("scroll", measure);
      resize?.disconnect();
    };
  }, [current]);

  return (
    <nav aria-label="Project sections" className="relative -mx-4" data-testid="project-tabs" data-more-left={more.left} data-more-right={more.right}>
      <div ref={strip} className="overflow-x-auto px-4 [scrollbar-width:thin]">
        <ul className="flex min-w-max gap-1 border-b border-line">
          {tabs.map((t) => (
            <li key={t.slug}>
              <Link
                to={`/projects/${projectId}/${t.slug}`}
                aria-current={t.slug === current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                  t.slug === current ? "border-accent text-slate-50" : "border-transparent text-muted hover:text-slate-200"
                }`}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {more.left && (
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-0 flex w-10 items-center bg-gradient-to-r from-ink to-transparent pl-1 text-muted">
          ‹
        </span>
      )}
      {more.right && (
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 flex w-10 items-center justify-end bg-gradient-to-l from-ink to-transparent pr-1 text-muted">
          ›
        </span>
      )}
    </nav>
  );
}
