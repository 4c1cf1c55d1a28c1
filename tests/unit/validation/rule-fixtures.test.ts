/**
 * Every rule of the catalogue (src/validation/rule-catalogue.ts) has a broken-content fixture in
 * tests/fixtures/invalid/<name>/expected.yaml (run by invalid-fixtures.test.ts), except the few listed below that
 * cannot be stored as a plain fixture and are made at run time by another test, which must name the rule.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/validation/rule-catalogue.ts';
import { EXPECTED_FILE, INVALID_FIXTURES, REPO_ROOT, isDirectory, readExpected } from '../../helpers/content.ts';

interface Exemption {
  readonly id: string;
  /** Test files (relative to the repository root) that make the finding at run time and name the rule. */
  readonly tests: readonly string[];
  /** A folder of stored inputs those tests read, when they have one. */
  readonly inputs?: string;
}

const EXEMPT: readonly Exemption[] = [
  // Links, folders in place of files, pipes, files over 2 MB: no plain file stored in a fixture can be them, so they
  // are made in a copy of base/ at run time; permission errors (which root does not get) are simulated.
  { id: 'file/unreadable', tests: ['tests/unit/validation/hostile-files.test.ts', 'tests/unit/validation/unreadable-files.test.ts'] },
  { id: 'file/outside-content', tests: ['tests/unit/validation/hostile-files.test.ts'] },
  { id: 'file/too-large', tests: ['tests/unit/validation/hostile-files.test.ts'] },
  // The provincial portal's list of sites is not a content tree: its broken lists live in tests/fixtures/portal/.
  { id: 'portal/duplicate-site', tests: ['tests/unit/validation/portal-list.test.ts'], inputs: 'tests/fixtures/portal' },
  { id: 'portal/duplicate-url', tests: ['tests/unit/validation/portal-list.test.ts'], inputs: 'tests/fixtures/portal' },
  { id: 'portal/url-not-root', tests: ['tests/unit/validation/portal-list.test.ts'], inputs: 'tests/fixtures/portal' },
  // A failure of the checker itself: no content provokes it, the test makes a rule throw.
  { id: 'internal/unexpected', tests: ['tests/unit/validation/check-content.test.ts'] },
  // A warning, but it only arises when a file's own errors keep it from being read, and those errors block: an
  // invalid fixture of a warning must block nothing (invalid-fixtures.test.ts), so this one is made at run time.
  { id: 'ack/not-checked', tests: ['tests/unit/validation/acknowledgements.test.ts'] },
];

const fixtures = readdirSync(INVALID_FIXTURES)
  .filter((name) => isDirectory(join(INVALID_FIXTURES, name)) && existsSync(join(INVALID_FIXTURES, name, EXPECTED_FILE)))
  .sort()
  .map((name) => ({ name, expected: readExpected(join(INVALID_FIXTURES, name)) }));
const fixtureRules = new Set(fixtures.map((fixture) => fixture.expected.rule));
const catalogue = new Map(RULES.map((rule) => [rule.id, rule]));
const exempt = new Set(EXEMPT.map((exemption) => exemption.id));

describe('one fixture per rule', () => {
  it('reads the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('every rule of RULES has a fixture in tests/fixtures/invalid/*/expected.yaml, or is exempt below', () => {
    const missing = RULES.map((rule) => rule.id).filter((id) => !fixtureRules.has(id) && !exempt.has(id));
    expect(missing, 'rules without a fixture: add tests/fixtures/invalid/<name>/ (tests/fixtures/README.md)').toEqual([]);
  });

  it('every fixture names a rule of RULES with its severity', () => {
    const wrong = fixtures
      .filter(({ expected }) => catalogue.get(expected.rule)?.severity !== expected.severity)
      .map(({ name, expected }) => `${name}: ${expected.rule} (${expected.severity})`);
    expect(wrong).toEqual([]);
  });
});

describe('rules exempt from a fixture', () => {
  it('lists each id once, and only ids of RULES', () => {
    expect(EXEMPT.map((exemption) => exemption.id).filter((id) => !catalogue.has(id))).toEqual([]);
    expect(exempt.size).toBe(EXEMPT.length);
  });

  it('lists no id that has a fixture', () => {
    expect(EXEMPT.map((exemption) => exemption.id).filter((id) => fixtureRules.has(id))).toEqual([]);
  });

  it.each(EXEMPT.map((exemption) => [exemption.id, exemption] as const))('%s is covered by the test file(s) it names', (id, exemption) => {
    expect(exemption.tests.length).toBeGreaterThan(0);
    for (const test of exemption.tests) {
      const path = join(REPO_ROOT, test);
      expect(existsSync(path), `${test} does not exist`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${test} does not mention '${id}'`).toContain(`'${id}'`);
    }
    if (exemption.inputs) {
      const inputs = join(REPO_ROOT, exemption.inputs);
      expect(isDirectory(inputs), `${exemption.inputs} is not a folder`).toBe(true);
      expect(readdirSync(inputs).length, `${exemption.inputs} is empty`).toBeGreaterThan(0);
      for (const test of exemption.tests) expect(readFileSync(join(REPO_ROOT, test), 'utf8'), `${test} does not read ${exemption.inputs}`).toContain(exemption.inputs);
    }
  });
});
