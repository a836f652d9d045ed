import { Link, NavLink, useMatches } from "@remix-run/react";
import type { ReactNode } from "react";

/** A route can aim the page's first link, the skip link, at what people come to it for (`handle.skipLink`). */
export type SkipLinkHandle = { skipLink?: { href: string; label: string } };

function useSkipLink(): { href: string; label: string } {
  const aimed = useMatches()
    .map((match) => (match.handle as SkipLinkHandle | undefined)?.skipLink)
    .filter((link) => link !== undefined)
    .at(-1);
  return aimed ?? { href: "#main", label: "Skip to content" };
}

export function SiteHeader({ firmName }: { firmName: string }) {
  const skip = useSkipLink();
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <a
        href={skip.href}
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {skip.label}
      </a>
      <div className="container-page flex flex-wrap items-center justify-between gap-4 py-4">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-ink">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-sm bg-brand" />
          {firmName}
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-5 text-sm font-medium">
            <li>
              <NavLink
                to="/insights"
                className={({ isActive }) =>
                  isActive ? "text-brand underline underline-offset-4" : "text-ink-soft hover:text-brand"
                }
              >
                Insights
              </NavLink>
            </li>
            <li>
              <Link to="/assess" className="rounded-md bg-brand px-3 py-2 text-white hover:bg-brand-dark">
                Assess your exposure
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter({ firmName }: { firmName: string }) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="container-page flex flex-col gap-4 py-8 text-sm text-ink-soft sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {new Date().getUTCFullYear()} {firmName}. Audits against technology regulation.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link className="hover:text-brand" to="/insights">
                Insights
              </Link>
            </li>
            <li>
              <Link className="hover:text-brand" to="/privacy">
                Privacy notice
              </Link>
            </li>
            <li>
              <a className="hover:text-brand" href="/rss.xml">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

export function PageHeading({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wider text-brand">{eyebrow}</p> : null}
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight text-ink sm:text-4xl">{title}</h1>
      {children ? <div className="mt-4 text-lg text-ink-soft">{children}</div> : null}
    </div>
  );
}
