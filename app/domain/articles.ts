import { type TopicId, topicById } from "./topics";

// Pages load this module in the browser: it must stay free of zod and other heavy imports
// (the front-matter schema is in article-front-matter.ts).

export const ARTICLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ARTICLES_PAGE_SIZE = 6;
const WORDS_PER_MINUTE = 220;

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
