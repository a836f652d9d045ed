import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ArticleCard, CtaBlock } from "~/components/articles";
import { PageHeading } from "~/components/layout";
import { Pagination } from "~/components/pagination";
import { ARTICLES_PAGE_SIZE } from "~/domain/articles";
import { TOPICS } from "~/domain/topics";
import { readArticleListQuery } from "~/server/articles/list-query.server";
import { listPublishedArticles } from "~/server/articles/articles.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const query = readArticleListQuery(new URL(request.url).searchParams);
  if (!query) {
    throw new Response("The topic or page in the address is not one we know.", { status: 400 });
  }
  const { topic, page } = query;
  const result = await listPublishedArticles(context.db, { topic, page, pageSize: ARTICLES_PAGE_SIZE });
  // A page past the end is an empty list, not an error: the last page may have moved.
  return { ...result, topic: topic ?? null };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const topic = TOPICS.find((candidate) => candidate.id === data?.topic);
  const title = topic ? `${topic.label} insights` : "Insights on technology regulation";
  return [
    { title: `${title} · Impact Desk` },
    {
      name: "description",
      content:
        "Dated, practical analysis of technology regulation: AI, privacy, cybersecurity, sanctions and export controls.",
    },
  ];
};

export default function InsightsIndex() {
  const { articles, page, pageCount, total, topic } = useLoaderData<typeof loader>();
  const topicLabel = TOPICS.find((candidate) => candidate.id === topic)?.label;
  const hrefFor = (target: number) => {
    const params = new URLSearchParams();
    if (topic) params.set("topic", topic);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `/insights?${search}` : "/insights";
  };
  return (
    <div className="container-page py-12">
      <PageHeading eyebrow="Insights" title={topicLabel ? `${topicLabel}: our analysis` : "Regulatory news, explained"}>
        <p>
          What changed, what it means for a business, and what to do now. {total} {total === 1 ? "article" : "articles"}
          .
        </p>
      </PageHeading>

      <Form method="get" className="mb-8 flex flex-wrap items-end gap-3" aria-label="Filter articles by topic">
        <div>
          <label htmlFor="topic" className="block text-sm font-medium text-ink">
            Topic
          </label>
          <select
            id="topic"
            name="topic"
            defaultValue={topic ?? ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">All topics</option>
            {TOPICS.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft">
          Filter
        </button>
        {topic ? (
          <Link to="/insights" className="link py-2">
            Clear filter
          </Link>
        ) : null}
      </Form>

      {articles.length > 0 ? (
        <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-ink-soft">
          No articles here yet.{" "}
          <Link to="/insights" className="link">
            See all insights
          </Link>
          .
        </p>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />

      <div className="mt-16">
        <CtaBlock />
      </div>
    </div>
  );
}
