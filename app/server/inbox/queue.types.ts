export interface LeadQueueNav {
  /** The list the lead was opened from, at its first page. */
  listHref: string;
  /** The lead after this one in that list, or null at its end. */
  next: { href: string; label: string } | null;
}
