/**
 * Web addresses: the scheme as the page's sanitizer reads it (the check and the page must agree on which links
 * survive), and the site's base URL, http or https only, with a Chinese reason naming what was written.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Element, Root } from 'hast';
import { isWebScheme, schemeOf, webAddressProblem } from '../../../src/domain/web-address.ts';

/** Whether hast-util-sanitize keeps a link's href when only http and https are allowed. */
function sanitizerKeeps(href: string): boolean {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href }, children: [] }] };
  const clean = unified().use(rehypeSanitize, { ...defaultSchema, protocols: { href: ['http', 'https'] } }).runSync(tree) as Root;
  return (clean.children[0] as Element).properties.href !== undefined;
}

describe('schemeOf', () => {
  const addresses = [
    'https://www.gov.cn/', 'http://a.b/c', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'mailto:a@b.cn', 'ftp://x/', 'data:text/html,x',
    'vbscript:x', 'file:///etc/passwd', '/2024/dept/budget/', '#table-1', '?q=1', 'files/a.pdf', './a:b', 'a/b:c', '?x=a:b', '#a:b',
    '', ':', 'java\tscript:x', ' https://x/', 'c:\\path', 'tel:123', '//evil.example/', 'https:', 'h:',
  ];
  it('agrees with the sanitizer on which addresses keep their link (http and https allowed)', () => {
    for (const address of addresses) {
      const scheme = schemeOf(address);
      // The page writes http(s) schemes in lower case before sanitizing; the sanitizer itself compares exactly.
      expect(scheme === undefined || (isWebScheme(scheme) && scheme === scheme.toLowerCase()), address).toBe(sanitizerKeeps(address));
    }
  });

  it('reads the scheme before the first colon, unless /, ? or # comes first', () => {
    expect(schemeOf('JavaScript:alert(1)')).toBe('JavaScript');
    expect(schemeOf('/a:b')).toBeUndefined();
    expect(schemeOf('files/a.pdf')).toBeUndefined();
    expect(isWebScheme('HTTPS')).toBe(true);
    expect(isWebScheme('ftp')).toBe(false);
  });
});

describe('webAddressProblem', () => {
  it('accepts absolute http and https addresses, with a path, a query or a Chinese domain', () => {
    for (const address of ['https://budget.example.gov.cn/', 'http://example.gov.cn', 'https://例子.中国/预算/', 'https://x.gov.cn/a/?b=1&c=2', 'HTTPS://EXAMPLE.GOV.CN/']) {
      expect(webAddressProblem(address), address).toBeUndefined();
    }
  });

  it.each([
    ['javascript:alert(1)//example.gov.cn/', ['javascript:', 'https://']],
    ['ftp://budget.example.gov.cn/', ['ftp:', 'https://']],
    ['mailto:budget@example.gov.cn', ['mailto:']],
    ['data:text/html,<b>x</b>', ['data:']],
    ['budget.example.gov.cn/', ['https://', 'budget.example.gov.cn/']],
    ['//budget.example.gov.cn/', ['https://']],
    ['https:///budget/', ['域名']],
    ['https://user:secret@example.gov.cn/', ['用户名或密码']],
    ['https://example .gov.cn/', ['第16个字符', '空格']],
    ['https://example.gov.cn/\f', ['U+000C']],
    ['https://exa[mple.gov.cn/', ['不是有效的网址']],
  ])('rejects %j, saying why in Chinese', (address, words) => {
    const problem = webAddressProblem(address);
    expect(problem).toBeDefined();
    for (const word of words) expect(problem, address).toContain(word);
    expect(problem).toMatch(/[\u4e00-\u9fff]/);
  });
});
