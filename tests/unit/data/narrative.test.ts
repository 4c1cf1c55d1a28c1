/** The narrative as the page shows it: tags become their figures, headings are demoted and anchored, terms linked. */
import { describe, expect, it } from 'vitest';
import { renderNarrative, stripFactTags } from '../../../src/data/narrative.ts';

describe('narrative', () => {
  const markdown = '## 一、收支总体情况\n\n支出{{1,992.86|支出合计}}万元，其中基本支出{{ 575.29 | 基本支出 }}万元。基本支出是……基本支出\n\n### (一) 说明\n\n正文';
  const { html, headings, text } = renderNarrative(markdown, [{ id: 'basic', forms: ['基本支出'] }]);

  it('prints each tagged figure as written, and nothing of the tag', () => {
    expect(html).toContain('支出1,992.86万元');
    expect(html).not.toContain('{{');
    expect(text).not.toContain('|');
    expect(stripFactTags('{{12|三公经费.比上年减少}}')).toBe('12');
  });

  it('demotes headings one level under the page\'s h2 and numbers their anchors', () => {
    expect(headings).toEqual([{ id: 'narrative-1', text: '一、收支总体情况', depth: 3 }, { id: 'narrative-2', text: '(一) 说明', depth: 4 }]);
    expect(html).toContain('<h3 id="narrative-1">');
  });

  it('links the first mention of a glossary term only, never inside a heading', () => {
    expect(html.match(/<a href="\/glossary\/#basic" class="term">基本支出<\/a>/g)).toHaveLength(1);
  });

  it('drops scripts and event handlers', () => {
    expect(renderNarrative('<script>alert(1)</script><img src=x onerror="alert(1)">').html).not.toMatch(/<script|onerror/);
  });
});
