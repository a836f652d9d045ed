import type sanitizeHtml from "sanitize-html";
import { loadOnce } from "../load-once.server";

const SANITIZE_OPTIONS = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "blockquote",
    "strong",
    "em",
    "code",
    "pre",
    "a",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
    "sup",
    "sub",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["https", "http", "mailto"],
} satisfies sanitizeHtml.IOptions;

/**
 * Names this renderer in the stored HTML (articles.html_renderer). Change it whenever the options
 * above or the versions of markdown-it or sanitize-html change: at the next start every article
 * is rendered again with the new renderer.
 */
export const MARKDOWN_RENDERER = "markdown-it 14.1 + sanitize-html 2.17.5, allow-list 1";

export type MarkdownRenderer = (source: string) => string;

/**
 * The renderer, with markdown-it and sanitize-html loaded on first use. Articles are rendered
 * when they are seeded or the renderer changes, never for a page view, so most starts of the
 * server need neither package (with their parsers, some 150 modules; decision 043).
 */
export const loadMarkdownRenderer = loadOnce(async (): Promise<MarkdownRenderer> => {
  const [{ default: MarkdownIt }, { default: sanitize }] = await Promise.all([
    import("markdown-it"),
    import("sanitize-html"),
  ]);
  // Raw HTML in the source is escaped rather than passed through; the sanitiser is a second
  // line of defence should a plugin or a future option ever let markup through.
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });
  const options: sanitizeHtml.IOptions = {
    ...SANITIZE_OPTIONS,
    transformTags: {
      a: sanitize.simpleTransform("a", { rel: "noopener noreferrer" }),
      // The page's title is the only h1; headings inside an article start at h2.
      h1: "h2",
    },
  };
  return (source: string) => sanitize(markdown.render(source), options);
});
