/**
 * npm run acknowledge upgrades the acknowledgements editors wrote in the old form. Tested on the sample content as it
 * was before the upgrade (tests/fixtures/migration/old-acknowledgements holds those index.md files): the upgraded
 * front matter is exactly the committed one, and the check then covers the same slips with no error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { upgradeAcknowledgements } from '../../../scripts/acknowledge.ts';
import { FIXTURES, SAMPLE_CONTENT, copyToTemp, listFiles, overlay, runCheck, dump } from '../../helpers/content.ts';

const OLD = join(FIXTURES, 'migration', 'old-acknowledgements');
const tree = copyToTemp(SAMPLE_CONTENT);
afterAll(() => tree.cleanup());
const files = overlay(OLD, tree.root);

it('the old files fail the check, naming the command', () => {
  const { blocking } = runCheck(tree.root);
  const old = blocking.filter((finding) => finding.rule === 'ack/old-form');
  expect(old).toHaveLength(12);
  for (const finding of old) expect(finding.message).toContain('npm run acknowledge');
});

it('upgrades all twelve and writes exactly the committed content', () => {
  const { changed, problems } = upgradeAcknowledgements(tree.root, true);
  expect(problems).toEqual([]);
  expect(changed).toBe(12);
  expect(files.length).toBe(3);
  // The front matter, acknowledgements included, is exactly the committed one (the narrative has moved on since).
  const frontMatter = (text: string) => text.slice(0, text.indexOf('\n---', 3));
  for (const file of listFiles(OLD)) expect(frontMatter(readFileSync(join(tree.root, file), 'utf8')), file).toBe(frontMatter(readFileSync(join(SAMPLE_CONTENT, file), 'utf8')));
});

it('after the upgrade the check passes with the same twelve slips acknowledged, and there is nothing left to upgrade', () => {
  const { findings, blocking } = runCheck(tree.root);
  expect(blocking, dump(blocking)).toEqual([]);
  expect(findings.filter((finding) => finding.acknowledged)).toHaveLength(12);
  expect(upgradeAcknowledgements(tree.root, false).changed).toBe(0);
});
