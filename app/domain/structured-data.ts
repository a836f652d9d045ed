import type { NewsArticle, Organization, WithContext } from "schema-dts";
import type { FeedArticle } from "./feeds";
import { type TopicId, topicById } from "./topics";

/**
 * JSON-LD that tells search engines what a page is: the firm (schema.org Organization) and
 * each article (NewsArticle). The types come from schema.org's vocabulary (schema-dts), so a
 * misspelt property does not compile; the shapes emitted are tested in structured-data tests.
 */

export type Firm = { name: string; siteUrl: string };

const organizationId = (firm: Firm) => `${firm.siteUrl}/#organization`;

function organization(firm: Firm) {
  return {
    "@type": "Organization",
    "@id": organizationId(firm),
    name: firm.name,
    url: `${firm.siteUrl}/`,
    logo: { "@type": "ImageObject", url: `${firm.siteUrl}/favicon.svg` },
  } as const satisfies Organization;
}

export function organizationJsonLd(firm: Firm, description: string) {
  return {
    "@context": "https://schema.org",
    ...organization(firm),
    description,
  } as const satisfies WithContext<Organization>;
}

/** What the feeds know of an article, with its topics named by id so each can be labelled. */
export type StructuredArticle = Omit<FeedArticle, "topics"> & { topics: readonly TopicId[] };

export function articleJsonLd(article: StructuredArticle, firm: Firm) {
  const url = `${firm.siteUrl}/insights/${article.slug}`;
  const topics = article.topics.map((topic) => topicById(topic).label);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: article.publishedOn,
    dateModified: modifiedDate(article),
    author: [{ "@type": "Person", name: article.author }],
    publisher: organization(firm),
    ...(topics[0] ? { articleSection: topics[0] } : {}),
    keywords: topics,
    inLanguage: "en",
    isAccessibleForFree: true,
  } as const satisfies WithContext<NewsArticle>;
}

/**
 * An article stored ahead of its publication date was last changed "before" it was published;
 * search engines expect dateModified never to precede datePublished.
 */
function modifiedDate(article: Pick<StructuredArticle, "publishedOn" | "updatedAt">): string {
  return article.updatedAt.slice(0, 10) < article.publishedOn ? article.publishedOn : article.updatedAt;
}
