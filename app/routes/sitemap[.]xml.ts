import { buildSitemap } from "~/domain/feeds";
import { allPublishedArticles } from "~/server/articles.server";
import { getDb } from "~/server/db.server";
import { getEnv } from "~/server/env.server";

export async function loader() {
  const xml = buildSitemap({
    siteUrl: getEnv().publicUrl,
    staticPaths: ["/", "/insights", "/privacy"],
    articles: await allPublishedArticles(getDb()),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
