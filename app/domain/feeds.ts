/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export type FeedArticle = {
  slug: string;
  title: string;
  summary: string;
  author: string;
  /** Calendar date (YYYY-MM-DD) the article is published on. */
  publishedOn: string;
  /** ISO timestamp of the last change to the article. */
  updatedAt: string;
  topics: readonly string[];
};

/** RSS 2.0 of the given articles, newest first as given. */
export function buildRss({
  siteUrl,
  title,
  description,
  articles,
}: {
  siteUrl: string;
  title: string;
  description: string;
  articles: FeedArticle[];
}): string {
  const newest = articles[0];
  const items = articles
    .map((article) => {
      const link = `${siteUrl}/insights/${article.slug}`;
      return [
        "    <item>",
        `      <title>${escapeXml(article.title)}</title>`,
        `      <link>${escapeXml(link)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `      <description>${escapeXml(article.summary)}</description>`,
        `      <dc:creator>${escapeXml(article.author)}</dc:creator>`,
        `      <pubDate>${rfc822(article.publishedOn)}</pubDate>`,
        ...article.topics.map((topic) => `      <category>${escapeXml(topic)}</category>`),
        "    </item>",
      ].join("\n");
    })
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${escapeXml(title)}</title>`,
    `    <link>${escapeXml(`${siteUrl}/insights`)}</link>`,
    `    <description>${escapeXml(description)}</description>`,
    "    <language>en</language>",
    `    <atom:link href="${escapeXml(`${siteUrl}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${rfc822(newest.publishedOn)}</lastBuildDate>`] : []),
    items,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

export function buildSitemap({
  siteUrl,
  staticPaths,
  articles,
}: {
  siteUrl: string;
  staticPaths: string[];
  articles: FeedArticle[];
}): string {
  const urls = [
    ...staticPaths.map((path) => `  <url><loc>${escapeXml(`${siteUrl}${path}`)}</loc></url>`),
    ...articles.map(
      (article) =>
        `  <url><loc>${escapeXml(`${siteUrl}/insights/${article.slug}`)}</loc><lastmod>${article.updatedAt.slice(0, 10)}</lastmod></url>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

export function buildRobots(siteUrl: string): string {
  return [
    "User-agent: *",
    "Disallow: /admin",
    "Disallow: /assess",
    "Allow: /",
    "",
    `Sitemap: ${siteUrl}/sitemap.xml`,
    "",
  ].join("\n");
}

function rfc822(isoDate: string): string {
  return new Date(`${isoDate.slice(0, 10)}T08:00:00Z`).toUTCString();
}
