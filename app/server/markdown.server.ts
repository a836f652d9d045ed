import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Raw HTML in the source is escaped rather than passed through; the sanitiser below is a
// second line of defence should a plugin or a future option ever let markup through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "ul", "ol", "li", "blockquote", "strong", "em", "code", "pre",
    "a", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: ["https", "http", "mailto"],
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
    // The page's title is the only h1; headings inside an article start at h2.
    h1: "h2",
  },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}
