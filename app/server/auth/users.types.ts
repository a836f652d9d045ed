/** One person as their account page and the user page show them. */
export interface UserAccount {
  id: number;
  name: string;
  email: string;
  role: "admin" | "consultant";
  active: boolean;
  /** How many open leads they take before routing passes them over. */
  capacity: number;
  /** First and last local day away, or null when no absence is planned. */
  awayFrom: string | null;
  awayUntil: string | null;
  /** Invited and not yet signed in: no password set. */
  invitationPending: boolean;
  createdAt: string;
  inboxIds: number[];
  openLeads: number;
}
