import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { FormCard } from "~/components/form";
import { firstIncompleteStep, flowPath } from "~/domain/flow/progress";
import { isResumeLinkUsable, redeemResumeLink } from "~/server/flow/drafts.server";
import { draftCookieHeader } from "~/server/flow/draft-cookie.server";
import { readForm } from "~/server/http/form-data.server";

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const unusable = () => new Response("This link cannot be used", { status: 410 });

/**
 * Opening the link only shows a button. Mail scanners and link previews fetch every link in an
 * email; if that used it up, the visitor would find it spent and the draft (their contact
 * details included) in the scanner's cookie. Only the visitor's own click, a POST, spends it.
 */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  if (!TOKEN.test(token) || !(await isResumeLinkUsable(context.db, token))) throw unusable();
  return null;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const token = params.token ?? "";
  const redeemed = TOKEN.test(token) ? await redeemResumeLink(context.db, token) : null;
  if (!redeemed) throw unusable();
  return redirect(flowPath(firstIncompleteStep(redeemed.draft)), {
    headers: { "Set-Cookie": await draftCookieHeader(redeemed.token) },
  });
}

export const meta: MetaFunction = ({ error }) => [
  { title: error ? "Link no longer valid · Impact Desk" : "Continue your assessment · Impact Desk" },
  { name: "robots", content: "noindex" },
];

export default function ContinueAssessment() {
  return (
    <div className="container-page max-w-2xl py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">Continue your assessment</h1>
      <p className="mt-4 mb-8 text-lg text-ink-soft">
        Your answers are saved. Continue in this browser and you will pick up at the first step you have not finished.
        The link works once: after that, the assessment stays open in this browser.
      </p>
      <FormCard>
        <Form method="post" reloadDocument>
          <button type="submit" className="button-primary">
            Continue my assessment
          </button>
        </Form>
      </FormCard>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || error.status !== 410) throw error;
  return (
    <div className="container-page max-w-2xl py-16">
      <h1 className="font-serif text-3xl font-bold text-ink">This link has expired or was already used</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Links to continue an assessment work once and for three days. Open the assessment again in the browser you
        started it in, or start a new one.
      </p>
      <Link to="/assess" className="button-primary mt-8">
        Go to the assessment
      </Link>
    </div>
  );
}
