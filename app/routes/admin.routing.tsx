import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { RoutingRulesPage } from "~/components/routing-rules";
import { diffInWords, routingFormCatalogue, rulesetToDraft, suggestNextVersion } from "~/domain/routing";
import { requireAdmin } from "~/server/auth/auth.server";
import { redirectWithFlash } from "~/server/http/flash.server";
import { routingOverview, versionDiff } from "~/server/routing/overview.server";
import { handleRoutingForm } from "~/server/routing/form.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const db = context.db;
  const overview = await routingOverview(db);
  const query = new URL(request.url).searchParams;
  // Only stored versions are read back from the address, so it cannot make the page say anything else.
  const stored = (version: string | null) =>
    overview.versions.some((entry) => entry.version === version) ? version : null;
  const active = overview.active;
  const next = {
    ...active,
    version: suggestNextVersion(
      active.version,
      overview.versions.map((entry) => entry.version),
    ),
  };
  const from = stored(query.get("from")) ?? overview.versions[1]?.version ?? active.version;
  const to = stored(query.get("to")) ?? active.version;
  // A comparison is shown only for two stored versions picked from the history.
  const picked = stored(query.get("from")) !== null && stored(query.get("to")) !== null;
  const asked = picked ? await versionDiff(db, from, to) : null;
  const inboxName = (slug: string) => overview.inboxes.find((inbox) => inbox.slug === slug)?.name ?? slug;
  return {
    overview,
    catalogue: routingFormCatalogue(overview.inboxes),
    startDraft: rulesetToDraft(next),
    startText: JSON.stringify(next, null, 2),
    comparison: { from, to, result: asked ? { ...asked, lines: diffInWords(asked.diff, inboxName) } : null },
    building: query.has("build"),
    timeZone: context.settings.businessCalendar.timeZone,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAdmin(request);
  const db = context.db;
  const outcome = await handleRoutingForm(db, await request.formData());
  if ("saved" in outcome)
    return redirectWithFlash(db, request, "/admin/routing", {
      message: `Routing rules updated: version ${outcome.saved} is stored.`,
    });
  return data(outcome.answer, { status: outcome.status });
}

export const meta: MetaFunction = () => [
  { title: "Routing rules · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Routing() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return <RoutingRulesPage {...page} answer={answer ?? null} />;
}
