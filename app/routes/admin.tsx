import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { AdminFrame, AdminRouteErrorNotice } from "~/components/admin-layout";
import { FlashMessage } from "~/components/flash-message";
import { requireUser } from "~/server/auth/auth.server";
import { takeFlash } from "~/server/http/flash.server";

/**
 * The frame of every signed-in admin page: the session is checked once here, the navigation is
 * drawn once, the confirmation an action left in the session (a flash message) is taken and
 * shown once, and one error boundary shows a refusal or a failure of any page inside the frame
 * (docs/decisions/032). Each page below still checks the session and its role itself: loaders
 * run in parallel, a page's data can be fetched without this loader, and actions run alone.
 * Like every dynamic answer, its data goes out as `private, no-store` (set by the HTTP layer).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { user: { name: user.name, role: user.role }, flash: await takeFlash(context.db, request) };
}

/** Pages below name themselves; this is what a page that failed is called. */
export const meta: MetaFunction = ({ error }) => [
  { title: error ? "Page unavailable · Impact Desk" : "Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function AdminPages() {
  const { user, flash } = useLoaderData<typeof loader>();
  return (
    <AdminFrame user={user}>
      <Outlet />
      <FlashMessage flash={flash} />
    </AdminFrame>
  );
}

export function ErrorBoundary() {
  // Present when the page failed but the session check here succeeded, so the navigation can stay.
  const loaded = useRouteLoaderData<typeof loader>("routes/admin");
  return (
    <AdminFrame user={loaded?.user ?? null}>
      <AdminRouteErrorNotice />
    </AdminFrame>
  );
}
