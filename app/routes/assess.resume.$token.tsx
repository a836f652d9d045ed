import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { firstIncompleteStep, flowPath } from "~/domain/flow/progress";
import { getDb } from "~/server/db.server";
import { redeemResumeLink } from "~/server/drafts.server";
import { draftCookieHeader } from "~/server/flow.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const redeemed = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await redeemResumeLink(getDb(), token) : null;
  if (!redeemed) throw new Response("This link cannot be used", { status: 410 });
  return redirect(flowPath(firstIncompleteStep(redeemed.draft)), { headers: { "Set-Cookie": await draftCookieHeader(redeemed.token) } });
}

export const meta: MetaFunction = () => [{ title: "Link no longer valid · Impact Desk" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 410) throw error;
  return (
    <div className="container-page max-w-2xl py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">This link has expired or was already used</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Links to continue an assessment work once and for three days. Open the assessment again in the browser you started
        it in, or start a new one.
      </p>
      <Link to="/assess" className="button-primary mt-8">Go to the assessment</Link>
    </div>
  );
}
