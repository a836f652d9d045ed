import type { RuleDefinition } from "../types";
import { AI_ACT_RULES } from "./ai-act";
import { CRA_RULES, DATA_ACT_RULES, DORA_RULES, NIS2_RULES } from "./eu-cyber";
import { GDPR_RULES } from "./gdpr";
import { CHINA_RULES, INDIA_RULES, RUSSIA_RULES } from "./localisation";
import { ACCESSIBILITY_RULES, DSA_RULES, PRODUCT_LIABILITY_RULES, RED_CYBER_RULES } from "./eu-products";
import { EU_DUAL_USE_RULES, EU_SANCTIONS_RULES } from "./eu-trade";
import { EXPORT_CONTROL_RULES, SANCTIONS_RULES } from "./trade";
import { UK_EXPORT_CONTROL_RULES, UK_GDPR_RULES, UK_NIS_RULES, UK_SANCTIONS_RULES } from "./uk";
import {
  CALIFORNIA_RULES,
  COLORADO_RULES,
  ILLINOIS_RULES,
  NYC_RULES,
  TEXAS_RULES,
  US_STATE_PRIVACY_RULES,
} from "./us-state";

/** All rules; within a regime, most specific first (the first of equally heavy findings is shown). */
const RULE_TABLE = [
  ...AI_ACT_RULES,
  ...GDPR_RULES,
  ...NIS2_RULES,
  ...DORA_RULES,
  ...DATA_ACT_RULES,
  ...CRA_RULES,
  ...NYC_RULES,
  ...COLORADO_RULES,
  ...CALIFORNIA_RULES,
  ...ILLINOIS_RULES,
  ...TEXAS_RULES,
  ...US_STATE_PRIVACY_RULES,
  ...SANCTIONS_RULES,
  ...EXPORT_CONTROL_RULES,
  ...RUSSIA_RULES,
  ...CHINA_RULES,
  ...INDIA_RULES,
  ...EU_SANCTIONS_RULES,
  ...EU_DUAL_USE_RULES,
  ...UK_GDPR_RULES,
  ...UK_NIS_RULES,
  ...UK_SANCTIONS_RULES,
  ...UK_EXPORT_CONTROL_RULES,
  ...DSA_RULES,
  ...PRODUCT_LIABILITY_RULES,
  ...RED_CYBER_RULES,
  ...ACCESSIBILITY_RULES,
] as const;

export type RuleId = (typeof RULE_TABLE)[number]["id"];

export const RULES: readonly RuleDefinition[] = RULE_TABLE;
