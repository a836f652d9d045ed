import { Form, Link, NavLink, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import { ROLE_LABELS } from "~/domain/team";
import { KeyboardShortcuts } from "./keyboard-shortcuts";

export interface AdminLayoutUser {
  name: string;
  role: "admin" | "consultant";
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? "text-brand underline decoration-2 underline-offset-4" : "text-ink hover:text-brand";

/** The consultants' pages, in the order the navigation shows them; some are for administrators only. */
const NAV_LINKS: readonly { to: string; label: string; adminOnly: boolean }[] = [
  { to: "/admin", label: "Inbox", adminOnly: false },
  { to: "/admin/tasks", label: "Due today", adminOnly: false },
  { to: "/admin/users", label: "Users", adminOnly: true },
  { to: "/admin/inboxes", label: "Inboxes", adminOnly: true },
  { to: "/admin/routing", label: "Routing", adminOnly: true },
  { to: "/admin/reports", label: "Reports", adminOnly: true },
  { to: "/admin/mailbox", label: "Mailbox", adminOnly: true },
  { to: "/admin/exports", label: "Exports", adminOnly: true },
  { to: "/admin/webhooks", label: "Webhooks", adminOnly: true },
  { to: "/admin/account", label: "Your account", adminOnly: false },
];

/** The frame of every consultant page: where to go, who is signed in, and the way out. */
export function AdminFrame({ user, children }: { user: AdminLayoutUser | null; children: ReactNode }) {
  return (
    <div className="min-h-full bg-slate-50">
      {/* Without a user (the session check itself failed) there is nobody to show pages for. */}
      {user ? <AdminBar user={user} /> : null}
      <div className="container-page py-4 sm:py-6">{children}</div>
    </div>
  );
}

function AdminBar({ user }: { user: AdminLayoutUser }) {
  return (
    <div className="border-b border-slate-200 bg-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-4 py-3">
        <nav aria-label="Consultant pages">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm font-semibold">
            {NAV_LINKS.filter((link) => !link.adminOnly || user.role === "admin").map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.to === "/admin"} className={navClass}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <KeyboardShortcuts />
          <p className="text-ink-soft">
            Signed in as <strong className="text-ink">{user.name}</strong> <span>({ROLE_LABELS[user.role]})</span>
          </p>
          {/* A real POST, so signing out works without JavaScript and cannot be triggered by a link. */}
          <Form method="post" action="/admin/logout">
            <button
              type="submit"
              className="rounded-md border border-ink px-3 py-1.5 font-semibold text-ink hover:bg-slate-100"
            >
              Sign out
            </button>
          </Form>
        </div>
      </div>
    </div>
  );
}

/** What an admin page shows instead of its content when it refused the request or failed. */
export function AdminErrorNotice({ status, message }: { status: number | null; message: string }) {
  const title =
    status === 403
      ? "You do not have access"
      : status === 404
        ? "We could not find that"
        : status === 400
          ? "That request did not work"
          : "Something went wrong";
  return (
    <div className="py-12">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">
        {status ? `Error ${status}` : "Error"}
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold text-ink">{title}</h1>
      <p className="mt-4 max-w-2xl text-lg text-ink-soft" data-testid="error-message">
        {message}
      </p>
      <Link to="/admin" className="button-primary mt-8">
        Back to the inbox
      </Link>
    </div>
  );
}

const FAILED = "This page could not be shown. Please try again in a moment.";

/**
 * The notice for whatever an admin page threw: a refusal (400, 403, 404, 409) shows its own
 * message; anything unexpected shows a general one and no detail.
 */
export function AdminRouteErrorNotice() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const said: unknown = error.data;
    const message = error.status < 500 && typeof said === "string" && said.length > 0 ? said : FAILED;
    return <AdminErrorNotice status={error.status} message={message} />;
  }
  return <AdminErrorNotice status={500} message={FAILED} />;
}
