/**
 * The index form against Pagefind itself (the version in package.json): figures written as Braille patterns add no
 * word to the index yet stay in the text Pagefind keeps for excerpts, and quotation marks inside a bigram do not keep
 * the bigram from being indexed. If a Pagefind upgrade changed either, the index would swell with figures or lose
 * “三公”经费: this test says so first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { cjkBigrams, decodeAmounts, encodeAmounts } from '../../../src/search/search-text.ts';

afterAll(async () => { await pagefind.close(); });

const page = (body: string) => `<html lang="zxx"><body><main data-pagefind-body><h2 id="a">标题</h2><p>${body}</p></main></body></html>`;

describe('Pagefind and the index form', () => {
  it('indexes no word of an encoded figure, and keeps the figure in the page text', async () => {
    const { index } = await pagefind.createIndex({});
    const added = await index!.addHTMLFile({ url: '/with/', content: page(cjkBigrams(encodeAmounts('公务接待费 ｜ 1,992.86万元 ｜ 147.92% ｜ -12.50'))) });
    expect(added.errors).toEqual([]);
    const out = mkdtempSync(join(tmpdir(), 'pagefind-form-'));
    try {
      await index!.writeFiles({ outputPath: out });
      // The words of the index: the bigrams only; no Braille pattern, no digits of the figures, no 万元.
      const words = readdirSync(join(out, 'index')).map((name) => gunzipSync(readFileSync(join(out, 'index', name))).toString('utf8')).join('');
      for (const gram of ['公务', '务接', '接待', '待费']) expect(words).toContain(gram);
      expect(words).not.toMatch(/[\u2800-\u28ff]|99286|1992|14792|万元/);
      const fragment = readdirSync(join(out, 'fragment')).map((name) => JSON.parse(gunzipSync(readFileSync(join(out, 'fragment', name))).subarray(12).toString('utf8')) as { content: string })[0]!;
      expect(decodeAmounts(fragment.content)).toContain('1,992.86万元');
      expect(decodeAmounts(fragment.content)).toContain('147.92%');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
  it('indexes a bigram spanning a quotation mark as the bigram', async () => {
    const { index } = await pagefind.createIndex({});
    expect((await index!.addHTMLFile({ url: '/q/', content: page(cjkBigrams('“三公”经费')) })).errors).toEqual([]);
    const out = mkdtempSync(join(tmpdir(), 'pagefind-form-'));
    try {
      await index!.writeFiles({ outputPath: out });
      const words = readdirSync(join(out, 'index')).map((name) => gunzipSync(readFileSync(join(out, 'index', name))).toString('utf8')).join('');
      for (const gram of ['三公', '公经', '经费']) expect(words).toContain(gram);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
