/**
 * Narrative Markdown on the page: the raw HTML the check allows is shown (line breaks, superscripts, subscripts,
 * also inside Markdown tables), anything else is left out, links keep http(s) only, and the HTML is well-formed.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { renderNarrative } from '../../../src/data/narrative.ts';

/** Parse errors of the HTML standard in a fragment (parse5 reports them as the standard names them). */
function parseErrors(html: string): string[] {
  const errors: string[] = [];
  parseFragment(html, { onParseError: (error) => errors.push(error.code) });
  return errors;
}
// A break is followed by a line feed in the HTML (as Markdown's own hard breaks are): white space, not shown.
const render = (markdown: string) => renderNarrative(markdown).html.replace(/<br>\n/g, '<br>').replace(/\n+/g, '\n');

describe('renderNarrative: the raw HTML the check allows', () => {
  it('shows line breaks, superscripts and subscripts written as HTML', () => {
    expect(render('第一行<br>第二行<br/>第三行<BR />第四行')).toBe('<p>第一行<br>第二行<br>第三行<br>第四行</p>');
    expect(render('办公用房面积1200m<sup>2</sup>，排放CO<sub>2</sub>。')).toBe('<p>办公用房面积1200m<sup>2</sup>，排放CO<sub>2</sub>。</p>');
  });

  it('shows them inside Markdown tables, around Markdown emphasis, nested, and with a tagged figure in them', () => {
    const html = render('| 项目 | 面积 |\n| --- | --- |\n| 办公<br>用房 | 1200m<sup>2</sup> |\n');
    expect(html).toContain('<td>办公<br>用房</td>');
    expect(html).toContain('<td>1200m<sup>2</sup></td>');
    expect(render('x<sup>**2**</sup> y<sup>a<sub>i</sub></sup>')).toBe('<p>x<sup><strong>2</strong></sup> y<sup>a<sub>i</sub></sup></p>');
    expect(render('支出<sup>{{400.90|支出合计}}</sup>')).toBe('<p>支出<sup>400.90</sup></p>');
  });

  it('a line break alone on its line is a break too', () => {
    expect(render('第一段\n\n<br>\n\n第二段')).toBe('<p>第一段</p>\n<br>\n<p>第二段</p>');
  });
});

describe('renderNarrative: everything else', () => {
  it('leaves out other raw HTML (the check reports it), and never lets markup through', () => {
    const html = render('<table><tr><td>{{400.90|支出合计}}</td></tr></table>\n\n<span style="color:red">红字</span><script>alert(1)</script><sup class="x">3</sup>\n\n<!-- 注释 -->');
    expect(html).not.toMatch(/<(table|td|span|script|sup)\b|style=|class=|<!--|400\.90|alert\(1\)<\/script/);
    expect(html).toContain('红字');
  });

  it('keeps http and https links (any case), e-mail addresses written as text, relative links; drops other schemes', () => {
    const html = render('[a](HTTPS://www.gov.cn/) [b](/2024/) a@b.cn [c](javascript:alert(1)) [d](data:text/html,x) ![e](ftp://x/y.png)');
    expect(html).toContain('<a href="https://www.gov.cn/">a</a>');
    expect(html).toContain('<a href="/2024/">b</a>');
    expect(html).toContain('<a href="mailto:a@b.cn">a@b.cn</a>');
    expect(html).toContain('<a>c</a>');
    expect(html).toContain('<a>d</a>');
    expect(html).not.toMatch(/javascript:|data:|ftp:/);
  });

  it('puts U+FFFD where a character no output can hold was written (should the check ever let one through)', () => {
    expect(render('a\u0001b\u000bc\ud800d')).toBe('<p>a\ufffdb\ufffdc\ufffdd</p>');
  });

  it('gives HTML without parse errors for hostile input', () => {
    const hostile = [
      '<sup>1', '</sub>2', '<br x=">">', '"><img src=x onerror=alert(1)>', '<!-- --!>', '<![CDATA[x]]>', '<?php ?>', '&#0;&#12;&#x7f;&#xd800;',
      '[x](<javascript:alert(1)>)', '<https://a.b/"onmouseover="x>', '| a |\n|---|\n| <td> |', 'a\u0085b\ufffec\u{10ffff}', '`<b>`', '```\n<script>\n```',
    ].join('\n\n');
    const html = render(hostile);
    expect(parseErrors(html)).toEqual([]);
    expect(html).not.toMatch(/<(img|script|td)\b|onerror=|onmouseover=/i);
  });
});
