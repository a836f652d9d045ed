import { buildRss } from "~/domain/feeds";
import { allPublishedArticles } from "~/server/articles.server";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";

export async function loader() {
  const env = getEnv();
  const xml = buildRss({
    siteUrl: env.publicUrl,
    title: `${env.firmName} · Insights`,
    description: "Dated, practical analysis of technology regulation for business.",
    articles: await allPublishedArticles(getDb()),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
