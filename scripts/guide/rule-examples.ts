/**
 * For the editors' guide: an example message for each rule, taken from what the check really prints on the
 * broken-content fixtures (tests/fixtures/invalid/<case>: files laid over tests/fixtures/base, expected.yaml naming
 * the rule the case breaks). Examples are never typed by hand, so they cannot drift from the messages.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { checkContent } from '../../src/validation/check-content.ts';

const EXPECTED = 'expected.yaml';

/** Rule id → the first message the check gives for it on a fixture made to break it (fixtures in name order). */
export function ruleExamples(fixturesRoot: string): Map<string, string> {
  const base = join(fixturesRoot, 'base');
  const invalid = join(fixturesRoot, 'invalid');
  const examples = new Map<string, string>();
  for (const name of readdirSync(invalid).sort()) {
    // A case without its expected.yaml is reported by tests/unit/validation/invalid-fixtures.test.ts.
    if (!existsSync(join(invalid, name, EXPECTED))) continue;
    const expected = load(readFileSync(join(invalid, name, EXPECTED), 'utf8')) as { rule?: unknown; line?: unknown };
    if (typeof expected.rule !== 'string' || examples.has(expected.rule)) continue;
    const root = mkdtempSync(join(tmpdir(), 'guide-example-'));
    try {
      cpSync(base, root, { recursive: true });
      for (const entry of readdirSync(join(invalid, name))) {
        if (entry !== EXPECTED) cpSync(join(invalid, name, entry), join(root, entry), { recursive: true });
      }
      const findings = checkContent(root).findings.filter((finding) => finding.rule === expected.rule);
      const finding = findings.find((candidate) => candidate.line === expected.line) ?? findings[0];
      if (finding) examples.set(expected.rule, finding.message);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return examples;
}
