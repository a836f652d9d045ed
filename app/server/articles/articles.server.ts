import type { TopicId } from "../../domain/topics";
import { readingMinutes } from "../../domain/articles";
import type { DB } from "../storage/db.server";
import { MARKDOWN_RENDERER, loadMarkdownRenderer } from "./markdown.server";

export type ArticleSummary = {
  slug: string;
  title: string;
  summary: string;
  author: string;
  publishedOn: string;
  updatedAt: string;
  readingMinutes: number;
  topics: TopicId[];
  ctaLine: string | null;
};

export type Article = ArticleSummary & { html: string };

export type ArticlePage = {
  articles: ArticleSummary[];
  total: number;
  page: number;
  pageCount: number;
};

/** Today's calendar date in UTC: an article dated today is published today. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function publishedArticles(db: DB, today: string) {
  return db
    .selectFrom("articles")
    .where("articles.status", "=", "published")
    .where("articles.published_on", "<=", today);
}

const SUMMARY_COLUMNS = [
  "articles.id",
  "articles.slug",
  "articles.title",
  "articles.summary",
  "articles.author",
  "articles.published_on",
  "articles.updated_at",
  "articles.word_count",
  "articles.cta_line",
] as const;

type SummaryRow = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  author: string;
  published_on: string;
  updated_at: string;
  word_count: number;
  cta_line: string | null;
};

async function withTopics(db: DB, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  if (rows.length === 0) return [];
  const topicRows = await db
    .selectFrom("article_topics")
    .select(["article_id", "topic"])
    .where(
      "article_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("article_id")
    .orderBy("position")
    .execute();
  const topicsById = new Map<number, TopicId[]>();
  for (const { article_id, topic } of topicRows) {
    const list = topicsById.get(article_id) ?? [];
    list.push(topic as TopicId);
    topicsById.set(article_id, list);
  }
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    author: row.author,
    publishedOn: row.published_on,
    updatedAt: row.updated_at,
    readingMinutes: readingMinutes(row.word_count),
    topics: topicsById.get(row.id) ?? [],
    ctaLine: row.cta_line,
  }));
}

export async function listPublishedArticles(
  db: DB,
  options: { topic?: TopicId; page: number; pageSize: number; today?: string },
): Promise<ArticlePage> {
  const today = options.today ?? todayIso();
  let query = publishedArticles(db, today);
  if (options.topic) {
    const topic = options.topic;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("article_topics")
          .select("article_topics.article_id")
          .whereRef("article_topics.article_id", "=", "articles.id")
          .where("article_topics.topic", "=", topic),
      ),
    );
  }
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  const total = Number(count);
  const pageCount = Math.max(1, Math.ceil(total / options.pageSize));
  const rows = await query
    .select(SUMMARY_COLUMNS)
    .orderBy("articles.published_on", "desc")
    .orderBy("articles.id", "desc")
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize)
    .execute();
  return { articles: await withTopics(db, rows), total, page: options.page, pageCount };
}

export async function latestArticles(db: DB, limit: number, today = todayIso()): Promise<ArticleSummary[]> {
  const rows = await publishedArticles(db, today)
    .select(SUMMARY_COLUMNS)
    .orderBy("articles.published_on", "desc")
    .orderBy("articles.id", "desc")
    .limit(limit)
    .execute();
  return withTopics(db, rows);
}

export async function allPublishedArticles(db: DB, today = todayIso()): Promise<ArticleSummary[]> {
  const rows = await publishedArticles(db, today)
    .select(SUMMARY_COLUMNS)
    .orderBy("articles.published_on", "desc")
    .orderBy("articles.id", "desc")
    .execute();
  return withTopics(db, rows);
}

export async function getPublishedArticle(db: DB, slug: string, today = todayIso()): Promise<Article | null> {
  const row = await publishedArticles(db, today)
    .select([...SUMMARY_COLUMNS, "articles.body_html"])
    .where("articles.slug", "=", slug)
    .executeTakeFirst();
  if (!row) return null;
  const [summary] = await withTopics(db, [row]);
  if (!summary) return null;
  return { ...summary, html: row.body_html };
}

/** Articles sharing the most topics with the given one, newest first among equals. */
export async function relatedArticles(
  db: DB,
  article: Pick<ArticleSummary, "slug" | "topics">,
  limit: number,
  today = todayIso(),
): Promise<ArticleSummary[]> {
  if (article.topics.length === 0) return [];
  const rows = await publishedArticles(db, today)
    .innerJoin("article_topics", "article_topics.article_id", "articles.id")
    .where("article_topics.topic", "in", article.topics)
    .where("articles.slug", "!=", article.slug)
    .select(SUMMARY_COLUMNS)
    .select((eb) => eb.fn.countAll<number>().as("shared"))
    .groupBy("articles.id")
    .orderBy("shared", "desc")
    .orderBy("articles.published_on", "desc")
    .limit(limit)
    .execute();
  return withTopics(db, rows);
}

/**
 * Renders again every article whose stored HTML came from another renderer (or none): after an
 * upgrade of the Markdown renderer, and once for articles stored before HTML was kept. Returns
 * how many were rendered; normally none.
 */
export async function renderStaleArticleHtml(db: DB): Promise<number> {
  const stale = await db
    .selectFrom("articles")
    .select(["id", "body_markdown"])
    .where("html_renderer", "!=", MARKDOWN_RENDERER)
    .execute();
  if (stale.length === 0) return 0;
  const renderMarkdown = await loadMarkdownRenderer();
  await db.transaction().execute(async (trx) => {
    for (const row of stale) {
      await trx
        .updateTable("articles")
        .set({ body_html: renderMarkdown(row.body_markdown), html_renderer: MARKDOWN_RENDERER })
        .where("id", "=", row.id)
        .execute();
    }
  });
  return stale.length;
}

/**
 * Changes whenever what the public pages show may change: an article added, removed or updated
 * (the seed stamps updated_at), or a new day (articles dated today appear; the footer's year).
 */
export async function articlesVersion(db: DB, today = todayIso()): Promise<string> {
  const row = await db
    .selectFrom("articles")
    .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.max("updated_at").as("latest")])
    .executeTakeFirstOrThrow();
  return `${today}/${row.count}/${row.latest ?? ""}`;
}
