/**
 * Characters no published text may hold, against the definitions they come from: XML 1.0's Char production (what
 * feed.xml and sitemap.xml can carry) and the HTML standard's controls and noncharacters (parse errors).
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeStrings, firstUnsafeCharacter, hasUnsafeCharacter, mayHoldUnsafeCharacter, replaceUnsafeCharacters, replaceUnsafeStrings, unsafeCharacterMessage } from '../../../src/domain/unsafe-characters.ts';

/** XML 1.0 (fifth edition) production [2] Char. */
const isXmlChar = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
/** HTML: "control" other than ASCII whitespace, or "noncharacter" (both parse errors in the input stream). */
const isHtmlErrorChar = (cp: number) =>
  (cp <= 0x1f && ![0x9, 0xa, 0xc, 0xd].includes(cp)) || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

describe('hasUnsafeCharacter', () => {
  it('lets through only characters XML can hold, and rejects every one it cannot', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = `a${String.fromCharCode(unit)}b`;
      // A code unit alone: a surrogate here is a lone one, which XML cannot hold either.
      if (!hasUnsafeCharacter(text) && !isXmlChar(unit >= 0xd800 && unit <= 0xdfff ? -1 : unit)) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('rejects every control and noncharacter the HTML standard counts as a parse error (and the form feed)', () => {
    const missed: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if ((isHtmlErrorChar(cp) || cp === 0xc) && !hasUnsafeCharacter(String.fromCodePoint(cp))) missed.push(cp.toString(16));
    }
    for (let plane = 0; plane <= 0x10; plane++) {
      for (const last of [0xfffe, 0xffff]) if (!hasUnsafeCharacter(String.fromCodePoint(plane * 0x10000 + last))) missed.push((plane * 0x10000 + last).toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('keeps tab, line feed, carriage return, Chinese text, emoji (surrogate pairs) and other visible characters', () => {
    for (const text of ['\t\n\r', '预算公开说明', '😀👍🏽', '\u00a0\u3000', '\u2028\u2029', '\u202e', '\ufeff', '\ufffd', '≥95%', '𠀀']) {
      expect(hasUnsafeCharacter(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('rejects lone surrogates, whatever stands next to them', () => {
    for (const text of ['\ud800', 'a\udc00', '\ude00\ud83d', '\ud83d', `${'😀'.slice(1)}x`]) expect(hasUnsafeCharacter(text), JSON.stringify(text)).toBe(true);
  });
});

describe('replaceUnsafeCharacters', () => {
  it('puts U+FFFD in place of each unsafe character and leaves the rest as it was', () => {
    expect(replaceUnsafeCharacters('a\u0000b\u000cc\ud800d😀\u{1fffe}e\u0085')).toBe('a\ufffdb\ufffdc\ufffdd😀\ufffde\ufffd');
    const clean = '示例县\t2024年\r\n预算😀';
    expect(replaceUnsafeCharacters(clean)).toBe(clean);
  });
});

describe('firstUnsafeCharacter', () => {
  it('counts the position in characters as an editor does (an emoji is one), and names the character', () => {
    const found = firstUnsafeCharacter('😀预算\f公开');
    expect(found).toMatchObject({ position: 4, offset: 4, code: 'U+000C', name: '换页符' });
    expect(found!.context).toBe('😀预算⟨U+000C⟩公开');
    expect(firstUnsafeCharacter('预算公开')).toBeUndefined();
  });

  it('shows a few characters either side, shortened with …', () => {
    const found = firstUnsafeCharacter('一二三四五六七八九十\u0001甲乙丙丁戊己庚辛壬癸');
    expect(found!.position).toBe(11);
    expect(found!.context).toBe('…三四五六七八九十⟨U+0001⟩甲乙丙丁戊己庚辛…');
  });

  it('names a supplementary noncharacter and a lone surrogate', () => {
    expect(firstUnsafeCharacter('a\u{10ffff}b')).toMatchObject({ position: 2, code: 'U+10FFFF', name: 'Unicode 非字符', context: 'a⟨U+10FFFF⟩b' });
    expect(firstUnsafeCharacter('ab\udc00')).toMatchObject({ position: 3, code: 'U+DC00' });
  });

  it('gives a Chinese message naming the character, its position and where it stands', () => {
    const message = unsafeCharacterMessage(firstUnsafeCharacter('标题\u000b文字')!, '本行');
    expect(message).toContain('本行第3个字符');
    expect(message).toContain('垂直制表符 U+000B');
    expect(message).toContain('标题⟨U+000B⟩文字');
  });
});

describe('hasUnsafeCharacter and firstUnsafeCharacter', () => {
  it('agree (the quick scan and the exact test) on every code unit, every pair of surrogates and every plane end', () => {
    const texts: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) texts.push(`预${String.fromCharCode(unit)}算`);
    for (const high of [0xd800, 0xd83d, 0xd83f, 0xdbff]) for (const low of [0xdc00, 0xde00, 0xdffd, 0xdffe, 0xdfff, 0x41]) texts.push(String.fromCharCode(high, low), `a${String.fromCharCode(high, low)}`);
    for (let plane = 1; plane <= 0x10; plane++) for (const last of [0xfffd, 0xfffe, 0xffff]) texts.push(String.fromCodePoint(plane * 0x10000 + last));
    texts.push('', '\udc00\ud800', 'x\ud800');
    const disagree = texts.filter((text) => hasUnsafeCharacter(text) !== (firstUnsafeCharacter(text) !== undefined));
    expect(disagree.map((text) => [...text].map((c) => c.codePointAt(0)!.toString(16)).join(' '))).toEqual([]);
  });
});

describe('mayHoldUnsafeCharacter', () => {
  it('is true for a file with a backslash (a YAML escape can make any character) or with such a character as written', () => {
    expect(mayHoldUnsafeCharacter('name: 一般公共服务支出\ntotal: 300.75\n')).toBe(false);
    expect(mayHoldUnsafeCharacter('name: "一般\\f公共"\n')).toBe(true);
    expect(mayHoldUnsafeCharacter('name: 一般\f公共\n')).toBe(true);
  });
});

describe('findUnsafeStrings and replaceUnsafeStrings', () => {
  it('find every string with such a character, with its path', () => {
    const value = { name: '预算', contact: { phone: '010\u0000' }, aliases: ['甲', '乙\u0085'], count: 3 };
    expect(findUnsafeStrings(value).map(({ path, found }) => [path, found.code])).toEqual([[['contact', 'phone'], 'U+0000'], [['aliases', 1], 'U+0085']]);
  });

  it('replace them in place, leaving other values as they were', () => {
    const value = { a: 'x\fy', b: ['ok', '\ud800'], c: { d: 5n, e: 'z' } };
    expect(replaceUnsafeStrings(value)).toBe(value);
    expect(value).toEqual({ a: 'x\ufffdy', b: ['ok', '\ufffd'], c: { d: 5n, e: 'z' } });
  });
});
