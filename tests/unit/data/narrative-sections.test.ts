import { describe, expect, it } from 'vitest';
import { renderNarrative } from '../../../src/data/narrative.ts';
import { narrativeSections } from '../../../src/data/narrative-sections.ts';

describe('the narrative cut at its top headings', () => {
  it('keeps the intro, each heading with its anchor, and every part of the text', () => {
    const { html } = renderNarrative('开头一段。\n\n## 一、基本情况\n\n### （一）职能\n\n职能说明。\n\n## 二、收支情况\n\n收入**1992.86**万元。\n');
    const { intro, sections } = narrativeSections(html);
    expect(intro).toContain('开头一段。');
    expect(sections.map((s) => [s.id, s.heading])).toEqual([['narrative-1', '一、基本情况'], ['narrative-3', '二、收支情况']]);
    expect(sections[0]!.body).toContain('<h4 id="narrative-2">（一）职能</h4>');
    expect(sections[1]!.body).toContain('<strong>1992.86</strong>');
    // Nothing lost or repeated: the pieces put back together are the whole.
    expect(intro + sections.map((s) => `<h3 id="${s.id}">${s.heading}</h3>${s.body}`).join('')).toBe(html);
  });
  it('leaves a narrative without headings whole', () => {
    expect(narrativeSections('<p>只有一段。</p>')).toEqual({ intro: '<p>只有一段。</p>', sections: [] });
  });
});
