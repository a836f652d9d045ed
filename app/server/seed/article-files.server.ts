import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ArticleFrontMatter, ArticleFrontMatterSchema } from "../../domain/article-front-matter";
import { countWords } from "../../domain/articles";

export const DEFAULT_ARTICLES_DIR = "db/seed/articles";

export type ArticleSource = ArticleFrontMatter & {
  file: string;
  body: string;
  wordCount: number;
  sourceHash: string;
};

export class SeedFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed files are invalid; nothing was seeded:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SeedFileError";
  }
}

/**
 * Reads and validates every article file. All files are checked before anything is written,
 * so one malformed file stops the seed with a message naming it and its field.
 *
 * gray-matter (with its YAML parser) is loaded here rather than at start-up (decision 043): the
 * server reads article files only to seed an empty database.
 */
export async function readArticleFiles(directory = DEFAULT_ARTICLES_DIR): Promise<ArticleSource[]> {
  const { default: matter } = await import("gray-matter");
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort();
  const problems: string[] = [];
  const sources: ArticleSource[] = [];
  const seenSlugs = new Map<string, string>();

  for (const name of files) {
    const file = path.join(directory, name);
    const raw = readFileSync(file, "utf8");
    let parsed: ReturnType<typeof matter>;
    try {
      // An empty options object keeps gray-matter from caching by content across calls.
      parsed = matter(raw, {});
    } catch (error) {
      problems.push(`${file}: front matter is not valid YAML (${firstLine(error)})`);
      continue;
    }
    const result = ArticleFrontMatterSchema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${file}: field "${issue.path.join(".") || "front matter"}" ${issue.message}`);
      }
      continue;
    }
    const frontMatter = result.data;
    const expectedName = `${frontMatter.slug}.md`;
    if (name !== expectedName) {
      problems.push(`${file}: field "slug" must match the file name (expected ${expectedName})`);
      continue;
    }
    const body = parsed.content.trim();
    if (body.length === 0) {
      problems.push(`${file}: the article has no body`);
      continue;
    }
    const duplicate = seenSlugs.get(frontMatter.slug);
    if (duplicate) {
      problems.push(`${file}: field "slug" repeats ${duplicate}`);
      continue;
    }
    seenSlugs.set(frontMatter.slug, file);
    sources.push({
      ...frontMatter,
      file,
      body,
      wordCount: countWords(body),
      sourceHash: createHash("sha256").update(raw).digest("hex"),
    });
  }

  if (problems.length > 0) throw new SeedFileError(problems);
  return sources;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
