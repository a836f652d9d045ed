import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildSitemap } from "~/domain/feeds";
import { allPublishedArticles } from "~/server/articles/articles.server";

export async function loader({ context }: LoaderFunctionArgs) {
  const xml = buildSitemap({
    siteUrl: context.settings.publicUrl,
    staticPaths: ["/", "/insights", "/privacy"],
    articles: await allPublishedArticles(context.db),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
