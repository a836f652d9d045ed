import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths";

/** The example message docs/webhooks.md shows under each event's heading, by event type. */
export function documentedExamples(): Map<string, unknown> {
  const text = readFileSync(path.join(PROJECT_ROOT, "docs", "webhooks.md"), "utf8");
  const examples = new Map<string, unknown>();
  for (const match of text.matchAll(/^### `([a-z_.]+)`\n+```json\n([\s\S]*?)\n```/gm))
    examples.set(match[1] as string, JSON.parse(match[2] as string));
  return examples;
}

/**
 * Where a message has fields, as dotted paths ("data.lead.id"). A field that holds null in one
 * message may hold an object in another (an owner, say), so `stopAt` lists the paths not to go
 * below: there the message's value may be either.
 */
export function fieldPaths(value: unknown, stopAt: ReadonlySet<string> = new Set(), prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value) || stopAt.has(prefix)) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = prefix === "" ? key : `${prefix}.${key}`;
    return [at, ...fieldPaths(inner, stopAt, at)];
  });
}
