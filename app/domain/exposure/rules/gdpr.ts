import { all, any, is, named } from "../../questionnaire";
import type { RuleDefinition } from "../types";
import { DECISIVE, EU_LINK, NOT_EU_ESTABLISHED, PERSONAL_DATA, SUBJECTS_100K_PLUS } from "./predicates";

/** Art. 3: EU establishments, and anyone offering goods or services to, or monitoring, people in the EU. */
const IN_SCOPE = named("in GDPR scope", all(PERSONAL_DATA, EU_LINK));

export const GDPR_RULES = [
  {
    id: "GDPR-ART22",
    regime: "gdpr",
    tier: "automated-decisions",
    tierLabel: "Solely automated decisions with significant effects (Art. 22)",
    // After SCHUFA (C-634/21) a score that in practice decides counts, even if a person signs off.
    when: all(IN_SCOPE, DECISIVE),
    status: "likely",
    severity: 0.8,
    appliesFrom: "gdpr",
    obligations: [
      "Rely on contract necessity, law or explicit consent for automated decisions, and offer human review and a way to contest them (Art. 22)",
      "Explain the logic involved and its consequences in your privacy notices (Arts 13–15)",
    ],
  },
  {
    id: "GDPR-DPIA",
    regime: "gdpr",
    tier: "dpia-required",
    tierLabel: "Data protection impact assessment likely required (Art. 35)",
    when: all(
      IN_SCOPE,
      any(
        DECISIVE,
        all(is("personalData", "special-categories"), SUBJECTS_100K_PLUS),
        all(is("personalData", "children"), SUBJECTS_100K_PLUS),
        is("personalData", "public-monitoring"),
        is("biometricData", "yes"),
      ),
    ),
    status: "likely",
    severity: 0.7,
    appliesFrom: "gdpr",
    obligations: [
      "Carry out a DPIA before the processing starts and consult the authority if high risk remains (Arts 35–36)",
    ],
    confidence: "medium",
    note: "National DPIA lists add further cases; large scale is judged on the number of people you gave.",
  },
  {
    id: "GDPR-ART27",
    regime: "gdpr",
    tier: "non-eu-controller",
    tierLabel: "Non-EU business serving people in the EU: EU representative (Art. 27)",
    when: all(PERSONAL_DATA, is("markets", "eu-eea"), NOT_EU_ESTABLISHED),
    status: "likely",
    severity: 0.6,
    appliesFrom: "gdpr",
    obligations: [
      "Appoint a representative in the EU in writing (Art. 27), unless processing is occasional and low-risk",
      "Records of processing, security, 72-hour breach notification and data-subject rights (Arts 12–23, 30, 32–34)",
    ],
  },
  {
    id: "GDPR-APPLIES",
    regime: "gdpr",
    tier: "controller-processor",
    tierLabel: "Controller or processor",
    when: IN_SCOPE,
    status: "likely",
    severity: 0.6,
    appliesFrom: "gdpr",
    obligations: [
      "A lawful basis and a privacy notice for every purpose (Arts 6, 13–14)",
      "Records of processing, security, 72-hour breach notification and data-subject rights (Arts 12–23, 30, 32–34)",
      "Safeguards for transfers outside the EU (Arts 44–49)",
    ],
    note: "Proposed 'Digital Omnibus' changes to the GDPR are not law yet and are not counted.",
  },
] as const satisfies readonly RuleDefinition[];
