import { Link } from "@remix-run/react";
import { callToAction } from "~/domain/articles";
import { formatCalendarDay } from "~/domain/date-format";
import { type TopicId, topicById } from "~/domain/topics";

export type ArticleCardData = {
  slug: string;
  title: string;
  summary: string;
  author: string;
  publishedOn: string;
  readingMinutes: number;
  topics: TopicId[];
};

export function TopicBadge({ topic, linked = true }: { topic: TopicId; linked?: boolean }) {
  const className = "inline-block rounded-full bg-brand-light px-3 py-1 text-xs font-semibold text-brand-dark";
  const label = topicById(topic).label;
  return linked ? (
    <Link to={`/insights?topic=${topic}`} className={`${className} hover:underline`}>
      {label}
    </Link>
  ) : (
    <span className={className}>{label}</span>
  );
}

export function ArticleMeta({
  article,
}: {
  article: Pick<ArticleCardData, "author" | "publishedOn" | "readingMinutes">;
}) {
  return (
    <p className="text-sm text-ink-soft">
      <time dateTime={article.publishedOn}>{formatCalendarDay(article.publishedOn)}</time>
      <span aria-hidden="true"> · </span>
      {article.author}
      <span aria-hidden="true"> · </span>
      {`${article.readingMinutes} min read`}
    </p>
  );
}

export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-6 shadow-sm transition hover:shadow-md">
      <ul className="mb-3 flex flex-wrap gap-2" aria-label="Topics">
        {article.topics.map((topic) => (
          <li key={topic}>
            <TopicBadge topic={topic} linked={false} />
          </li>
        ))}
      </ul>
      <Heading className="font-serif text-xl font-bold leading-snug text-ink">
        <Link to={`/insights/${article.slug}`} className="hover:text-brand hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-3 flex-1 text-ink-soft">{article.summary}</p>
      <div className="mt-4">
        <ArticleMeta article={article} />
      </div>
    </article>
  );
}

/** The block every article ends with, and that the home page and article list also carry. */
export function CtaBlock({
  article,
  headingLevel = 2,
}: {
  article?: { slug: string; topics: TopicId[]; ctaLine: string | null };
  headingLevel?: 2 | 3;
}) {
  const cta = article
    ? callToAction(article)
    : { line: "Wondering how this could affect your business?", href: "/assess" };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <aside aria-labelledby="cta-heading" className="rounded-xl bg-ink px-6 py-8 text-white sm:px-10" data-testid="cta">
      <Heading id="cta-heading" className="font-serif text-2xl font-bold">
        {cta.line}
      </Heading>
      <p className="mt-3 max-w-2xl text-slate-200">
        Reach out to our audit experts. Answer a few short questions about your business and get an instant, explainable
        summary of which rules are likely to apply to you and when.
      </p>
      <Link
        to={cta.href}
        className="mt-6 inline-flex items-center rounded-md bg-white px-5 py-3 font-semibold text-ink hover:bg-brand-light"
      >
        Assess your exposure<span aria-hidden="true">&nbsp;→</span>
      </Link>
    </aside>
  );
}
