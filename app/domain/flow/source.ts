import * as z from "zod/mini";
import { ARTICLE_SLUG_PATTERN } from "../articles";
import { isTopicId, type TopicId } from "../topics";

export const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;
export type Utm = Partial<Record<(typeof UTM_KEYS)[number], string>>;

/** Where a visitor came from. Attribution only: anything malformed is dropped, never an error. */
export type LeadSource = {
  article: string | null;
  topic: TopicId | null;
  utm: Utm;
  referrer: string | null;
};

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const cleanText = (max: number) => (value: string | null | undefined) => {
  const cleaned = value?.replace(CONTROL, "").trim().slice(0, max);
  return cleaned ? cleaned : null;
};

const referrerUrl = z.url({ protocol: /^https?$/ });

export function sourceFromParams(params: { get(name: string): string | null }, referrer: string | null): LeadSource {
  const article = params.get("from");
  const topic = params.get("topic");
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = cleanText(200)(params.get(key));
    if (value) utm[key] = value;
  }
  const cleanReferrer = cleanText(500)(referrer);
  return {
    article: article && article.length <= 120 && ARTICLE_SLUG_PATTERN.test(article) ? article : null,
    topic: isTopicId(topic) ? topic : null,
    utm,
    referrer: cleanReferrer && referrerUrl.safeParse(cleanReferrer).success ? cleanReferrer : null,
  };
}
