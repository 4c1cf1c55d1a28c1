/**
 * The source document as published: the build hashes the file's bytes (never a typed value), links it under the
 * page's source/ folder with its size, copies it into the site and states the hash in data.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBytes, sourceFileView } from '../../../src/data/source-document.ts';
import { buildSiteData } from '../../../src/data/site-data.ts';
import { disclosureJson } from '../../../src/data/json-export.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { writeDownloads } from '../../../scripts/write-downloads.ts';
import { BASE_BUDGET, baseWith, makeTempDir, type TempTree } from '../../helpers/content.ts';

// SHA-256 test vectors (FIPS 180-2): "abc" and the empty message.
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const trees: TempTree[] = [];
afterAll(() => trees.forEach((tree) => tree.cleanup()));

describe('a source file view', () => {
  it('hashes the bytes and names size and kind for readers', () => {
    const view = sourceFileView('/2024/x/budget/', '/c/2024/x/budget/预算 公开.pdf', new TextEncoder().encode('abc'));
    expect(view).toMatchObject({ name: '预算 公开.pdf', bytes: 3, size: '3 字节', format: 'PDF', sha256: ABC });
    expect(view.href).toBe('/2024/x/budget/source/%E9%A2%84%E7%AE%97%20%E5%85%AC%E5%BC%80.pdf');
    expect(view.output).toBe('/2024/x/budget/source/预算 公开.pdf');
    expect(sourceFileView('/p/', '/c/empty.ofd', new Uint8Array()).sha256).toBe(EMPTY);
  });
  it('sizes in binary multiples with one decimal', () => {
    expect([1023, 1024, 1536, 1024 * 1024 * 12 + 1024 * 300].map(formatBytes)).toEqual(['1023 字节', '1.0 KB', '1.5 KB', '12.3 MB']);
  });
});

describe('a disclosure with its PDF in the folder', () => {
  const made = baseWith({ [`${BASE_BUDGET}/index.md`]: (text) => text.replace(/  sha256: [0-9a-f]{64}\n/, '') });
  trees.push(made);
  writeFileSync(join(made.root, BASE_BUDGET, '预算公开.pdf'), 'abc');
  const data = buildSiteData(checkContent(made.root));
  const budget = data.disclosures.find((d) => d.id === '2024-demo-county-office-budget')!;
  const final = data.disclosures.find((d) => d.id === '2023-demo-county-office-final')!;

  it('the page view has the computed hash; a disclosure with only an old typed hash keeps it, not computed', () => {
    expect(budget.source).toMatchObject({ document: '示例县人民政府办公室2024年部门预算', sha256: ABC, computed: true });
    expect(budget.source.file?.href).toBe(`/2024/demo-county-office/budget/source/${encodeURIComponent('预算公开.pdf')}`);
    expect(final.source.file).toBeUndefined();
    expect(final.source.computed).toBe(false);
    expect(final.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the build copies the file under the page and data.json states its hash and address', () => {
    const out = makeTempDir('budget-site-');
    trees.push(out);
    writeDownloads(out.root, data);
    expect(readFileSync(join(out.root, '2024/demo-county-office/budget/source/预算公开.pdf'), 'utf8')).toBe('abc');
    const json = JSON.parse(readFileSync(join(out.root, '2024/demo-county-office/budget/data.json'), 'utf8'));
    expect(json.meta.source).toMatchObject({ sha256: ABC, sha256_computed: true, file: { name: '预算公开.pdf', bytes: 3 } });
    expect(json.meta.source.file.url).toBe(new URL(budget.source.file!.href, data.site.base_url).href);
    expect(disclosureJson(final, data.site.base_url)).toMatchObject({ meta: { source: { file: null, sha256_computed: false } } });
  });
});
