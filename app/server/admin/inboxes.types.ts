export interface InboxSummary {
  id: number;
  slug: string;
  name: string;
  address: string;
  members: { id: number; name: string; weight: number; active: boolean }[];
  openLeads: number;
  /** How many rules in force send leads here, and whether it takes what no rule does. */
  rules: number;
  fallback: boolean;
}
