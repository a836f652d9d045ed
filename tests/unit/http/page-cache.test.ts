import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type RenderedPage, createPageCache } from "~/server/http/page-cache.server";

function page(text: string): RenderedPage {
  return {
    headers: [["content-type", "text/plain"]],
    contentSecurityPolicy: "default-src 'self'",
    contentHash: text,
    body: Buffer.from(text),
  };
}

function countingRenderer() {
  const calls: string[] = [];
  const render = async (url: string) => {
    calls.push(url);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return url === "/missing" ? { other: { status: 404 } } : { page: page(`${url} #${calls.length}`) };
  };
  return { calls, render };
}

describe("the server's copy of shared pages", () => {
  it("renders a page once for many concurrent requests", async () => {
    const { calls, render } = countingRenderer();
    const cache = createPageCache({ maxBytes: 1_000_000, render });
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.get("/a", "v1")));
    expect(calls).toEqual(["/a"]);
    expect(new Set(results.map((result) => ("entry" in result ? result.entry.page.body.toString() : null)))).toEqual(
      new Set(["/a #1"]),
    );
  });

  it("keeps a page while the content version is the same, and renders it again when it changes", async () => {
    const { calls, render } = countingRenderer();
    const cache = createPageCache({ maxBytes: 1_000_000, render });
    await cache.get("/a", "v1");
    await cache.get("/a", "v1");
    const changed = await cache.get("/a", "v2");
    expect(calls).toEqual(["/a", "/a"]);
    expect("entry" in changed && changed.entry.page.body.toString()).toBe("/a #2");
  });

  it("passes on what is not a page without keeping it", async () => {
    const { calls, render } = countingRenderer();
    const cache = createPageCache({ maxBytes: 1_000_000, render });
    expect(await cache.get("/missing", "v1")).toEqual({ other: { status: 404 } });
    await cache.get("/missing", "v1");
    expect(calls).toEqual(["/missing", "/missing"]);
  });

  it("forgets the least recently read pages beyond its size", async () => {
    const { calls, render } = countingRenderer();
    const cache = createPageCache({ maxBytes: 40, render });
    await cache.get("/first", "v1");
    await cache.get("/second", "v1");
    await cache.get("/third", "v1");
    await cache.get("/first", "v1");
    expect(calls).toEqual(["/first", "/second", "/third", "/first"]);
  });

  it("compresses a page once per coding, to bytes that decompress to the page", async () => {
    const { render } = countingRenderer();
    const cache = createPageCache({ maxBytes: 1_000_000, render });
    const found = await cache.get("/a", "v1");
    if (!("entry" in found)) throw new Error("expected a page");
    const brotli = cache.body(found.entry, "br");
    expect(cache.body(found.entry, "br")).toBe(brotli);
    expect(brotliDecompressSync(await brotli).toString()).toBe("/a #1");
    expect(gunzipSync(await cache.body(found.entry, "gzip")).toString()).toBe("/a #1");
    expect((await cache.body(found.entry, "identity")).toString()).toBe("/a #1");
  });
});
