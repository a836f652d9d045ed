import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { readArticleFiles } from "~/server/seed/article-files.server";
import { NewsArticleShape, OrganizationShape, jsonLdBlocks } from "../support/schema-org-shapes";
import { type TestServer, startServer } from "../support/server";

const SITE = "https://audit.example";
let server: TestServer;
let db: DB;
const published = (await readArticleFiles()).filter((article) => article.status === "published");

beforeAll(async () => {
  server = await startServer({ PUBLIC_URL: SITE });
  db = createDatabase(server.databasePath);
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

const page = async (path: string) => (await fetch(`${server.baseUrl}${path}`)).text();

describe("structured data on the pages", () => {
  it("describes every article with one NewsArticle in the shape search engines read", async () => {
    for (const article of published) {
      const blocks = jsonLdBlocks(await page(`/insights/${article.slug}`));
      expect(blocks, article.slug).toHaveLength(1);
      const parsed = NewsArticleShape.safeParse(blocks[0]);
      expect(parsed.error?.issues ?? [], article.slug).toEqual([]);
      expect(parsed.data, article.slug).toMatchObject({
        headline: article.title,
        url: `${SITE}/insights/${article.slug}`,
        datePublished: article.published,
        author: [{ "@type": "Person", name: article.author }],
        publisher: { name: "Meridian Regulatory Audit", url: `${SITE}/` },
      });
    }
  });

  it("describes the firm as an Organization on the home page", async () => {
    const blocks = jsonLdBlocks(await page("/"));
    expect(blocks).toHaveLength(1);
    expect(OrganizationShape.safeParse(blocks[0]).error?.issues ?? []).toEqual([]);
    expect(blocks[0]).toMatchObject({ name: "Meridian Regulatory Audit", url: `${SITE}/` });
  });

  it("keeps a title with markup inside its JSON-LD, as text", async () => {
    const [article] = published;
    if (!article) throw new Error("No published article");
    const hostile = 'Scripts </script><script>alert("x")</script> in a title';
    const before = (await page(`/insights/${article.slug}`)).match(/<script\b/g)?.length;
    await db
      .updateTable("articles")
      .set({ title: hostile, updated_at: new Date().toISOString() })
      .where("slug", "=", article.slug)
      .execute();

    let html = "";
    for (let attempt = 0; attempt < 50 && !html.includes("Scripts &lt;/script&gt;"); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      html = await page(`/insights/${article.slug}`);
    }
    expect(html.match(/<script\b/g)?.length).toBe(before);
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(jsonLdBlocks(html)[0]).toMatchObject({ headline: hostile });
  });
});
