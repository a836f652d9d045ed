import { promisify } from "node:util";
import { deflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";
import { RULESET_VERSION, assess } from "../../domain/exposure";
import { sampleAnswers } from "../../domain/questionnaire";
import type { DB } from "../storage/db.server";

/**
 * A lead's bulky documents (answers, assessment, routing trace) live in `lead_documents`, as
 * JSON compressed with raw deflate and a stored dictionary, so that a 20–40 KB assessment takes
 * about one kilobyte on disk.
 *
 * Assessments repeat the same explanations, obligations and sources from lead to lead, and the
 * same structure. A dictionary holds both: the sentences seen in more than one sample assessment
 * (replaced in a document by a short reference before compressing), and a window of a typical
 * document for deflate to match the structure against. Deflate alone gives about 7 KB; with only
 * a window, about 4.5 KB, because deflate looks back at most 32 KiB and the sentences alone are
 * longer than that.
 *
 * A dictionary is stored once (`lead_document_dictionaries`) and never changed, and each row
 * names the one it was written with, so every row stays readable whatever the rules become. A
 * ruleset version gets its own dictionary, made from the assessments of seeded sample answers,
 * the first time it is needed.
 */

/** Deflate reads at most the last 32 KiB of its dictionary. */
const WINDOW_BYTES = 32 * 1024;
/** How many sample profiles a dictionary is made from, and how long a sentence must be to be kept. */
const DICTIONARY_SAMPLES = 400;
const SHORTEST_SENTENCE = 12;
/** Starts a reference to a dictionary sentence; no stored text starts with it (inputs refuse control characters). */
const REFERENCE = "\u0000";
const ESCAPED = `${REFERENCE}!`;

export type DocumentDictionary = { id: string; sentences: string[]; window: Buffer; index: Map<string, number> };

export type LeadDocuments = { answers: unknown; assessment: unknown; routingTrace: unknown };

export type EncodedLeadDocuments = {
  dictionary_id: string | null;
  answers: Buffer;
  assessment: Buffer;
  routing_trace: Buffer | null;
};

function withSentences(sentences: string[], window: Buffer, id: string): DocumentDictionary {
  return { id, sentences, window, index: new Map(sentences.map((sentence, position) => [sentence, position])) };
}

function toJson(value: unknown, dictionary: DocumentDictionary | null): string {
  if (!dictionary) return JSON.stringify(value);
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== "string") return inner;
    const position = dictionary.index.get(inner);
    if (position !== undefined) return REFERENCE + position.toString(36);
    return inner.startsWith(REFERENCE) ? ESCAPED + inner : inner;
  });
}

function fromJson(text: string, sentences: string[] | null): unknown {
  if (!sentences) return JSON.parse(text);
  return JSON.parse(text, (_key, inner: unknown) => {
    if (typeof inner !== "string" || !inner.startsWith(REFERENCE)) return inner;
    if (inner.startsWith(ESCAPED)) return inner.slice(ESCAPED.length);
    return sentences[Number.parseInt(inner.slice(REFERENCE.length), 36)] ?? inner;
  });
}

export function encodeDocument(value: unknown, dictionary: DocumentDictionary | null): Buffer {
  const json = Buffer.from(toJson(value, dictionary), "utf8");
  return dictionary ? deflateRawSync(json, { dictionary: dictionary.window }) : deflateRawSync(json);
}

/** The stored value; text that is not JSON (kept as it was stored long ago) comes back as text. */
export function decodeDocument(
  bytes: Buffer | Uint8Array,
  dictionary: Pick<DocumentDictionary, "sentences" | "window"> | null,
): unknown {
  const text = (dictionary ? inflateRawSync(bytes, { dictionary: dictionary.window }) : inflateRawSync(bytes)).toString(
    "utf8",
  );
  try {
    return fromJson(text, dictionary?.sentences ?? null);
  } catch {
    return text;
  }
}

const deflateRawOffThread = promisify(deflateRaw);

/**
 * As `encodeDocument`, with the compression on libuv's thread pool. A new lead's documents take
 * about a millisecond and a half to compress (most of it the assessment, and loading the
 * dictionary into each stream); on the request thread that time would hold up every other request.
 */
export async function encodeDocumentOffThread(value: unknown, dictionary: DocumentDictionary | null): Promise<Buffer> {
  const json = Buffer.from(toJson(value, dictionary), "utf8");
  return dictionary ? deflateRawOffThread(json, { dictionary: dictionary.window }) : deflateRawOffThread(json);
}

export function encodeLeadDocuments(
  documents: LeadDocuments,
  dictionary: DocumentDictionary | null,
): EncodedLeadDocuments {
  return {
    dictionary_id: dictionary?.id ?? null,
    answers: encodeDocument(documents.answers, dictionary),
    assessment: encodeDocument(documents.assessment, dictionary),
    routing_trace: documents.routingTrace === null ? null : encodeDocument(documents.routingTrace, dictionary),
  };
}

/** As `encodeLeadDocuments`, compressed side by side off the request thread (for a submit). */
export async function encodeLeadDocumentsOffThread(
  documents: LeadDocuments,
  dictionary: DocumentDictionary | null,
): Promise<EncodedLeadDocuments> {
  const [answers, assessment, routingTrace] = await Promise.all([
    encodeDocumentOffThread(documents.answers, dictionary),
    encodeDocumentOffThread(documents.assessment, dictionary),
    documents.routingTrace === null ? null : encodeDocumentOffThread(documents.routingTrace, dictionary),
  ]);
  return { dictionary_id: dictionary?.id ?? null, answers, assessment, routing_trace: routingTrace };
}

/**
 * A dictionary for the current ruleset, made from sample assessments: the sentences that occur
 * in more than one of them, and as the window the end of a few samples written with those
 * sentences replaced, the way stored documents are.
 */
export function buildDictionary(id: string, asOf: Date): DocumentDictionary {
  const samples = Array.from({ length: DICTIONARY_SAMPLES }, (_, seed) => assess(sampleAnswers(seed + 1), asOf));
  const seen = new Map<string, number>();
  for (const sample of samples) {
    JSON.stringify(sample, (_key, inner: unknown) => {
      if (typeof inner === "string" && inner.length >= SHORTEST_SENTENCE) seen.set(inner, (seen.get(inner) ?? 0) + 1);
      return inner;
    });
  }
  const sentences = [...seen.entries()].filter(([, count]) => count > 1).map(([sentence]) => sentence);
  const draft = withSentences(sentences, Buffer.alloc(0), id);
  const typical = Buffer.from(
    samples
      .slice(0, 4)
      .map((sample) => toJson(sample, draft))
      .join(""),
    "utf8",
  );
  return withSentences(sentences, typical.subarray(Math.max(0, typical.length - WINDOW_BYTES)), id);
}

function serialise(dictionary: DocumentDictionary): Buffer {
  return Buffer.from(
    JSON.stringify({ sentences: dictionary.sentences, window: dictionary.window.toString("base64") }),
    "utf8",
  );
}

function deserialise(id: string, stored: Buffer | Uint8Array): DocumentDictionary {
  const parsed = JSON.parse(Buffer.from(stored).toString("utf8")) as { sentences: string[]; window: string };
  return withSentences(parsed.sentences, Buffer.from(parsed.window, "base64"), id);
}

// Dictionaries are immutable once stored, so each database's are read once and kept.
const cache = new WeakMap<DB, Map<string, DocumentDictionary>>();
const cacheOf = (db: DB) => {
  let known = cache.get(db);
  if (!known) cache.set(db, (known = new Map<string, DocumentDictionary>()));
  return known;
};

const built = new Map<string, DocumentDictionary>();

/** The dictionary new leads are written with: the current ruleset's, made and stored on first use. */
export async function currentDictionary(db: DB, now = new Date()): Promise<DocumentDictionary> {
  const id = `ruleset-${RULESET_VERSION}`;
  const known = cacheOf(db).get(id);
  if (known) return known;
  const stored = await db.selectFrom("lead_document_dictionaries").select("id").where("id", "=", id).executeTakeFirst();
  if (!stored) {
    // Made once per process (it takes a few hundred milliseconds), stored in each database.
    // Two processes may race to store it: the first one written wins and both use that one.
    if (!built.has(id)) built.set(id, buildDictionary(id, now));
    await db
      .insertInto("lead_document_dictionaries")
      .values({ id, dictionary: serialise(built.get(id) as DocumentDictionary), created_at: now.toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return (await dictionaryById(db, id)) as DocumentDictionary;
}

export async function dictionaryById(db: DB, id: string | null): Promise<DocumentDictionary | null> {
  if (id === null) return null;
  const known = cacheOf(db).get(id);
  if (known) return known;
  const row = await db
    .selectFrom("lead_document_dictionaries")
    .select("dictionary")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const dictionary = deserialise(id, row.dictionary);
  cacheOf(db).set(id, dictionary);
  return dictionary;
}

/** A lead's documents, parsed; null when the lead has none. */
export async function readLeadDocuments(db: DB, leadId: number): Promise<LeadDocuments | null> {
  const row = await db.selectFrom("lead_documents").selectAll().where("lead_id", "=", leadId).executeTakeFirst();
  if (!row) return null;
  const dictionary = await dictionaryById(db, row.dictionary_id);
  return {
    answers: decodeDocument(row.answers, dictionary),
    assessment: decodeDocument(row.assessment, dictionary),
    routingTrace: row.routing_trace === null ? null : decodeDocument(row.routing_trace, dictionary),
  };
}

/** Replaces a lead's routing trace, keeping the dictionary its row was written with. */
export async function writeRoutingTrace(db: DB, leadId: number, trace: unknown): Promise<void> {
  const row = await db
    .selectFrom("lead_documents")
    .select("dictionary_id")
    .where("lead_id", "=", leadId)
    .executeTakeFirstOrThrow();
  const bytes = encodeDocument(trace, await dictionaryById(db, row.dictionary_id));
  await db.updateTable("lead_documents").set({ routing_trace: bytes }).where("lead_id", "=", leadId).execute();
}
