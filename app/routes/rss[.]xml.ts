import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildRss } from "~/domain/feeds";
import { allPublishedArticles } from "~/server/articles/articles.server";

export async function loader({ context }: LoaderFunctionArgs) {
  const env = context.settings;
  const xml = buildRss({
    siteUrl: env.publicUrl,
    title: `${env.firmName} · Insights`,
    description: "Dated, practical analysis of technology regulation for business.",
    articles: await allPublishedArticles(context.db),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
