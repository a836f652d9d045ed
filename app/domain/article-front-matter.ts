import { z } from "zod";
import { ARTICLE_SLUG_PATTERN } from "./articles";
import { TOPIC_IDS } from "./topics";

// The seed reads front matter on the server only. This schema lives apart from the article rules
// that pages use, so the reading pages' browser bundles never load zod.

const isoDate = z.preprocess(
  // YAML turns an unquoted 2026-07-30 into a Date; accept both forms and keep the calendar day.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: "must be a date written as YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written as YYYY-MM-DD")
    .refine(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      "is not a real calendar date",
    ),
);

/** What every article's front matter must say. */
export const ArticleFrontMatterSchema = z.object({
  slug: z.string({ error: "is required" }).regex(ARTICLE_SLUG_PATTERN, "must be lowercase words joined by hyphens"),
  title: z
    .string({ error: "is required" })
    .trim()
    .min(5, "must be at least 5 characters")
    .max(160, "must be at most 160 characters"),
  summary: z
    .string({ error: "is required" })
    .trim()
    .min(20, "must be at least 20 characters")
    .max(300, "must be at most 300 characters"),
  author: z
    .string({ error: "is required" })
    .trim()
    .min(2, "must be at least 2 characters")
    .max(80, "must be at most 80 characters"),
  published: isoDate,
  topics: z
    .array(z.enum(TOPIC_IDS, { error: `must be one of ${TOPIC_IDS.join(", ")}` }), {
      error: "must be a list of topics",
    })
    .min(1, "must name at least one topic")
    .max(3, "must name at most three topics")
    .refine((topics) => new Set(topics).size === topics.length, "must not repeat a topic"),
  status: z.enum(["published", "draft"], { error: "must be published or draft" }).default("published"),
  cta: z
    .string()
    .trim()
    .min(10, "must be at least 10 characters")
    .max(160, "must be at most 160 characters")
    .optional(),
});

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;
