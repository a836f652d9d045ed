import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DB, createDatabase } from "~/server/storage/db.server";
import { readArticleFiles } from "~/server/seed/article-files.server";
import { rawRequest } from "../support/raw-http";
import { type TestServer, startServer } from "../support/server";

let server: TestServer;
let db: DB;
const [article, otherArticle] = (await readArticleFiles()).filter((candidate) => candidate.status === "published");
if (!article || !otherArticle) throw new Error("The seed needs two published articles");

beforeAll(async () => {
  server = await startServer();
  db = createDatabase(server.databasePath);
});

afterAll(async () => {
  await db?.destroy();
  await server?.stop();
});

const get = (path: string, headers: Record<string, string | string[]> = {}) =>
  rawRequest(`${server.baseUrl}${path}`, headers);

const SHARED_PAGES = [
  "/",
  "/insights",
  "/insights?topic=gdpr",
  `/insights/${article.slug}`,
  "/privacy",
  "/rss.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/_root.data",
  `/insights/${article.slug}.data`,
];

describe("pages that are the same for everyone", () => {
  it.each(SHARED_PAGES)("%s may be kept by shared caches, with a strong ETag", async (path) => {
    const { status, headers } = await get(path);
    expect(status).toBe(200);
    expect(headers["cache-control"]).toMatch(/^public, /);
    expect(headers["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(headers["cache-control"]).toMatch(/stale-while-revalidate=\d+/);
    expect(headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(headers.vary).toBe("Accept-Encoding");
    expect(headers["set-cookie"]).toBeUndefined();
  });

  it("answers 304 without a body when If-None-Match names the current ETag, weakly, in a list, or as *", async () => {
    const { headers } = await get(`/insights/${article.slug}`);
    const etag = String(headers.etag);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"elsewhere", ${etag}`, "*"]) {
      const revalidated = await get(`/insights/${article.slug}`, { "If-None-Match": ifNoneMatch });
      expect(revalidated.status, ifNoneMatch).toBe(304);
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers.etag).toBe(etag);
      expect(revalidated.headers["cache-control"]).toMatch(/^public, /);
    }
  });

  it("sends the whole page when If-None-Match is stale or malformed", async () => {
    for (const ifNoneMatch of ['"0123456789abcdef0123456789abcdef"', 'garbage, "unclosed, W/', ",,,", '"a"b"', "W/*"]) {
      const { status, body } = await get("/", { "If-None-Match": ifNoneMatch });
      expect(status, ifNoneMatch).toBe(200);
      expect(body.toString()).toContain("Latest insights");
    }
  });

  it("keeps the same ETag after a restart while the content is unchanged", async () => {
    const before = (await get(`/insights/${article.slug}`)).headers.etag;
    const restarted = await startServer({ DATABASE_PATH: server.databasePath });
    try {
      const after = (await rawRequest(`${restarted.baseUrl}/insights/${article.slug}`)).headers.etag;
      expect(after).toBe(before);
    } finally {
      await restarted.stop();
    }
  });

  it("locks scripts with hashes of exactly the page's inline scripts, and carries no nonce", async () => {
    const { headers, body } = await get(`/insights/${article.slug}`);
    const html = body.toString();
    const policy = String(headers["content-security-policy"]);
    expect(policy).not.toContain("nonce-");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(html).not.toMatch(/\snonce=/);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes ?? ""))
      .map(
        ([, , content]) =>
          `'sha256-${createHash("sha256")
            .update(content ?? "")
            .digest("base64")}'`,
      );
    expect(inline.length).toBeGreaterThan(0);
    const allowed = policy.match(/script-src ([^;]*)/)?.[1]?.split(" ") ?? [];
    expect(allowed.filter((source) => source.startsWith("'sha256-")).sort()).toEqual([...new Set(inline)].sort());
    expect(allowed).not.toContain("'unsafe-inline'");
  });

  it("sends the brotli, gzip or plain bytes the client prefers, each with its own ETag", async () => {
    const plain = await get(`/insights/${article.slug}`);
    const brotli = await get(`/insights/${article.slug}`, { "Accept-Encoding": "gzip, deflate, br" });
    const gzip = await get(`/insights/${article.slug}`, { "Accept-Encoding": "gzip;q=1, br;q=0.5" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(Number(brotli.headers["content-length"])).toBe(brotli.body.length);
    expect(brotli.headers.etag).toBe(String(plain.headers.etag).replace(/"$/, '-br"'));
    expect(gzip.headers.etag).toBe(String(plain.headers.etag).replace(/"$/, '-gzip"'));
    const revalidated = await get(`/insights/${article.slug}`, {
      "Accept-Encoding": "br",
      "If-None-Match": String(brotli.headers.etag),
    });
    expect(revalidated.status).toBe(304);
  });

  it("answers HEAD with the headers of the page and no body", async () => {
    const page = await get("/privacy");
    const head = await rawRequest(`${server.baseUrl}/privacy`, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(page.headers.etag);
    expect(Number(head.headers["content-length"])).toBe(page.body.length);
  });

  it("ignores unknown query parameters: same page, same ETag, nothing reflected", async () => {
    const clean = await get(`/insights/${article.slug}`);
    const noisy = await get(
      `/insights/${article.slug}?utm_source=news&cb=${Date.now()}&x=%3Cscript%3Epoisoned%3C%2Fscript%3E`,
    );
    expect(noisy.status).toBe(200);
    expect(noisy.headers.etag).toBe(clean.headers.etag);
    expect(noisy.body.equals(clean.body)).toBe(true);
    expect(noisy.body.toString()).not.toContain("poisoned");
  });

  it("varies the insights list by its topic and page only", async () => {
    const all = await get("/insights");
    const topic = await get("/insights?topic=gdpr&ref=mail");
    const sameTopic = await get("/insights?ref=other&topic=gdpr&topic=nis2");
    const emptyTopic = await get("/insights?topic=");
    expect(topic.headers.etag).not.toBe(all.headers.etag);
    expect(sameTopic.headers.etag).toBe(topic.headers.etag);
    expect(emptyTopic.headers.etag).toBe(all.headers.etag);
  });

  it("keeps errors out of every cache", async () => {
    for (const path of ["/insights/no-such-article", "/insights?topic=astrology", "/insights?page=-1"]) {
      const { status, headers } = await get(path);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(headers["cache-control"], path).toBe("private, no-store");
      expect(headers.etag, path).toBeUndefined();
    }
  });

  it("sends the whole page for a Range request", async () => {
    const whole = await get("/privacy");
    const ranged = await get("/privacy", { Range: "bytes=0-99" });
    expect(ranged.status).toBe(200);
    expect(ranged.headers["content-range"]).toBeUndefined();
    expect(ranged.body.equals(whole.body)).toBe(true);
  });

  it("negotiates sensibly with a huge or repeated Accept-Encoding, and refuses oversized headers plainly", async () => {
    const huge = `${Array.from({ length: 450 }, (_, index) => `x-coding-${index};q=0.${(index % 9) + 1}`).join(", ")}, br;q=0.05`;
    expect(huge.length).toBeGreaterThan(6_000);
    const many = await get("/", { "Accept-Encoding": huge });
    expect(many.status).toBe(200);
    expect(many.headers["content-encoding"]).toBe("br");

    const repeated = await get("/", { "Accept-Encoding": ["identity;q=0.1", "gzip"] });
    expect(repeated.status).toBe(200);
    expect(repeated.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(repeated.body).toString()).toContain("Latest insights");

    const oversized = await get("/", { "Accept-Encoding": "gzip, ".repeat(4_000) });
    expect(oversized.status).toBe(431);
  });

  it("serves the same page whatever cookies the visitor sends", async () => {
    const anonymous = await get("/");
    const withCookies = await get("/", { Cookie: "impact_desk_session=abc; impact_desk_draft=def" });
    expect(withCookies.headers.etag).toBe(anonymous.headers.etag);
    expect(withCookies.headers["set-cookie"]).toBeUndefined();
  });
});

describe("browser bundles", () => {
  it("are sent as the brotli or gzip copy made at build time, and kept for a year", async () => {
    const home = (await get("/")).body.toString();
    const bundle = home.match(/\/build\/_shared\/chunk-[A-Z0-9]+\.js/)?.[0] ?? "";
    const plain = await get(bundle);
    for (const coding of ["br", "gzip"]) {
      const { status, headers, body } = await get(bundle, { "Accept-Encoding": coding });
      expect(status, coding).toBe(200);
      expect(headers["content-encoding"], coding).toBe(coding);
      expect(headers["content-type"], coding).toMatch(/^text\/javascript/);
      expect(headers.vary, coding).toBe("Accept-Encoding");
      expect(headers["cache-control"], coding).toBe("public, max-age=31536000, immutable");
      const decoded = coding === "br" ? brotliDecompressSync(body) : gunzipSync(body);
      expect(decoded.equals(plain.body), coding).toBe(true);
    }
  });

  it("answers a bundle that does not exist with a plain 404, not a page", async () => {
    const { status, headers, body } = await get("/build/_shared/chunk-NOSUCHFILE.js");
    expect(status).toBe(404);
    expect(headers["content-type"]).toMatch(/^text\/plain/);
    expect(body.toString()).not.toContain("<html");
  });
});

describe("publishing", () => {
  it("shows an article's stored HTML, and a change within a few seconds with a new ETag", async () => {
    const path = `/insights/${otherArticle.slug}`;
    const before = await get(path);
    await db
      .updateTable("articles")
      .set({ body_html: "<p>Stored rendition, revised.</p>", updated_at: new Date().toISOString() })
      .where("slug", "=", otherArticle.slug)
      .execute();
    const after = await eventually(async () => {
      const response = await get(path);
      return response.body.toString().includes("Stored rendition, revised.") ? response : null;
    });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await get(path, { "If-None-Match": String(before.headers.etag) })).status).toBe(200);
  });
});

describe("pages that depend on the visitor", () => {
  it.each([
    "/assess",
    "/assess?from=x&topic=gdpr",
    "/assess/company",
    "/assess/company.data",
    "/assess/company?_data=routes%2Fassess.%24step",
    "/assess/done/not-a-real-token",
    "/admin",
    "/admin.data",
    "/admin/login",
    "/admin/login.data",
    "/admin/login?_data=routes%2Fadmin.login",
    "/no/such/page",
  ])("%s is never stored by any cache", async (path) => {
    const { headers } = await get(path);
    expect(headers["cache-control"]).toBe("private, no-store");
    expect(headers.etag).toBeUndefined();
  });
});

/** Polls until `probe` returns a value; the server notices content changes within seconds. */
async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error("The change did not show in time");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
