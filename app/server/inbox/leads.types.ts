export interface InboxFilterOptions {
  inboxes: { id: number; slug: string; name: string }[];
  owners: { id: number; name: string; active: boolean }[];
  /** Articles that leads came from, by title; a removed article keeps its slug. */
  sources: { slug: string; title: string }[];
}
