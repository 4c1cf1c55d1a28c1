/** Every per-disclosure rule family, in the order their findings are produced. */
import type { DisclosureRule } from '../context.ts';
import { classifiedTableRules } from './classified-tables.ts';
import { summaryTableRules } from './summary-tables.ts';
import { crossTableRules } from './cross-tables.ts';
import { otherTableRules } from './other-tables.ts';
import { performanceRules } from './performance.ts';
import { performancePlausibilityRules, strayYearWarnings } from './plausibility.ts';
import { metadataRules, narrativeRules, textWarningRules } from './disclosure-text.ts';

export const DISCLOSURE_RULES: readonly DisclosureRule[] = [
  metadataRules,
  classifiedTableRules,
  summaryTableRules,
  crossTableRules,
  otherTableRules,
  performanceRules,
  performancePlausibilityRules,
  strayYearWarnings,
  narrativeRules,
  textWarningRules,
];
