import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCORING, addDays, assess, bandOf, type Assessment, type Band, type Status } from "~/domain/exposure";
import {
  NONE,
  QUESTIONS,
  UNSURE,
  dropHiddenAnswers,
  issueLines,
  parseAnswers,
  questionById,
  visibleQuestions,
  type Answers,
  type QuestionDefinition,
} from "~/domain/questionnaire";
import { TODAY } from "../support/profiles";

const RANK: Record<Status, number> = { unlikely: 0, possible: 1, likely: 2 };
const BAND_RANK: Record<Band, number> = { Low: 0, Moderate: 1, High: 2, Critical: 3 };

/** A multi-select answer with `value` added; "none" gives way, everything else stays. */
function adding(current: unknown, value: string): string[] {
  const list = Array.isArray(current) ? (current as string[]).filter((item) => item !== NONE) : [];
  return list.includes(value) ? list : [...list, value];
}
const RUNS = { numRuns: 300 };

function answerArbitrary(question: QuestionDefinition): fc.Arbitrary<string | string[]> {
  const values = question.options.map((option) => option.value);
  if (question.kind === "single") return fc.constantFrom(...values);
  const alone = [NONE, ...(question.standsAlone ?? [])].filter((value) => values.includes(value));
  const choosable = values.filter((value) => !alone.includes(value));
  const some = fc.shuffledSubarray(choosable, { minLength: 1, maxLength: Math.min(4, choosable.length) });
  return alone.length > 0 ? fc.oneof(some, ...alone.map((value) => fc.constant<string[]>([value]))) : some;
}

/** A value for every question, whether shown or not. */
const fullRecord = fc.record(
  Object.fromEntries(QUESTIONS.map((question) => [question.id, answerArbitrary(question)])),
) as fc.Arbitrary<Record<string, string | string[]>>;

function parsed(draft: Record<string, unknown>): Answers {
  const result = parseAnswers(dropHiddenAnswers(draft));
  if (!result.success)
    throw new Error(
      issueLines(result.error)
        .map((line) => `${line.path}: ${line.message}`)
        .join("; "),
    );
  return result.data;
}

/** Answers every question the draft now shows but leaves unanswered, from `filler`. */
function completed(draft: Record<string, unknown>, filler: (question: QuestionDefinition) => unknown): Answers {
  const next: Record<string, unknown> = { ...draft };
  for (let round = 0; round < QUESTIONS.length; round++) {
    const missing = visibleQuestions(next).filter((question) => next[question.id] === undefined);
    if (missing.length === 0) break;
    for (const question of missing) next[question.id] = filler(question);
  }
  return parsed(next);
}

const validAnswers = fullRecord.map((record) => parsed(record));

const unsureValue = (question: QuestionDefinition) => (question.kind === "single" ? UNSURE : [UNSURE]);

function statuses(result: Assessment) {
  return new Map(result.regimes.map((regime) => [regime.regime, regime.status]));
}

describe("assess, for any valid answers", () => {
  it("never throws and keeps every score in range", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = assess(answers, TODAY);
        expect(Number.isInteger(result.impact)).toBe(true);
        expect(result.impact).toBeGreaterThanOrEqual(0);
        expect(result.impact).toBeLessThanOrEqual(100);
        expect(result.urgency).toBeGreaterThanOrEqual(0);
        expect(result.urgency).toBeLessThanOrEqual(1);
        expect(Number.isInteger(result.priority)).toBe(true);
        expect(result.priority).toBeGreaterThanOrEqual(result.impact > 0 ? SCORING.priorityBase[result.band] : 0);
        expect(result.priority).toBeLessThanOrEqual(SCORING.priorityBase[result.band] + SCORING.priorityWithinBand);
        expect(result.band).toBe(bandOf(result.impact, SCORING));
        expect(result.engagement.score).toBeGreaterThanOrEqual(0);
        expect(result.engagement.score).toBeLessThanOrEqual(100);
        expect(result.needsDiscovery).toBe(result.discoveryQuestions.length > 0);
        for (const bucket of result.buckets) {
          expect(bucket.score).toBeGreaterThanOrEqual(0);
          expect(bucket.score).toBeLessThanOrEqual(1);
        }
        for (const regime of result.regimes) {
          expect(regime.exposure).toBeGreaterThanOrEqual(0);
          expect(regime.exposure).toBeLessThanOrEqual(1);
          expect(regime.status === "unlikely").toBe(regime.findings.length === 0);
        }
      }),
      RUNS,
    );
  });

  it("never throws for any day between 2000 and 2040", () => {
    const days = fc.integer({ min: 0, max: 40 * 366 }).map((offset) => addDays("2000-01-01", offset));
    fc.assert(
      fc.property(validAnswers, days, (answers, day) => {
        const result = assess(answers, day);
        expect([0, SCORING.urgencyOfProposal, ...SCORING.urgencyByDays.map((step) => step.urgency)]).toContain(
          result.urgency,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same result for the same input, also after a JSON round trip", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const first = assess(answers, TODAY);
        expect(assess(answers, TODAY)).toEqual(first);
        expect(assess(JSON.parse(JSON.stringify(answers)) as Answers, TODAY)).toEqual(first);
      }),
      RUNS,
    );
  });

  it("does not depend on the order in which options were ticked", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const reversed = Object.fromEntries(
          Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? [...value].reverse() : value]),
        );
        expect(assess(reversed as Answers, TODAY)).toEqual(assess(answers, TODAY));
      }),
      RUNS,
    );
  });

  it('never turns a possible or likely verdict into unlikely when an answer is replaced with "unsure"', () => {
    fc.assert(
      fc.property(validAnswers, fc.nat(), (answers, pick) => {
        const candidates = QUESTIONS.filter(
          (question) =>
            answers[question.id] !== undefined && question.options.some((option) => option.value === UNSURE),
        );
        const question = candidates[pick % candidates.length];
        fc.pre(question !== undefined);
        if (!question) return;
        // Questions the unsure answer brings into view are answered "unsure" too.
        const unsure = completed({ ...answers, [question.id]: unsureValue(question) }, unsureValue);
        const before = statuses(assess(answers, TODAY));
        const after = statuses(assess(unsure, TODAY));
        for (const [regime, status] of before) {
          if (status !== "unlikely")
            expect(after.get(regime), `${regime} after ${question.id} → unsure`).not.toBe("unlikely");
        }
      }),
      RUNS,
    );
  });

  it('never raises the band above Moderate by turning an answer into "unsure"', () => {
    fc.assert(
      fc.property(validAnswers, fc.nat(), (answers, pick) => {
        const candidates = QUESTIONS.filter(
          (question) =>
            answers[question.id] !== undefined && question.options.some((option) => option.value === UNSURE),
        );
        const question = candidates[pick % candidates.length];
        fc.pre(question !== undefined);
        if (!question) return;
        const unsure = completed({ ...answers, [question.id]: unsureValue(question) }, unsureValue);
        const before = BAND_RANK[assess(answers, TODAY).band];
        const after = BAND_RANK[assess(unsure, TODAY).band];
        expect(after, `${question.id} → unsure`).toBeLessThanOrEqual(Math.max(before, BAND_RANK.Moderate));
      }),
      { numRuns: 500 },
    );
  });

  it("never lowers the band when a probable present violation is added, and makes it Critical", () => {
    // Each adds answers (never takes one away) that make an override rule definitely hold.
    const violations: Array<(answers: Record<string, unknown>) => Record<string, unknown>> = [
      (answers) => ({
        ...answers,
        tradeCountries: adding(answers.tradeCountries, "iran"),
        usNexus: adding(answers.usNexus, "usd-payments"),
      }),
      (answers) => ({
        ...answers,
        establishments: adding(answers.establishments, "eu-eea"),
        aiRoles: adding(answers.aiRoles, "deployer"),
        prohibitedPractices: adding(answers.prohibitedPractices, "emotion-workplace"),
      }),
      (answers) => ({
        ...answers,
        markets: adding(answers.markets, "us-illinois"),
        personalData: adding(answers.personalData, "customers"),
        biometricData: "yes",
        biometricRelease: "no",
      }),
      (answers) => ({
        ...answers,
        markets: adding(answers.markets, "russia"),
        personalData: adding(answers.personalData, "customers"),
        dataLocation: adding(answers.dataLocation, "russia"),
      }),
    ];
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...violations), fullRecord, (answers, violate, filler) => {
        const worse = completed(violate(answers), (question) => filler[question.id]);
        const before = assess(answers, TODAY);
        const after = assess(worse, TODAY);
        expect(BAND_RANK[after.band]).toBeGreaterThanOrEqual(BAND_RANK[before.band]);
        expect(after.band).toBe("Critical");
        expect(after.bandReason?.redFlag).not.toBeNull();
      }),
      RUNS,
    );
  });

  it("never lowers impact, or any verdict, when a market is added", () => {
    const markets = questionById("markets").options.map((option) => option.value);
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...markets), fullRecord, (answers, market, filler) => {
        const current: string[] = answers.markets ?? [];
        fc.pre(!current.includes(market));
        const wider = completed({ ...answers, markets: [...current, market] }, (question) => filler[question.id]);
        const before = assess(answers, TODAY);
        const after = assess(wider, TODAY);
        expect(after.impact).toBeGreaterThanOrEqual(before.impact);
        const afterStatuses = statuses(after);
        for (const [regime, status] of statuses(before))
          expect(RANK[afterStatuses.get(regime) ?? "unlikely"]).toBeGreaterThanOrEqual(RANK[status]);
      }),
      RUNS,
    );
  });

  it("never lowers impact, or any verdict, when an AI use is added", () => {
    const uses = questionById("aiUses").options.map((option) => option.value);
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...uses), fullRecord, (answers, use, filler) => {
        const current: string[] | undefined = answers.aiUses;
        fc.pre(current !== undefined && !current.includes(use));
        if (!current) return;
        const wider = completed({ ...answers, aiUses: [...current, use] }, (question) => filler[question.id]);
        const before = assess(answers, TODAY);
        const after = assess(wider, TODAY);
        expect(after.impact).toBeGreaterThanOrEqual(before.impact);
        const afterStatuses = statuses(after);
        for (const [regime, status] of statuses(before))
          expect(RANK[afterStatuses.get(regime) ?? "unlikely"]).toBeGreaterThanOrEqual(RANK[status]);
      }),
      RUNS,
    );
  });
});
