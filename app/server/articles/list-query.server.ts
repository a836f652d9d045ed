import { z } from "zod";
import { TOPIC_IDS, type TopicId } from "../../domain/topics";

// Server-only, so the insights list's browser bundle does not carry zod.
const ArticleListQuerySchema = z.object({
  topic: z.enum(TOPIC_IDS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export type ArticleListQuery = { topic?: TopicId; page: number };

/** The list's filter and page from the address; null when either is not one we know. */
export function readArticleListQuery(params: URLSearchParams): ArticleListQuery | null {
  const query = ArticleListQuerySchema.safeParse({
    topic: params.get("topic") || undefined,
    page: params.get("page") || undefined,
  });
  return query.success ? query.data : null;
}
