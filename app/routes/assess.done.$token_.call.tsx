import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { ProblemMessage, SlotPicker, TimeZoneChooser } from "~/components/booking/slot-picker";
import { PROBLEM_MESSAGES, TIME_ZONES, bookFromForm, bookingPage, statusOf } from "~/server/booking/call-pages.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const tz = new URL(request.url).searchParams.get("tz");
  const page = await bookingPage(params.token ?? "", tz, new Date());
  if (!page) throw new Response("Not found", { status: 404 });
  return { ...page, timeZones: TIME_ZONES, chosen: tz !== null };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const result = await bookFromForm(params.token ?? "", await request.formData(), new Date());
  if (!result) throw new Response("Not found", { status: 404 });
  if (!result.ok) return data({ problem: PROBLEM_MESSAGES[result.problem] }, { status: statusOf(result.problem) });
  return redirect(`/call/${result.manageToken}?booked=1`);
}

export const meta: MetaFunction = () => [
  { title: "Book a call · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
  // Not "no-referrer": a form posted under it says it comes from nowhere (Origin: null) and the
  // same-origin check refuses it. "same-origin" still keeps the private address from other sites.
  { name: "referrer", content: "same-origin" },
];

export default function BookACallPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { token } = useParams();
  return (
    <div className="container-page max-w-3xl space-y-5 py-6 sm:py-10">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand">Reference {page.ref}</p>
      <h1 className="font-serif text-2xl font-bold text-ink sm:text-4xl">Book a call with {page.hostName}</h1>
      <p className="text-ink-soft">
        Thirty minutes to go through your summary. Choose a time; you can cancel or move it from the email we send.
      </p>
      <ProblemMessage message={result?.problem} />
      {page.booked ? (
        <p className="rounded-lg bg-brand-light p-4 text-ink" data-testid="already-booked">
          Your call is booked for {page.booked.when}. Use the link in your email to cancel or move it.
        </p>
      ) : (
        <>
          <TimeZoneChooser timeZone={page.timeZone} timeZones={page.timeZones} chosen={page.chosen} />
          <SlotPicker days={page.days} timeZone={page.timeZone} submitLabel="Book this time" />
        </>
      )}
      <p>
        <Link to={`/assess/done/${token}`} className="font-semibold text-brand underline">
          Back to your summary
        </Link>
      </p>
    </div>
  );
}
