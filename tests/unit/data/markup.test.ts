/**
 * escapeMarkup, used for feed.xml, sitemap.xml and the search index pages: whatever the text, the result read back by
 * a standard HTML parser is the text itself (characters XML cannot hold replaced by U+FFFD), with no parse error.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { escapeMarkup } from '../../../src/data/markup.ts';

const HOSTILE = [
  '预算 & 决算', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "it's", ']]>', '<!-- x -->', '&amp; &#0; &lt;',
  'a\u0000b', 'form\ffeed', 'del\u007f', 'nel\u0085', 'lone\ud800', 'non\ufffe\uffff\u{10ffff}', 'tab\tline\nreturn', '😀 emoji', '\u2028\u2029',
];

interface ParsedNode { nodeName: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: ParsedNode[] }

function readBack(text: string): { attribute: string | undefined; content: string; errors: string[] } {
  const errors: string[] = [];
  const escaped = escapeMarkup(text);
  const fragment = parseFragment(`<p title="${escaped}">${escaped}</p>`, { onParseError: (error) => errors.push(error.code) }) as unknown as ParsedNode;
  const p = fragment.childNodes![0]!;
  return { attribute: p.attrs?.find((a) => a.name === 'title')?.value, content: (p.childNodes ?? []).map((n) => n.value ?? '').join(''), errors };
}

describe('escapeMarkup', () => {
  it.each(HOSTILE)('%j reads back as itself, in an attribute and in content, without parse errors', (text) => {
    const expected = text.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\ufffe\uffff\u{10ffff}]|[\ud800-\udbff](?![\udc00-\udfff])/gu, '\ufffd');
    const back = readBack(text);
    expect(back.errors).toEqual([]);
    // HTML reads a carriage return as a line feed; XML does the same.
    expect(back.attribute).toBe(expected.replace(/\r\n?/g, '\n'));
    expect(back.content).toBe(expected.replace(/\r\n?/g, '\n'));
  });

  it('escapes the markup characters and nothing else of ordinary text', () => {
    expect(escapeMarkup('a & b < c > d " e \' 预算')).toBe('a &amp; b &lt; c &gt; d &quot; e \' 预算');
  });
});
