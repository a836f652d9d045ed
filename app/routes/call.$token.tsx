import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ProblemMessage, SlotPicker } from "~/components/booking/slot-picker";
import { PROBLEM_MESSAGES, manageFromForm, managePage, statusOf } from "~/server/booking/call-pages.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const page = await managePage(params.token ?? "", new URL(request.url).searchParams.get("tz"), new Date());
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export async function action({ params, request }: ActionFunctionArgs) {
  const result = await manageFromForm(params.token ?? "", await request.formData(), new Date());
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return data({ problem: PROBLEM_MESSAGES[result.problem] }, { status: statusOf(result.problem) });
  if ("cancelled" in result) return redirect(`/call/${params.token}?cancelled=1`);
  return redirect(`/call/${result.manageToken}?moved=1`);
}

export const meta: MetaFunction = () => [
  { title: "Your call · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
  // Not "no-referrer": a form posted under it says it comes from nowhere (Origin: null) and the
  // same-origin check refuses it. "same-origin" still keeps the private address from other sites.
  { name: "referrer", content: "same-origin" },
];

export default function ManageCallPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const notice = search.get("booked")
    ? "Your call is booked. We have emailed you the invitation."
    : search.get("moved")
      ? "Your call is moved. We have emailed you the new invitation."
      : null;
  return (
    <div className="container-page max-w-3xl space-y-5 py-6 sm:py-10">
      <h1 className="font-serif text-2xl font-bold text-ink sm:text-4xl">Your call with {page.hostName}</h1>
      <ProblemMessage message={result?.problem} />
      {page.status === "booked" ? (
        <>
          {notice ? (
            <p
              role="status"
              className="rounded-lg bg-brand-light p-4 font-semibold text-ink"
              data-testid="booking-notice"
            >
              {notice}
            </p>
          ) : null}
          <p className="text-lg text-ink" data-testid="call-time">
            {page.when}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button-secondary">
              Cancel the call
            </button>
          </Form>
          <section aria-labelledby="move" className="space-y-3">
            <h2 id="move" className="font-serif text-xl font-bold text-ink">
              Move it to another time
            </h2>
            <SlotPicker days={page.days} timeZone={page.timeZone} intent="move" submitLabel="Move to this time" />
          </section>
        </>
      ) : (
        <p className="rounded-lg bg-slate-100 p-4 text-ink" data-testid="call-ended">
          {page.status === "cancelled"
            ? `This call (${page.when}) is cancelled. You can book another from your summary.`
            : `This call (${page.when}) was moved. The latest email has the link to the new time.`}
        </p>
      )}
    </div>
  );
}
