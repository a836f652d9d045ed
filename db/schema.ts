import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** ISO-8601 timestamps and dates are stored as text so they sort and compare correctly. */
type Timestamp = string;

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  author: string;
  body_markdown: string;
  word_count: number;
  /** Optional topic-specific lead-in for the call to action at the end of the article. */
  cta_line: string | null;
  status: "published" | "draft";
  /** Calendar date (YYYY-MM-DD); an article is visible from this day on. */
  published_on: string;
  /** Hash of the source file, so re-seeding an unchanged article writes nothing. */
  source_hash: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
  updated_at: Timestamp;
}

export interface ArticleTopicsTable {
  article_id: number;
  topic: string;
  /** 0 for the article's primary topic, which its call to action speaks to. */
  position: number;
}

export interface Database {
  articles: ArticlesTable;
  article_topics: ArticleTopicsTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
