import { describe, expect, it } from "vitest";
import { loadMarkdownRenderer } from "~/server/articles/markdown.server";

const renderMarkdown = await loadMarkdownRenderer();

describe("article Markdown", () => {
  it("renders headings, lists and emphasis", () => {
    const html = renderMarkdown("## Dates\n\n- **2 Dec 2027**: Annex III\n- 2 Aug 2028: Annex I");
    expect(html).toContain("<h2>Dates</h2>");
    expect(html).toContain("<li><strong>2 Dec 2027</strong>: Annex III</li>");
  });

  it("escapes raw HTML instead of rendering it", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("never turns a javascript: target into a link", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and <javascript:alert(2)>");
    expect(html).not.toContain("<a");
  });

  it("marks links as noopener", () => {
    expect(renderMarkdown("[EUR-Lex](https://eur-lex.europa.eu)")).toContain('rel="noopener noreferrer"');
  });

  it("demotes a stray top-level heading so the page keeps one h1", () => {
    expect(renderMarkdown("# Title")).toBe("<h2>Title</h2>\n");
  });
});
