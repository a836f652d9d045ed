import { connect } from "node:net";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "~/server/storage/db.server";
import { readArticleFiles } from "~/server/seed/article-files.server";
import { type TestServer, startServer } from "../support/server";

let server: TestServer;
const published = await readArticleFiles();

beforeAll(async () => {
  server = await startServer();
  // An unpublished draft and a future-dated article sit in the same database as the seed.
  const db = createDatabase(server.databasePath);
  const now = new Date().toISOString();
  const base = {
    summary: "Not for visitors yet.",
    author: "Amara Okafor",
    body_markdown: "Secret draft body.",
    word_count: 3,
    cta_line: null,
    source_hash: "x",
    created_at: now,
    updated_at: now,
  };
  await db
    .insertInto("articles")
    .values([
      { ...base, slug: "draft-only", title: "A draft", status: "draft", published_on: "2026-01-01" },
      { ...base, slug: "scheduled-later", title: "Scheduled", status: "published", published_on: "2999-01-01" },
    ])
    .execute();
  await db.destroy();
});

afterAll(async () => {
  await server?.stop();
});

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`${server.baseUrl}${path}`, { redirect: "manual", ...init });
  return { response, text: await response.text() };
}

describe("public pages", () => {
  it("serves the home page with the firm, the latest articles and a call to action", async () => {
    const { response, text } = await get("/");
    expect(response.status).toBe(200);
    expect(text).toContain("Meridian Regulatory Audit");
    expect(text).toContain("Latest insights");
    expect(text).toContain('href="/assess"');
  });

  it("lists every published article on the insights pages, newest first", async () => {
    const first = await get("/insights");
    const second = await get("/insights?page=2");
    expect(first.response.status).toBe(200);
    const slugs = [...(first.text + second.text).matchAll(/href="\/insights\/([a-z0-9-]+)"/g)].map((match) => match[1]);
    const newestFirst = [...published]
      .sort((a, b) => b.published.localeCompare(a.published))
      .map((article) => article.slug);
    expect([...new Set(slugs)]).toEqual(newestFirst);
  });

  it("filters the list by topic", async () => {
    const { text } = await get("/insights?topic=sanctions");
    const expected = published.filter((article) => article.topics.includes("sanctions")).map((article) => article.slug);
    const slugs = [...new Set([...text.matchAll(/href="\/insights\/([a-z0-9-]+)"/g)].map((match) => match[1]))];
    expect(slugs.sort()).toEqual(expected.sort());
  });

  it.each(["?page=-1", "?page=abc", "?page=1.5", "?topic=astrology"])(
    "answers %s with a 400 page, not a crash",
    async (query) => {
      const { response, text } = await get(`/insights${query}`);
      expect(response.status).toBe(400);
      expect(text).toContain("We could not handle that request");
    },
  );

  it("answers a page past the end with an empty list", async () => {
    const { response, text } = await get("/insights?page=99");
    expect(response.status).toBe(200);
    expect(text).toContain("No articles here yet");
  });

  it("serves each article with its metadata, Open Graph tags and a call to action carrying its slug and topic", async () => {
    for (const article of published) {
      const { response, text } = await get(`/insights/${article.slug}`);
      expect(response.status, article.slug).toBe(200);
      expect(text).toContain(`<meta name="description" content="${escapeAttr(article.summary)}"/>`);
      expect(text).toContain(`<meta property="og:title" content="${escapeAttr(article.title)}"/>`);
      expect(text).toContain(`<meta property="og:url" content="http://localhost:0/insights/${article.slug}"/>`);
      expect(text).toContain(article.author);
      expect(text).toMatch(/\d+ min read/);
      expect(text).toContain(`href="/assess?from=${article.slug}&amp;topic=${article.topics[0]}"`);
    }
  });

  it("serves the privacy notice with its version", async () => {
    const { response, text } = await get("/privacy");
    expect(response.status).toBe(200);
    expect(text).toMatch(/data-testid="privacy-version">\d{4}-\d{2}-\d{2}</);
  });

  it("answers an unknown article with the friendly 404 page", async () => {
    const { response, text } = await get("/insights/no-such-article");
    expect(response.status).toBe(404);
    expect(text).toContain("We could not find that page");
  });

  it("answers an unknown address with the friendly 404 page", async () => {
    const { response, text } = await get("/this/does/not/exist");
    expect(response.status).toBe(404);
    expect(text).toContain("We could not find that page");
  });

  it.each(["draft-only", "scheduled-later"])("does not serve the unpublished article %s", async (slug) => {
    expect((await get(`/insights/${slug}`)).response.status).toBe(404);
    expect((await get("/insights")).text).not.toContain(slug);
    expect((await get("/rss.xml")).text).not.toContain(slug);
    expect((await get("/sitemap.xml")).text).not.toContain(slug);
  });
});

describe("feeds and crawlers", () => {
  it("publishes valid RSS 2.0 listing every published article", async () => {
    const { response, text } = await get("/rss.xml");
    expect(response.headers.get("content-type")).toContain("application/rss+xml");
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<rss version="2.0"');
    for (const article of published) expect(text).toContain(`<link>http://localhost:0/insights/${article.slug}</link>`);
    expect(text.match(/<item>/g)).toHaveLength(published.length);
  });

  it("publishes a well-formed sitemap listing every published article", async () => {
    const { response, text } = await get("/sitemap.xml");
    expect(response.headers.get("content-type")).toContain("application/xml");
    expect(XMLValidator.validate(text)).toBe(true);
    for (const article of published) expect(text).toContain(`<loc>http://localhost:0/insights/${article.slug}</loc>`);
  });

  it("serves robots.txt pointing at the sitemap", async () => {
    const { text } = await get("/robots.txt");
    expect(text).toContain("Sitemap: http://localhost:0/sitemap.xml");
  });
});

describe("bodies that are not forms", () => {
  const endpoints = [
    "/assess",
    "/assess/company",
    "/assess/contact",
    "/assess/review",
    "/assess/later",
    "/admin/login",
    "/admin/forgot",
    "/admin/logout",
  ];
  const bodies: Array<[string, Record<string, string>, BodyInit]> = [
    ["JSON", { "Content-Type": "application/json" }, JSON.stringify({ email: "a@b.example" })],
    ["plain text", { "Content-Type": "text/plain" }, "email=a@b.example"],
    // Bytes, so that fetch adds no type of its own.
    ["a body without a type", {}, new TextEncoder().encode("email=a@b.example")],
  ];
  for (const [label, headers, body] of bodies) {
    it(`are refused with 415 and a plain message, writing nothing: ${label}`, async () => {
      const db = createDatabase(server.databasePath);
      const drafts = async () =>
        Number(
          (
            await db
              .selectFrom("lead_drafts")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await drafts();
      const logged = server.output().length;
      for (const endpoint of endpoints) {
        const { response, text } = await get(endpoint, {
          method: "POST",
          headers: { Origin: server.baseUrl, ...headers },
          body,
        });
        expect({ endpoint, status: response.status, cache: response.headers.get("cache-control") }).toEqual({
          endpoint,
          status: 415,
          cache: "no-store",
        });
        expect(text).toContain("Please send this as a web form");
      }
      expect(await drafts()).toBe(before);
      expect(server.output().slice(logged)).not.toMatch(/error|at .*\.js:\d+/i);
      await db.destroy();
    });
  }

  it("are read as an empty form when there is no body at all, never answered with a 500", async () => {
    for (const endpoint of endpoints) {
      const { response } = await get(endpoint, { method: "POST", headers: { Origin: server.baseUrl } });
      expect({ endpoint, refused: response.status === 415 || response.status >= 500 }).toEqual({
        endpoint,
        refused: false,
      });
    }
  });

  it("are read as an empty form when a post says it is a form but has no body and no length, never answered with 415", async () => {
    // What a load tool or a bare client sends: a type, and neither Content-Length nor a chunked body.
    const postWithoutLength = (endpoint: string) =>
      new Promise<number>((resolve, reject) => {
        const { hostname, port } = new URL(server.baseUrl);
        const socket = connect(Number(port), hostname, () => {
          socket.end(
            `POST ${endpoint} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: ${server.baseUrl}\r\n` +
              "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n",
          );
        });
        let head = "";
        socket.on("data", (chunk) => (head += chunk.toString("latin1")));
        socket.on("end", () => resolve(Number(head.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0)));
        socket.on("error", reject);
      });
    for (const endpoint of endpoints) {
      const status = await postWithoutLength(endpoint);
      expect({ endpoint, refused: status === 415 || status >= 500 }).toEqual({ endpoint, refused: false });
    }
  });

  it("still accept a form", async () => {
    const { response } = await get("/admin/login", {
      method: "POST",
      headers: { Origin: server.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=&password=",
    });
    expect(response.status).toBe(400);
  });
});

describe("headers and health", () => {
  it("sends a private page an enforcing CSP whose nonce matches the page's scripts", async () => {
    const { response, text } = await get("/assess");
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("content-security-policy-report-only")).toBeNull();
    const scripts = [...text.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it("uses a new nonce for every private response", async () => {
    const first = (await get("/assess")).response.headers.get("content-security-policy");
    const second = (await get("/assess")).response.headers.get("content-security-policy");
    expect(first).not.toEqual(second);
  });

  it("sends the other security headers and no HSTS over plain http", async () => {
    const { response } = await get("/insights");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("caches fingerprinted assets for a year", async () => {
    const { text } = await get("/");
    const asset = text.match(/\/build\/[^"]+\.js/)?.[0];
    expect(asset).toBeTruthy();
    const { response } = await get(asset ?? "");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("reports the database as healthy", async () => {
    const { response, text } = await get("/healthz");
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ db: "ok" });
  });
});

function escapeAttr(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
