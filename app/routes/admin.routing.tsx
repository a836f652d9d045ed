import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminLayout, adminErrorBoundary } from "~/components/admin-layout";
import { RoutingRulesPage } from "~/components/routing-rules";
import { requireAdmin } from "~/server/auth.server";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";
import { activateRoutingVersion, routingOverview, saveRulesFromText } from "~/server/routing-admin.server";
import { RoutingRulesetError } from "~/server/routing.server";
import { readForm } from "~/server/form-data.server";

/** The rules as typed are kept within reason: a ruleset is a few hundred rules at the very most. */
const RULES_MAX_LENGTH = 200_000;

const RoutingActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("save"),
      rules: z
        .string({ error: "Please write the rules" })
        .trim()
        .min(1, "Please write the rules")
        .max(RULES_MAX_LENGTH, "The rules are too long to be a ruleset"),
      activate: z.preprocess((value) => value === "on", z.boolean()),
    }),
    z.object({
      intent: z.literal("activate"),
      version: z.string({ error: "Choose a version" }).trim().min(1, "Choose a version").max(100),
    }),
  ],
  { error: "Choose what to do" },
);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireAdmin(request);
  const overview = await routingOverview(getDb());
  // Confirms a stored version only, so the address cannot make the page say anything else.
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    user: { name: user.name, role: user.role },
    overview,
    saved: overview.versions.some((entry) => entry.version === saved) ? saved : null,
    timeZone: getEnv().businessCalendar.timeZone,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAdmin(request);
  const form = await readForm(request);
  const parsed = RoutingActionSchema.safeParse(Object.fromEntries(form));
  const rules = form.get("rules");
  const typed = typeof rules === "string" ? rules : null;
  if (!parsed.success)
    return data({ problems: parsed.error.issues.map((issue) => issue.message), rules: typed }, { status: 400 });
  try {
    if (parsed.data.intent === "save") {
      const ruleset = await saveRulesFromText(getDb(), parsed.data.rules, { activate: parsed.data.activate });
      return redirect(`/admin/routing?saved=${encodeURIComponent(ruleset.version)}`);
    }
    await activateRoutingVersion(getDb(), parsed.data.version);
    return redirect(`/admin/routing?saved=${encodeURIComponent(parsed.data.version)}`);
  } catch (error) {
    if (!(error instanceof RoutingRulesetError)) throw error;
    return data({ problems: error.problems, rules: typed }, { status: 400 });
  }
}

export const meta: MetaFunction = () => [
  { title: "Routing rules · Impact Desk" },
  { name: "robots", content: "noindex, nofollow" },
];

export default function Routing() {
  const { user, overview, saved, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <AdminLayout user={user}>
      <RoutingRulesPage
        overview={overview}
        saved={saved}
        problems={result?.problems ?? []}
        typed={result?.rules ?? null}
        timeZone={timeZone}
      />
    </AdminLayout>
  );
}

export const ErrorBoundary = adminErrorBoundary("The routing rules could not be shown.");
