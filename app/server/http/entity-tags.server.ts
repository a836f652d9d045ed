/**
 * Strong entity tags for shared pages, and the If-None-Match check that turns a revalidation
 * into a 304. Each content coding is its own representation with its own tag, as HTTP requires
 * of strong tags: `"<hash>"`, `"<hash>-br"`, `"<hash>-gzip"`.
 */

export type ContentCoding = "identity" | "br" | "gzip";

export function entityTag(contentHash: string, coding: ContentCoding): string {
  return coding === "identity" ? `"${contentHash}"` : `"${contentHash}-${coding}"`;
}

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text
const ENTITY_TAG = /^(?:W\/)?("[\x21\x23-\x7E\x80-\xFF]*")$/;

/**
 * True when If-None-Match names this tag or is `*`. Comparison is weak (a `W/` prefix is
 * ignored), as HTTP asks for If-None-Match. Malformed members are ignored, so a malformed
 * header matches nothing and the full page is sent.
 */
export function ifNoneMatchIncludes(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  for (const member of header.split(",")) {
    const opaque = ENTITY_TAG.exec(member.trim())?.[1];
    if (opaque === tag) return true;
  }
  return false;
}
