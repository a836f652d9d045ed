import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The article statements the December 2026 review found wrong, unsupported or stale (its table
// B.2, items A1–A7, and its minor points), each pinned to the corrected fact.
const DIR = fileURLToPath(new URL("../../db/seed/articles/", import.meta.url));
const article = (slug: string) => readFileSync(`${DIR}${slug}.md`, "utf8");

describe("article facts after the December 2026 review", () => {
  const nis2 = article("nis2-essential-important-entities-in-practice");
  const sanctions = article("russia-iran-technology-sanctions-export-controls");
  const colorado = article("colorado-sb-26-189-us-state-ai-laws");
  const localisation = article("data-localisation-russia-china-india");
  const omnibus = article("ai-act-omnibus-new-deadlines");

  it("A1: DORA entered into force on 16 January 2023 and applies from 17 January 2025", () => {
    expect(nis2).not.toMatch(/in force since 17 January 2025/);
    expect(nis2).toMatch(/entered into force on 16 January 2023 and applies from 17 January 2025/);
  });

  it("A2: DORA's 72 hours run from the initial notification and the month from the latest intermediate report", () => {
    expect(nis2).toMatch(/within 72 hours of that initial notification/);
    expect(nis2).toMatch(/within a month of the latest intermediate report/);
    expect(nis2).toMatch(/2025\/301, Art\. 5\(1\)/);
  });

  it("A3: the IT-support and cloud bans cover only enterprise and design software, follow location and spare US-owned entities", () => {
    expect(sanctions).not.toMatch(/IT consultancy and design services or IT support to anyone in Russia/);
    expect(sanctions).toMatch(
      /to any person located in Russia, nor IT support services or cloud-based services for enterprise management software/,
    );
    expect(sanctions).toMatch(/owned or controlled by US persons are exempt/);
  });

  it("A4: the penalty is re-indexed each January and the Affiliates-rule suspension is no longer described as running", () => {
    expect(sanctions).not.toMatch(/about \$377,000 per violation for 2025/);
    expect(sanctions).toMatch(/re-indexed for inflation every January/);
    expect(sanctions).not.toMatch(/suspended until 10 November 2026/);
    expect(sanctions).not.toMatch(/to be confirmed/);
    expect(sanctions).toMatch(/applies again from 10 November 2026 unless BIS extends the suspension/);
    expect(sanctions).toMatch(/check the Federal Register/);
  });

  it("minor: AI literacy is stated as Article 4 was adopted, with the amended wording to be read on EUR-Lex", () => {
    expect(omnibus).not.toMatch(/The Omnibus softens the wording/);
    expect(omnibus).toMatch(/As adopted in 2024, Article 4 requires providers and deployers/);
    expect(omnibus).toMatch(/consolidated text on EUR-Lex/);
  });

  it("A5: the CCPA's 100,000 limb counts consumers or households whose data is bought, sold or shared", () => {
    expect(colorado).not.toMatch(/data on 100,000 or more consumers/);
    expect(colorado).toMatch(
      /buying, selling or sharing the personal information of 100,000 or more consumers or households/,
    );
  });

  it("A6: the unsupported x.AI litigation claim is gone", () => {
    expect(colorado).not.toMatch(/x\.AI|xAI|Weiser/);
  });

  it("A7: the targeting test is PIPL's; the DSL reaches activities abroad that harm China's security or public interest", () => {
    expect(localisation).not.toMatch(
      /and Data Security Law \(DSL, since 1 September 2021\) apply to processing outside China/,
    );
    expect(localisation).toMatch(/PIPL Art\. 3\(2\)/);
    expect(localisation).toMatch(/national security or public interest \(DSL Art\. 2\)/);
  });

  it("minor: vehicles and aviation get AI Act duties only through their sectoral acts", () => {
    expect(omnibus).not.toMatch(/medical devices, vehicles and aviation/);
    expect(omnibus).toMatch(/Annex I, Section B/);
  });

  it("minor: Russia's turnover-based fines are for repeat leaks, NYC LL144 follows the job's location, and NIS2's lists are complete", () => {
    expect(localisation).toMatch(/repeat data leaks/);
    expect(colorado).toMatch(/jobs located in New York City/);
    expect(nis2).toMatch(/internet exchange points/);
    expect(nis2).toMatch(/electrical equipment/);
  });
});
