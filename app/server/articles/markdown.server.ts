import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Raw HTML in the source is escaped rather than passed through; the sanitiser below is a
// second line of defence should a plugin or a future option ever let markup through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
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
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
    // The page's title is the only h1; headings inside an article start at h2.
    h1: "h2",
  },
};

/**
 * Names this renderer in the stored HTML (articles.html_renderer). Change it whenever the options
 * above or the versions of markdown-it or sanitize-html change: at the next start every article
 * is rendered again with the new renderer.
 */
export const MARKDOWN_RENDERER = "markdown-it 14.1 + sanitize-html 2.17.5, allow-list 1";

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}
