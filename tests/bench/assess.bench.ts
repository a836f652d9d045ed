import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import { assess } from "~/domain/exposure";
import { parseAnswers, type Answers } from "~/domain/questionnaire";

function fixture(name: string): Answers {
  const path = fileURLToPath(new URL(`../fixtures/answers/${name}.json`, import.meta.url));
  const parsed = parseAnswers(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`Invalid fixture ${name}`);
  return parsed.data;
}

/** The worst case: every "unsure" makes nearly every rule fire and explain itself. */
const ALL_UNSURE = (() => {
  const parsed = parseAnswers({
    establishments: ["eu-eea", "us"],
    markets: ["unsure"],
    employees: "250-749",
    turnover: "unsure",
    sectors: ["financial-services", "digital-infrastructure"],
    mainConcern: ["unsure"],
    aiRoles: ["unsure"],
    gpaiModels: "unsure",
    aiUses: ["unsure"],
    decisionRole: "unsure",
    prohibitedPractices: ["unsure"],
    personalData: ["unsure"],
    dataSubjects: "unsure",
    usStateConsumers: "unsure",
    biometricData: "unsure",
    biometricRelease: "unsure",
    dataLocation: ["unsure"],
    euProducts: ["unsure"],
    financialIctSupplier: "unsure",
    controls: ["unsure"],
    tradeCountries: ["unsure"],
    usNexus: ["unsure"],
    sensitiveExports: ["unsure"],
  });
  if (!parsed.success) throw new Error("Invalid all-unsure answers");
  return parsed.data;
})();

describe("assess", () => {
  const bank = fixture("eu-bank-credit-scoring");
  const distributor = fixture("uae-distributor-iran-gpus");
  const iotMaker = fixture("german-iot-maker");

  bench("EU bank with credit scoring", () => {
    assess(bank, "2026-11-26");
  });

  bench("UAE distributor with red flags", () => {
    assess(distributor, "2026-11-26");
  });

  bench("German IoT maker", () => {
    assess(iotMaker, "2026-11-26");
  });

  bench("worst case: unsure about everything", () => {
    assess(ALL_UNSURE, "2026-11-26");
  });
});
