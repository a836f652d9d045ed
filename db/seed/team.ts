/**
 * The demo practice: one shared inbox per area of the firm and the consultants who work them.
 * Addresses use the reserved .example domain so nothing can reach a real mailbox.
 */
export const DEMO_INBOXES = [
  { slug: "ai-governance", name: "AI governance", address: "ai-governance@meridian-audit.example" },
  { slug: "privacy-data", name: "Privacy & data", address: "privacy@meridian-audit.example" },
  { slug: "cyber-resilience", name: "Cyber & resilience", address: "cyber@meridian-audit.example" },
  { slug: "sanctions-export", name: "Sanctions & export controls", address: "trade@meridian-audit.example" },
  { slug: "general", name: "General", address: "hello@meridian-audit.example" },
] as const;

export const DEMO_USERS = [
  { email: "partner@meridian-audit.example", name: "Helena Vos", role: "admin", capacity: 10, inboxes: { general: 1 } },
  {
    email: "amara.okafor@meridian-audit.example",
    name: "Amara Okafor",
    role: "consultant",
    capacity: 25,
    inboxes: { "ai-governance": 1, "privacy-data": 1 },
  },
  {
    email: "jonas.lindqvist@meridian-audit.example",
    name: "Jonas Lindqvist",
    role: "consultant",
    capacity: 25,
    inboxes: { "cyber-resilience": 1, general: 1 },
  },
  {
    email: "priya.raman@meridian-audit.example",
    name: "Priya Raman",
    role: "consultant",
    capacity: 25,
    inboxes: { "privacy-data": 1, "ai-governance": 1 },
  },
  {
    email: "mateo.ruiz@meridian-audit.example",
    name: "Mateo Ruiz",
    role: "consultant",
    capacity: 20,
    inboxes: { "sanctions-export": 2 },
  },
  {
    email: "lena.hoffmann@meridian-audit.example",
    name: "Lena Hoffmann",
    role: "consultant",
    capacity: 20,
    inboxes: { "sanctions-export": 1, "cyber-resilience": 1 },
  },
  {
    email: "samuel.adeyemi@meridian-audit.example",
    name: "Samuel Adeyemi",
    role: "consultant",
    capacity: 30,
    inboxes: { general: 1, "ai-governance": 1 },
  },
] as const;

/**
 * Outside production the demo team can sign in with this password, and `npm start` prints the
 * partner's sign-in. In production demo accounts get no password: create real ones with
 * `npm run user:create`.
 */
export const DEMO_PASSWORD = "impact-desk-demo";
export const DEMO_ADMIN_EMAIL = "partner@meridian-audit.example";
