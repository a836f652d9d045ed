/**
 * The article both page references show: about as much text as one of the portal's articles,
 * with a title, a byline, a date, headings and related links.
 */
export type ReferenceArticle = {
  title: string;
  author: string;
  publishedOn: string;
  summary: string;
  sections: { heading: string; paragraphs: string[] }[];
  related: { title: string; href: string }[];
};

const SENTENCES = [
  "Lenders that score applicants with a model they did not build are deployers under the AI Act, and the obligations that follow do not wait for the vendor.",
  "A credit decision that rests mainly on an automated score is also a decision under Article 22 of the GDPR, so the applicant may ask for a person to look again.",
  "Supervisors have said they will read the two regimes together: a single impact assessment can serve both if it is written with both in mind.",
  "The ICT risk framework that DORA asks of financial entities reaches the model's supplier too, through the contract and the register of information.",
  "Logs kept for six months, a named person who can override the score, and a plain account of the main factors are the measures asked about first.",
  "Firms that already run model risk management for capital purposes will find much of the evidence exists; it is rarely filed where an auditor would look.",
  "The dates matter: high-risk obligations apply from August 2026, while the register of information under DORA was due in the spring of 2025.",
  "Where the score feeds a decision about insurance pricing rather than credit, a different annex applies, and the analysis should say which.",
];

function paragraph(seed: number): string {
  return Array.from({ length: 4 }, (_, index) => SENTENCES[(seed + index * 3) % SENTENCES.length]).join(" ");
}

export const REFERENCE_ARTICLE: ReferenceArticle = {
  title: "Credit scoring under the GDPR, the AI Act and DORA: one model, three regimes",
  author: "Helena Vos",
  publishedOn: "2026-02-03",
  summary: "What a lender that buys a scoring model must have in place, and by when.",
  sections: ["Who is a deployer", "Automated decisions", "Suppliers and contracts", "What to do this quarter"].map(
    (heading, section) => ({
      heading,
      paragraphs: Array.from({ length: 4 }, (_, index) => paragraph(section * 4 + index)),
    }),
  ),
  related: [
    { title: "The AI Act omnibus: new deadlines", href: "/insights/ai-act-omnibus-new-deadlines" },
    {
      title: "NIS2 in practice: essential and important entities",
      href: "/insights/nis2-essential-important-entities-in-practice",
    },
    { title: "Data localisation in Russia, China and India", href: "/insights/data-localisation-russia-china-india" },
  ],
};

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The article as a complete static HTML page (what the static reference serves). */
export function referenceArticleHtml(article = REFERENCE_ARTICLE): string {
  const sections = article.sections
    .map(
      (section) =>
        `<h2>${escapeHtml(section.heading)}</h2>\n${section.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n")}`,
    )
    .join("\n");
  const related = article.related
    .map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.title)}</a></li>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<meta name="description" content="${escapeHtml(article.summary)}">
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p>${escapeHtml(article.author)} · <time datetime="${article.publishedOn}">${article.publishedOn}</time></p>
<p>${escapeHtml(article.summary)}</p>
${sections}
</article>
<aside><h2>Related</h2><ul>${related}</ul></aside>
</main>
</body>
</html>
`;
}
