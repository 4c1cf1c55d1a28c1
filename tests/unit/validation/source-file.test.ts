/**
 * The published document in the disclosure folder: which file it is, what the check says about the folder, and an
 * old typed hash checked against the file. Hashes here are of known bytes (SHA-256 test vectors), never the code's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceCandidates, sourceFileName } from '../../../src/validation/source-file.ts';
import { BASE_BUDGET, baseWith, runCheck, type TempTree } from '../../helpers/content.ts';

// SHA-256("abc"), FIPS 180-2 appendix B.1.
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const TYPED_LINE = /  sha256: [0-9a-f]{64}\n/;

const trees: TempTree[] = [];
afterAll(() => trees.forEach((tree) => tree.cleanup()));

/** The base tree with the 2024 budget's front matter edited and files dropped into its folder. */
function tree(editIndex: (text: string) => string, files: Record<string, string>) {
  const made = baseWith({ [`${BASE_BUDGET}/index.md`]: editIndex });
  trees.push(made);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(made.root, BASE_BUDGET, name), text);
  const run = runCheck(made.root);
  const own = run.findings.filter((finding) => finding.contentFile.startsWith(`${BASE_BUDGET}/`));
  return { root: made.root, run, own, rules: own.map((finding) => finding.rule).sort() };
}
const untyped = (text: string) => text.replace(TYPED_LINE, '');
const withFile = (name: string) => (text: string) => untyped(text).replace('  document: ', `  file: ${name}\n  document: `);

describe('which file is the source document', () => {
  it('takes documents (PDF, OFD, office files, scans) and leaves notes, CSV, hidden and lock files', () => {
    expect(sourceCandidates(['index.md', 'tables.yaml', '预算.PDF', 'notes.txt', '表3.csv', '.DS_Store', '~$预算.docx', 'scan.ofd']))
      .toEqual(['scan.ofd', '预算.PDF']);
  });
  it('is the one candidate, or the one source.file names; none when ambiguous or missing', () => {
    expect(sourceFileName(['a.pdf'], { document: 'x' })).toBe('a.pdf');
    expect(sourceFileName(['a.pdf', 'b.pdf'], { document: 'x' })).toBeUndefined();
    expect(sourceFileName(['a.pdf', 'b.pdf'], { document: 'x', file: 'b.pdf' })).toBe('b.pdf');
    expect(sourceFileName(['a.pdf'], { document: 'x', file: 'c.pdf' })).toBeUndefined();
  });
});

describe('the check of the folder', () => {
  it('a dropped PDF with no typed hash checks clean, and the loaded disclosure points at it', () => {
    const { root, run, own } = tree(untyped, { '预算公开.pdf': 'abc' });
    expect(own).toEqual([]);
    const loaded = run.result.content.disclosures.find((d) => d.dir.endsWith(BASE_BUDGET));
    expect(loaded?.sourceFile).toBe(join(root, BASE_BUDGET, '预算公开.pdf'));
  });

  it('an old typed hash that matches the file is accepted; one that does not is an error with both hashes', () => {
    expect(tree((text) => text.replace(TYPED_LINE, `  sha256: ${ABC_SHA256}\n`), { 'a.pdf': 'abc' }).own).toEqual([]);
    const { own } = tree((text) => text, { 'a.pdf': 'abc' });
    expect(own.map((finding) => finding.rule)).toEqual(['source/sha256-mismatch']);
    const [mismatch] = own;
    expect(mismatch!.severity).toBe('error');
    expect(mismatch!.path).toBe('source.sha256');
    expect(mismatch!.line).toBe(16);
    expect(mismatch!.message).toContain('删去 sha256 这一行');
    expect(mismatch!.values?.map((value) => value.value)).toContain(ABC_SHA256);
  });

  it('no file and no typed hash: a warning naming what to do', () => {
    const { own } = tree(untyped, {});
    expect(own.map((finding) => [finding.rule, finding.severity])).toEqual([['source/no-file', 'warning']]);
    expect(own[0]!.message).toContain('PDF');
  });

  it('two documents and no source.file: one error listing both, no unknown-file warnings', () => {
    const { own } = tree(untyped, { 'a.pdf': 'abc', 'b.docx': 'x' });
    expect(own.map((finding) => finding.rule)).toEqual(['source/several-files']);
    expect(own[0]!.message).toContain('a.pdf、b.docx');
  });

  it('source.file chooses among several; the others are unknown files', () => {
    const { own } = tree(withFile('b.pdf'), { 'a.pdf': 'abc', 'b.pdf': 'abc', 'notes.txt': 'n' });
    expect(own.map((finding) => [finding.rule, finding.contentFile])).toEqual([
      ['layout/unknown-file', `${BASE_BUDGET}/a.pdf`],
      ['layout/unknown-file', `${BASE_BUDGET}/notes.txt`],
    ]);
  });

  it('source.file naming a file that is not there is an error on that line', () => {
    const { own } = tree(withFile('missing.pdf'), { 'a.pdf': 'abc' });
    expect(own.map((finding) => [finding.rule, finding.path])).toContainEqual(['source/file-missing', 'source.file']);
    expect(own.find((finding) => finding.rule === 'source/file-missing')!.message).toContain('a.pdf');
  });
});
