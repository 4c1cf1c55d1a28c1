/**
 * The narrative rule: raw HTML the page leaves out, links with other schemes than http(s), characters no output can
 * hold. The check and the page decide alike (src/validation/narrative-markup.ts): what the check accepts the page
 * shows, what the page leaves out the check reports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { narrativeHtmlRules } from '../../../src/validation/rules/narrative-html.ts';
import { mayHoldMarkup, stripFactTags, stripFactTagsWithPlaces } from '../../../src/validation/narrative-markup.ts';
import type { DisclosureContext } from '../../../src/validation/context.ts';
import { renderNarrative } from '../../../src/data/narrative.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { generateContent } from '../../../scripts/bench/generate.ts';
import { SAMPLE_CONTENT, makeTempDir } from '../../helpers/content.ts';

// A disclosure with only a narrative (its front matter holds nothing to find).
const findingsOf = (body: string) => narrativeHtmlRules({ body, meta: {}, texts: {} } as unknown as DisclosureContext);
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

describe('narrative rule: what it accepts', () => {
  it.each([
    ['line breaks, superscripts, subscripts', '面积1200m<sup>2</sup>，CO<sub>2</sub>排放<br>下降。'],
    ['them in a Markdown table', '| 项目 | 面积 |\n| --- | --- |\n| 办公<br/>用房 | 1200m<sup>2</sup> |'],
    ['a plain comment', '<!-- 编辑备注：待核 -->\n\n正文。'],
    ['web, relative and e-mail links', '[国务院](https://www.gov.cn/) [上年](/2023/demo/budget/) [表](#tables) <https://a.b/> www.gov.cn budget@example.gov.cn <a@b.cn>'],
    ['a less-than sign in text', '完成率<95%的项目，a<b，x <= y'],
    ['HTML written as code', '`<table>` 与\n\n```\n<script>alert(1)</script>\n```'],
  ])('%s: no finding, and the page shows it', (_, body) => {
    expect(findingsOf(body)).toEqual([]);
  });

  it('needs no parsing for the usual narrative: none of the sample content or of a generated site', () => {
    const bodies = checkContent(SAMPLE_CONTENT).content.disclosures.map((d) => d.index?.body ?? '');
    const generated = makeTempDir('budget-narratives-');
    cleanups.push(generated.cleanup);
    generateContent({ root: generated.root, disclosures: 8, seed: 'narrative-markup' });
    bodies.push(...checkContent(generated.root).content.disclosures.map((d) => d.index?.body ?? ''));
    expect(bodies.length).toBeGreaterThan(10);
    expect(bodies.filter(mayHoldMarkup)).toEqual([]);
  });
});

describe('narrative rule: what it reports', () => {
  it('raw HTML, one finding per line naming every element on it, with the tagged figures it would hide', () => {
    const body = '{{400.90|支出合计}}{{370.90|一般公共预算支出}}\n\n<span style="color:red">红字</span>和<font>字</font>\n\n<table>\n<tr><td>{{13.00|三公经费}}</td></tr>\n</table>\n';
    const findings = findingsOf(body);
    expect(findings.map((f) => [f.rule, f.severity, f.bodyLine])).toEqual([['narrative/raw-html', 'error', 2], ['narrative/raw-html', 'error', 4]]);
    expect(findings[0]!.message).toContain('<span>、</span>、<font>、</font>');
    expect(findings[0]!.message).not.toContain('{{');
    expect(findings[1]!.message).toContain('<table>');
    expect(findings[1]!.values).toContainEqual({ label: '其中标注的数字', value: '{{13.00|三公经费}}' });
  });

  it.each([
    ['<sup class="note">1</sup>', ['<sup>', '不能带属性']],
    ['面积m<sup>2', ['<sup>', '结束标记']],
    ['面积m2</sub>', ['</sub>', '开始标记']],
    ['*强调<sup>2*</sup>', ['<sup>', '结束标记']],
    ['<br class="x">', ['<br>', '不能带属性']],
    ['<img src="https://a.b/c.png">', ['<img>']],
    ['<?xml version="1.0"?>', ['<?xml']],
    ['<!-- 旧数字 {{1.00|三公经费}} -->', ['<!-- -->', '{{1.00|三公经费}}']],
  ])('raw HTML %j', (body, words) => {
    const [finding, ...more] = findingsOf(body);
    expect(more).toEqual([]);
    expect(finding?.rule).toBe('narrative/raw-html');
    for (const word of words) expect(finding!.message).toContain(word);
  });

  it.each([
    ['[政策](javascript:alert(1))', 'javascript:alert(1)'],
    ['[政策](JavaScript:alert(1))', 'JavaScript:alert(1)'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['[政策][ref]\n\n[ref]: vbscript:x', 'vbscript:x'],
    ['![图](data:image/png;base64,AAAA)', 'data:image/png;base64,AAAA'],
    ['[写信](mailto:budget@example.gov.cn)', 'mailto:budget@example.gov.cn'],
    ['[政策](&#106;avascript:alert(1))', 'javascript:alert(1)'],
  ])('a link %j', (body, address) => {
    const findings = findingsOf(body);
    expect(findings.map((f) => f.rule)).toEqual(['narrative/link-scheme']);
    expect(findings[0]!.values).toEqual([{ label: '地址', value: address }]);
    expect(findings[0]!.message).toContain('http://');
  });

  it('characters no output can hold: one finding per line, naming the position in the line', () => {
    const findings = findingsOf('第一行\n第二\u0007行\u0000\n第三行\n第四行\u{10fffe}');
    expect(findings.map((f) => [f.rule, f.bodyLine])).toEqual([['text/control-character', 1], ['text/control-character', 3]]);
    expect(findings[0]!.message).toContain('本行第3个字符');
    expect(findings[0]!.message).toContain('U+0007');
    expect(findings[1]!.message).toContain('U+10FFFE');
  });

  it('counts body lines of the text as written, whatever the tags before', () => {
    const body = `${'{{400.90|支出合计}}'.repeat(20)}\n\n<span>x</span>\n\n[a](ftp://x/)`;
    expect(findingsOf(body).map((f) => [f.rule, f.bodyLine])).toEqual([['narrative/raw-html', 2], ['narrative/link-scheme', 4]]);
  });
});

describe('narrative rule: control characters in the values of the disclosure files', () => {
  const context = (written: string, withoutUnsafeCharacters = false) => ({
    body: '', meta: { title: '标题\u0008' },
    tables: { general_budget_expenditure: { rows: [{ code: '201', name: '一般公共服务\f支出' }] } },
    texts: { tables: { text: written, withoutUnsafeCharacters } },
  }) as unknown as DisclosureContext;

  it('reports each value with its path, the front matter always, a YAML file when its text may hold one', () => {
    const findings = narrativeHtmlRules(context('name: "一般公共服务\\f支出"'));
    expect(findings.map((f) => [f.rule, f.file, f.at.join('.')])).toEqual([
      ['text/control-character', 'index.md', 'title'],
      ['text/control-character', 'tables.yaml', 'general_budget_expenditure.rows.0.name'],
    ]);
    expect(findings[1]!.message).toContain('第7个字符是不可见的换页符 U+000C');
  });

  it('visits no value of a YAML file whose text has neither such a character nor a backslash', () => {
    expect(narrativeHtmlRules(context('name: 一般公共服务支出')).map((f) => f.file)).toEqual(['index.md']);
  });

  it('trusts the reader that a file holds none as written, but still visits its values when it has a backslash', () => {
    // The text below does hold one: a file the reader vouches for is not searched again.
    expect(narrativeHtmlRules(context('name: 一般公共服务\f支出', true)).map((f) => f.file)).toEqual(['index.md']);
    expect(narrativeHtmlRules(context('name: "一般公共服务\\f支出"', true)).map((f) => f.file)).toEqual(['index.md', 'tables.yaml']);
  });
});

describe('check and page agree', () => {
  const allowed: Array<[string, string]> = [['m<sup>2</sup>', 'm<sup>2</sup>'], ['CO<sub>2</sub>', 'CO<sub>2</sub>'], ['a<br>b', 'a<br>'], ['[x](https://www.gov.cn/)', '<a href="https://www.gov.cn/">x</a>']];
  const refused = ['<span>隐藏</span>', '<table><tr><td>表</td></tr></table>', '[x](javascript:alert(1))', 'x<sup>2'];
  it('what the check accepts the page shows as written', () => {
    for (const [body, shown] of allowed) {
      expect(findingsOf(body), body).toEqual([]);
      expect(renderNarrative(body).html, body).toContain(shown);
    }
  });
  it('what the page leaves out the check reports', () => {
    for (const body of refused) {
      expect(findingsOf(body).length, body).toBe(1);
      expect(renderNarrative(body).html, body).not.toMatch(/<(span|table|td)|javascript:|<sup>/);
    }
  });
});

describe('stripFactTagsWithPlaces', () => {
  it('gives the text the page shows and where each figure and tag stands', () => {
    const body = '收入{{400.90|收入合计}}万元，支出{{ 400.90 | 支出合计 }}万元。';
    const { text, tags, sourceOffset } = stripFactTagsWithPlaces(body);
    expect(text).toBe(stripFactTags(body));
    expect(text).toBe('收入400.90万元，支出400.90万元。');
    expect(tags.map((tag) => [tag.tag, text.slice(tag.start, tag.end), body.slice(tag.sourceOffset, tag.sourceOffset + tag.tag.length)]))
      .toEqual([['{{400.90|收入合计}}', '400.90', '{{400.90|收入合计}}'], ['{{ 400.90 | 支出合计 }}', '400.90', '{{ 400.90 | 支出合计 }}']]);
    for (const word of ['万元，', '。']) expect(body.slice(sourceOffset(text.indexOf(word)))).toMatch(new RegExp(`^${word}`));
    expect(sourceOffset(text.indexOf('400.90') + 2)).toBe(body.indexOf('{{'));
  });
});
