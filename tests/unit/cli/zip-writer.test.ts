/**
 * The ZIP writer against Info-ZIP's unzip (Debian's unzip): the archive tests clean, lists its entries with their
 * sizes, and gives back every file byte for byte, across chunk boundaries, empty files and Chinese names.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipWriter } from '../../../scripts/zip-writer.ts';
import { makeTempDir } from '../../helpers/content.ts';

const temp = makeTempDir('budget-zip-');
afterAll(() => temp.cleanup());

describe('ZipWriter', () => {
  // 9 MB of text that compresses, with random bytes in the middle: crosses the 4 MB chunks twice.
  const large = Buffer.concat([Buffer.from('部门标识,年度\r\n'.repeat(200_000)), randomBytes(1_000_000), Buffer.from('end\n')]);
  const files: Record<string, Buffer> = {
    'datapackage.json': Buffer.from('{"resources": []}\n'),
    'budget-一般公共预算.csv': large,
    'empty.csv': Buffer.alloc(0),
  };
  const archive = join(temp.root, 'package.zip');
  const zip = new ZipWriter(archive);
  for (const [name, data] of Object.entries(files)) {
    if (name === 'budget-一般公共预算.csv') {
      writeFileSync(join(temp.root, 'large.bin'), data);
      zip.addFile(name, join(temp.root, 'large.bin'));
    } else zip.addBuffer(name, data);
  }
  zip.close();

  it('passes unzip -t', () => {
    const output = execFileSync('unzip', ['-t', archive], { encoding: 'utf8' });
    expect(output).toMatch(/No errors detected/);
    for (const name of Object.keys(files)) expect(output).toContain(name);
  });

  it('gives back every file exactly, and compresses what compresses', () => {
    for (const [name, data] of Object.entries(files)) {
      const out = execFileSync('unzip', ['-p', archive, name], { maxBuffer: 64 << 20 });
      expect(out.equals(data), name).toBe(true);
    }
    expect(readFileSync(archive).length).toBeLessThan(large.length / 2);
  });

  it('lists the entries with their sizes', () => {
    const listing = execFileSync('unzip', ['-l', archive], { encoding: 'utf8' });
    expect(listing).toMatch(new RegExp(`\\b${large.length}\\b.*budget-一般公共预算\\.csv`));
    expect(listing).toMatch(/\b3 files\b/);
  });
});
