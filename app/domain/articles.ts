import { z } from "zod";
import { TOPIC_IDS, type TopicId, topicById } from "./topics";

export const ARTICLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ARTICLES_PAGE_SIZE = 6;
const WORDS_PER_MINUTE = 220;

const isoDate = z.preprocess(
  // YAML turns an unquoted 2026-07-30 into a Date; accept both forms and keep the calendar day.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: "must be a date written as YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written as YYYY-MM-DD")
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "is not a real calendar date"),
);

/** What every article's front matter must say. */
export const ArticleFrontMatterSchema = z.object({
  slug: z.string({ error: "is required" }).regex(ARTICLE_SLUG_PATTERN, "must be lowercase words joined by hyphens"),
  title: z.string({ error: "is required" }).trim().min(5, "must be at least 5 characters").max(160, "must be at most 160 characters"),
  summary: z.string({ error: "is required" }).trim().min(20, "must be at least 20 characters").max(300, "must be at most 300 characters"),
  author: z.string({ error: "is required" }).trim().min(2, "must be at least 2 characters").max(80, "must be at most 80 characters"),
  published: isoDate,
  topics: z
    .array(z.enum(TOPIC_IDS, { error: `must be one of ${TOPIC_IDS.join(", ")}` }), { error: "must be a list of topics" })
    .min(1, "must name at least one topic")
    .max(3, "must name at most three topics")
    .refine((topics) => new Set(topics).size === topics.length, "must not repeat a topic"),
  status: z.enum(["published", "draft"], { error: "must be published or draft" }).default("published"),
  cta: z.string().trim().min(10, "must be at least 10 characters").max(160, "must be at most 160 characters").optional(),
});

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

export function countWords(markdown: string): number {
  const words = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words?.length ?? 0;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/** The article's primary topic decides which question the call to action asks. */
export function callToAction(article: { slug: string; topics: readonly TopicId[]; ctaLine: string | null }) {
  const primary = article.topics[0];
  const params = new URLSearchParams({ from: article.slug });
  if (primary) params.set("topic", primary);
  return {
    line: article.ctaLine ?? (primary ? topicById(primary).ctaLine : "Wondering how this could affect your business?"),
    href: `/assess?${params.toString()}`,
  };
}

export const PageParamSchema = z.coerce.number().int().min(1).max(10_000);
