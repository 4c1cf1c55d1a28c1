/** Every per-disclosure rule family, in the order their findings are produced. */
import type { DisclosureRule } from '../context.ts';
import { metadataRules } from './meta.ts';
import { tableRules } from './tables.ts';
import { identityRules } from './identities.ts';
import { performanceRules } from './performance.ts';
import { performancePlausibilityRules, strayYearWarnings } from './performance-plausibility.ts';
import { narrativeRules } from './narrative.ts';
import { narrativeSentenceRules } from './narrative-sentences.ts';
import { textWarningRules } from './text-warnings.ts';
import { textRules } from './text.ts';
import { narrativeHtmlRules } from './narrative-html.ts';
import { projectsAcrossYearsRules } from './projects-across-years.ts';

export const DISCLOSURE_RULES: readonly DisclosureRule[] = [
  metadataRules,
  tableRules,
  identityRules,
  performanceRules,
  performancePlausibilityRules,
  strayYearWarnings,
  narrativeRules,
  narrativeSentenceRules,
  narrativeHtmlRules,
  textWarningRules,
  textRules,
  projectsAcrossYearsRules,
];
