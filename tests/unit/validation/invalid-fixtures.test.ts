/**
 * One invalid fixture per failure mode: each folder under tests/fixtures/invalid holds only the files it
 * replaces in the valid base tree, plus expected.yaml naming the rule, severity, file, line and the words the
 * message must contain. The base tree itself must be clean.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BASE_CONTENT, EXPECTED_FILE, INVALID_FIXTURES, dump, findingText, isDirectory, listFiles, matchingFindings,
  materializeFixture, readExpected, runCheck,
} from '../../helpers/content.ts';

const names = readdirSync(INVALID_FIXTURES).filter((name) => isDirectory(join(INVALID_FIXTURES, name))).sort();
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

describe('base fixture', () => {
  it('is a complete, valid tree: no error, no warning', () => {
    const { findings, result } = runCheck(BASE_CONTENT);
    expect(findings, dump(findings)).toEqual([]);
    expect(result.content.disclosures.map((d) => `${d.year}/${d.department}/${d.stage}`)).toEqual([
      '2023/demo-county-office/final',
      '2024/demo-county-office/budget',
      '2024/demo-township-office/budget',
    ]);
    // site, glossary, two departments, index+tables (final and budget) and the final's performance file, and a
    // budget stated only in its narrative (index.md alone)
    expect(result.files).toBe(10);
    for (const disclosure of result.content.disclosures) {
      expect(disclosure.index?.data, disclosure.dir).toBeDefined();
      if (disclosure.department === 'demo-county-office') expect(disclosure.tables?.data, disclosure.dir).toBeDefined();
    }
  });
});

describe('invalid fixtures', () => {
  it('has at least 40 fixtures, each with expected.yaml and at least one replaced file', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const name of names) {
      const files = listFiles(join(INVALID_FIXTURES, name));
      expect(files, name).toContain(EXPECTED_FILE);
      expect(files.filter((file) => file !== EXPECTED_FILE).length, name).toBeGreaterThan(0);
    }
  });

  it('covers both blocking errors and warnings', () => {
    const severities = names.map((name) => readExpected(join(INVALID_FIXTURES, name)).severity);
    expect(severities.filter((s) => s === 'error').length).toBeGreaterThanOrEqual(40);
    expect(severities.filter((s) => s === 'warning').length).toBeGreaterThanOrEqual(15);
  });

  it.each(names)('%s', (name) => {
    const expected = readExpected(join(INVALID_FIXTURES, name));
    const tree = materializeFixture(name);
    cleanups.push(tree.cleanup);
    const { findings, blocking } = runCheck(tree.root);
    const matches = matchingFindings(findings, expected);
    const context = `fixture ${name}: expected ${expected.severity} ${expected.rule} at ${expected.file}:${expected.line}`
      + `${expected.path !== undefined ? ` (${expected.path})` : ''}; got:\n${dump(findings)}`;
    expect(matches.length, context).toBeGreaterThan(0);
    const mentioning = matches.filter((finding) => expected.mentions.every((word) => findingText(finding).includes(word)));
    expect(mentioning.length, `${context}\nmentions: ${JSON.stringify(expected.mentions)}`).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.rule === 'internal/unexpected'), context).toBe(false);
    if (expected.severity === 'error') {
      expect(mentioning.some((finding) => !finding.acknowledged), context).toBe(true);
      expect(blocking.length, context).toBeGreaterThan(0);
    } else {
      // A warning alone never blocks: the fixture must not break anything else.
      expect(blocking, context).toEqual([]);
    }
  });
});
