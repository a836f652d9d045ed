import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  Link,
  Links,
  Meta,
  Outlet,
  LiveReload,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "./components/layout";
import { useNonce } from "./components/nonce";
import { getEnv } from "./server/env.server";
import stylesheet from "./tailwind.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "alternate", type: "application/rss+xml", title: "Insights", href: "/rss.xml" },
];

export const meta: MetaFunction = ({ error }) => [{ title: error ? "Page unavailable · Impact Desk" : "Impact Desk" }];

export async function loader() {
  return { firmName: getEnv().firmName };
}

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRootData();
  const firmName = data?.firmName ?? "Impact Desk";
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader firmName={firmName} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter firmName={firmName} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        {/* Renders nothing outside `npm run dev`. */}
        <LiveReload nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const clientError = isRouteErrorResponse(error) && error.status >= 400 && error.status < 500;
  const title = notFound
    ? "We could not find that page"
    : clientError
      ? "We could not handle that request"
      : "Something went wrong on our side";
  const message = notFound
    ? "The page may have moved, or the address may be mistyped. Our latest insights are a good place to start."
    : clientError
      ? "Please check the address or the details you sent and try again."
      : "The problem has been logged and we will look into it. Please try again in a moment.";
  return (
    <div className="container-page py-16">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">
        {isRouteErrorResponse(error) ? `Error ${error.status}` : "Error"}
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold text-ink sm:text-4xl">{title}</h1>
      <p className="mt-4 max-w-2xl text-lg text-ink-soft">{message}</p>
      <div className="mt-8 flex flex-wrap gap-4">
        <Link to="/" className="button-primary">
          Go to the home page
        </Link>
        <Link to="/insights" className="button-secondary">
          Read our insights
        </Link>
      </div>
    </div>
  );
}
