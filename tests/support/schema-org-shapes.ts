import { z } from "zod";

/**
 * The schema.org shapes the portal emits as JSON-LD, with what search engines need of each
 * (Google's Article and Organization structured data): exact types, absolute URLs, ISO dates,
 * named author and publisher. Strict objects: an unexpected property fails too.
 */

const absoluteUrl = z.url({ protocol: /^https?$/ });
const isoDate = z.iso.date();
const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime()]);

const ImageObjectShape = z.strictObject({ "@type": z.literal("ImageObject"), url: absoluteUrl });

const OrganizationFields = {
  "@type": z.literal("Organization"),
  "@id": absoluteUrl,
  name: z.string().min(1),
  url: absoluteUrl,
  logo: ImageObjectShape,
};

export const OrganizationShape = z.strictObject({
  "@context": z.literal("https://schema.org"),
  ...OrganizationFields,
  description: z.string().min(20),
});

export const NewsArticleShape = z
  .strictObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("NewsArticle"),
    "@id": absoluteUrl,
    headline: z.string().min(1),
    description: z.string().min(1),
    url: absoluteUrl,
    mainEntityOfPage: z.strictObject({ "@type": z.literal("WebPage"), "@id": absoluteUrl }),
    datePublished: isoDate,
    dateModified: isoDateOrDateTime,
    author: z.array(z.strictObject({ "@type": z.literal("Person"), name: z.string().min(1) })).min(1),
    publisher: z.strictObject(OrganizationFields),
    articleSection: z.string().min(1),
    keywords: z.array(z.string().min(1)).min(1),
    inLanguage: z.literal("en"),
    isAccessibleForFree: z.literal(true),
  })
  .refine(
    (article) => article.dateModified.slice(0, 10) >= article.datePublished,
    "dateModified precedes datePublished",
  )
  .refine((article) => article.mainEntityOfPage["@id"] === article.url, "the main entity is not the article's page");

/** Every JSON-LD block in a page, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) =>
    JSON.parse(json ?? ""),
  );
}
