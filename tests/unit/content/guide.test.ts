/** The editors' guide is generated from the schemas, rules and sample check; the committed copy must be current. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderGuide } from '../../../scripts/guide.ts';
import { RULES } from '../../../src/validation/rule-catalogue.ts';

it('content/README.md is the generated guide (run npm run guide after changing schemas, rules or content)', () => {
  expect(readFileSync('content/README.md', 'utf8')).toBe(renderGuide('content') + '\n');
});

it('the guide lists every rule of the catalogue and documents every field kind', () => {
  const guide = readFileSync('content/README.md', 'utf8');
  for (const rule of RULES) expect(guide).toContain(`\`${rule.id}\``);
  for (const field of ['`general_budget_expenditure.rows[].code`', '`projects[].indicators[].target`', '`acknowledgements[].difference`']) expect(guide).toContain(field);
});
