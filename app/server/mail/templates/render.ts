import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import type { RenderedEmail } from "./types";

// html-to-text shouts headings in capitals by default; names typed in mixed case read badly
// that way and searching the text for them would miss.
const HEADING_SELECTORS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

/**
 * Renders the HTML once and derives the plain-text part from it, so the two parts can never
 * drift apart and the React tree is only rendered a single time.
 */
export async function renderEmail(subject: string, element: ReactElement): Promise<RenderedEmail> {
  const html = await render(element);
  const text = toPlainText(html, { selectors: HEADING_SELECTORS }).trim();
  return { subject, html, text };
}
