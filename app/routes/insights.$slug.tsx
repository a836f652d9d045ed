import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArticleCard, ArticleMeta, CtaBlock, TopicBadge } from "~/components/articles";
import { ARTICLE_SLUG_PATTERN } from "~/domain/articles";
import { articleJsonLd } from "~/domain/structured-data";
import { getPublishedArticle, relatedArticles } from "~/server/articles/articles.server";

const RELATED_COUNT = 3;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const db = context.db;
  const article = ARTICLE_SLUG_PATTERN.test(slug) ? await getPublishedArticle(db, slug) : null;
  if (!article) throw new Response("Article not found", { status: 404 });
  const env = context.settings;
  return {
    article,
    related: await relatedArticles(db, article, RELATED_COUNT),
    canonicalUrl: `${env.publicUrl}/insights/${article.slug}`,
    firmName: env.firmName,
    siteUrl: env.publicUrl,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Article not found · Impact Desk" }];
  const { article, canonicalUrl, firmName, siteUrl } = data;
  return [
    { title: `${article.title} · ${firmName}` },
    { name: "description", content: article.summary },
    { name: "author", content: article.author },
    { tagName: "link", rel: "canonical", href: canonicalUrl },
    { property: "og:type", content: "article" },
    { property: "og:title", content: article.title },
    { property: "og:description", content: article.summary },
    { property: "og:url", content: canonicalUrl },
    { property: "og:site_name", content: firmName },
    { property: "article:published_time", content: article.publishedOn },
    { property: "article:author", content: article.author },
    ...article.topics.map((topic) => ({ property: "article:tag", content: topic })),
    { name: "twitter:card", content: "summary" },
    { "script:ld+json": articleJsonLd(article, { name: firmName, siteUrl }) },
  ];
};

export default function ArticlePage() {
  const { article, related } = useLoaderData<typeof loader>();
  return (
    <div className="container-page py-12">
      <nav aria-label="Breadcrumb" className="mb-6 text-sm">
        <Link to="/insights" className="link">
          ← All insights
        </Link>
      </nav>
      <article className="mx-auto max-w-3xl">
        <header className="mb-8">
          <ul className="mb-4 flex flex-wrap gap-2" aria-label="Topics">
            {article.topics.map((topic) => (
              <li key={topic}>
                <TopicBadge topic={topic} />
              </li>
            ))}
          </ul>
          <h1 className="font-serif text-3xl font-bold leading-tight text-ink sm:text-4xl">{article.title}</h1>
          <p className="mt-4 text-lg text-ink-soft">{article.summary}</p>
          <div className="mt-4">
            <ArticleMeta article={article} />
          </div>
        </header>
        <div
          className="prose prose-slate max-w-none prose-headings:font-serif prose-a:text-brand"
          // The HTML comes from our Markdown renderer, which escapes raw HTML and sanitises the output.
          dangerouslySetInnerHTML={{ __html: article.html }}
        />
        <div className="mt-12">
          <CtaBlock article={article} />
        </div>
      </article>

      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mx-auto mt-16 max-w-6xl">
          <h2 id="related-heading" className="font-serif text-2xl font-bold text-ink">
            Related insights
          </h2>
          <ul className="mt-6 grid gap-6 md:grid-cols-3">
            {related.map((item) => (
              <li key={item.slug}>
                <ArticleCard article={item} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
