import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { assess } from "~/domain/exposure";
import { sampleAnswers } from "~/domain/questionnaire";
import {
  buildDictionary,
  decodeDocument,
  encodeDocument,
  encodeLeadDocumentsOffThread,
} from "~/server/leads/documents.server";

const AS_OF = new Date("2026-12-01T00:00:00.000Z");
const dictionary = buildDictionary("test-dictionary", AS_OF);

describe("lead documents", () => {
  it("read back exactly what was written, with a dictionary and without", () => {
    const assessment = assess(sampleAnswers(4242), AS_OF);
    expect(decodeDocument(encodeDocument(assessment, dictionary), dictionary)).toEqual(assessment);
    expect(decodeDocument(encodeDocument(assessment, null), null)).toEqual(assessment);
  });

  it("read back what was compressed off the request thread, byte for byte as the direct way writes it", async () => {
    const answers = sampleAnswers(77);
    const assessment = assess(answers, AS_OF);
    const routingTrace = { inbox: "privacy-data", reasons: ["a rule fired"] };
    const encoded = await encodeLeadDocumentsOffThread({ answers, assessment, routingTrace }, dictionary);
    expect(encoded.dictionary_id).toBe(dictionary.id);
    expect(decodeDocument(encoded.answers, dictionary)).toEqual(answers);
    expect(decodeDocument(encoded.assessment, dictionary)).toEqual(assessment);
    expect(decodeDocument(encoded.routing_trace as Buffer, dictionary)).toEqual(routingTrace);
    expect(encoded.assessment.equals(encodeDocument(assessment, dictionary))).toBe(true);
  });

  it("keep text that happens to start like a reference to the dictionary", () => {
    const value = { odd: "\u0000" + "1", odder: "\u0000!x", sentence: dictionary.sentences[0] };
    expect(decodeDocument(encodeDocument(value, dictionary), dictionary)).toEqual(value);
  });

  it("store an assessment of an unseen profile in a small fraction of its JSON", () => {
    const assessment = assess(sampleAnswers(987_654), AS_OF);
    const json = Buffer.byteLength(JSON.stringify(assessment));
    expect(encodeDocument(assessment, dictionary).length).toBeLessThan(json / 8);
  });

  it("are read with the dictionary they were written with, whatever dictionary came later", () => {
    const assessment = assess(sampleAnswers(11), AS_OF);
    const written = encodeDocument(assessment, dictionary);
    const later = buildDictionary("later-dictionary", new Date("2027-06-01T00:00:00.000Z"));
    expect(decodeDocument(written, dictionary)).toEqual(assessment);
    expect(later.id).not.toBe(dictionary.id);
  });

  it("give back text that was stored without being JSON as that text", () => {
    expect(decodeDocument(deflateRawSync(Buffer.from("{not json")), null)).toBe("{not json");
  });
});
