/** Every per-disclosure rule family, in the order their findings are produced. */
import type { DisclosureRule } from '../context.ts';

export const DISCLOSURE_RULES: readonly DisclosureRule[] = [];
