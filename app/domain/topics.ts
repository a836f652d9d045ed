/**
 * The regulatory topics the firm writes about. Articles are tagged with them, the call to
 * action carries one into the qualification flow (`/assess?topic=`), and the questionnaire's
 * "main concern" question uses the same values so a known topic can pre-select it.
 */
export const TOPICS = [
  { id: "eu-ai-act", label: "EU AI Act", ctaLine: "Wondering how the AI Act's new dates affect your business?" },
  {
    id: "gdpr",
    label: "GDPR and privacy",
    ctaLine: "Wondering how this changes what you owe the people whose data you hold?",
  },
  { id: "nis2", label: "NIS2", ctaLine: "Wondering whether NIS2 makes your company an essential or important entity?" },
  { id: "dora", label: "DORA", ctaLine: "Wondering what DORA asks of you as a financial entity or an ICT supplier?" },
  {
    id: "data-act",
    label: "EU Data Act",
    ctaLine: "Wondering what the Data Act means for your connected products or cloud services?",
  },
  {
    id: "cyber-resilience-act",
    label: "Cyber Resilience Act",
    ctaLine: "Wondering whether your products are ready for the Cyber Resilience Act's reporting duties?",
  },
  {
    id: "us-ai-laws",
    label: "US state AI laws",
    ctaLine: "Wondering how the US state AI laws reach your hiring, lending or customer decisions?",
  },
  {
    id: "sanctions",
    label: "Sanctions",
    ctaLine: "Wondering whether your customers, suppliers or payments carry sanctions risk?",
  },
  {
    id: "export-controls",
    label: "Export controls",
    ctaLine: "Wondering whether your hardware, software or AI chips need an export licence?",
  },
  {
    id: "data-localisation",
    label: "Data localisation",
    ctaLine: "Wondering where your customers' data is allowed to live?",
  },
] as const;

export type TopicId = (typeof TOPICS)[number]["id"];

export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === "string" && (TOPIC_IDS as readonly string[]).includes(value);
}

export function topicById(id: TopicId) {
  const topic = TOPICS.find((candidate) => candidate.id === id);
  if (!topic) throw new Error(`Unknown topic ${id}`);
  return topic;
}
