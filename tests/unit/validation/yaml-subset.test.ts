/**
 * The subset reader must give exactly what js-yaml gives, or give up: checked on hand-made layouts (accepted and
 * refused) and on every YAML file of the sample content and the invalid fixtures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlSubset } from '../../../src/validation/yaml-subset.ts';
import { parseJsYaml, parseYamlSource } from '../../../src/validation/yaml-source.ts';
import { hasUnsafeCharacter } from '../../../src/domain/unsafe-characters.ts';

/** Keeps blank (undefined) keys visible, so "absent" and "blank" cannot pass for each other. */
const canonical = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<blank>' : v));

const ACCEPTED: Record<string, string> = {
  'block mapping with numbers kept as text': 'unit: 万元\ntotal: 1,992.86\ncount: 007\nrate: 1e3\nhex: 0x1F\n',
  'nested mappings and comments': '# 说明\na:\n  b: 1   # 注释\n  c:\n    d: 文字#不是注释\n# end\ne: 2\n',
  'blanks, nulls and booleans': 'a:\nb: ~\nc: null\nd: true\ne: False\nf: yes\ng: [1, ~, ]\n'.replace(', ]', ']'),
  'list of flow maps': 'rows:\n  - { code: "201", name: 一般公共服务支出, total: 1.5, note: }\n  - { code: "20101", name: 人大事务, total: 0 }\n',
  'list at the same indent as its key': 'rows:\n- a\n- b\nnext: 1\n',
  'list of block maps': 'projects:\n  - id: a\n    name: 甲\n    funds: { total: 1, fiscal: [1, 2] }\n  - id: b\n    indicators:\n      - { name: x }\n    note: 好\n',
  'list item with a nested block and a blank item': 'list:\n  -\n    a: 1\n  -\n  - 3\n',
  'quoted scalars with escapes': 'a: "引号\\"和\\\\反斜杠\\u4e2d\\n"\nb: \'单引号\'\'\'\nc: "a: b # c"\n',
  'plain scalars with colons and hashes inside': 'url: http://example.com/a#b\ntime: 12:30\nratio: "≥95%"\n',
  'dates and codes stay text': 'date: 2023-02-15\ncode: "2013201"\nraw: 2013201\n',
  'empty flow collections': 'a: []\nb: {}\nc: [[1, 2], {x: 1}]\n',
  'only comments': '# nothing here\n\n',
  // YAML trims only spaces and tabs around plain scalars: an ideographic or no-break space is part of the value.
  'other blanks stay in plain scalars': 'a: 办公室\u3000\nb: { c: 办公室\u3000 }\nd: [\u00a0x\u00a0]\ne: x\u00a0 # 注释\n',
  'keys seen before, in place and in flow maps': 'a: 1\nb: { a: 2, b: 3 }\nl:\n  - { a: 4, b: 5 }\n  - a: 6\n    b: 7\n',
};

const REFUSED: Record<string, string> = {
  'block scalar': 'a: |\n  line\n',
  'folded scalar': 'a: >\n  line\n',
  'multi-line plain scalar': 'a: first\n  second\n',
  'multi-line quoted scalar': 'a: "first\n  second"\n',
  'anchor and alias': 'a: &x 1\nb: *x\n',
  'tag': 'a: !!str 1\n',
  'duplicate key': 'a: 1\na: 2\n',
  'duplicate key in a flow map': 'a: { x: 1, x: 2 }\n',
  'CRLF line ends': 'a: 1\r\nb: 2\r\n',
  'tab indentation': 'a:\n\tb: 1\n',
  'bad indentation': 'a:\n    b: 1\n  c: 2\n',
  'unclosed flow map': 'a: { x: 1\n',
  'flow map across lines': 'a: { x: 1,\n  y: 2 }\n',
  'quoted key': '"a": 1\n',
  'complex key': '? a\n: 1\n',
  'colon-space in a plain value': 'a: b: c\n',
  'several documents': 'a: 1\n---\nb: 2\n',
  'merge key': 'a: { x: 1 }\nb:\n  <<: { y: 2 }\n',
  'thousands comma in a flow map': 'a: { total: 1,436.72 }\n',
  'top-level scalar': 'just text\n',
  'colon before a flow indicator': 'a: { b: c:, d: 1 }\n',
  'trailing comma in a flow list': 'a: [1, 2, ]\n',
  'doubled comma in a flow map': 'a: { b: 1,, c: 2 }\n',
  'escape beyond Unicode': 'licence: "\\UFFFFFFFF"\n',
  'escaped half of a surrogate pair': 'a: "\\uD800"\n',
  'lone dash in a flow map': 'x: {a: -}\n',
  'lone dash in a flow list': 'x: [a, -]\n',
  'lone question mark in a flow map': 'x: {a: ?}\n',
  'empty first entry in a flow list': 'x: [,a]\n',
  'control character': 'a: x\u0007y\n',
  'noncharacter U+FDD0': 'a: x\uFDD0y\n',
  'character outside the Basic Multilingual Plane': 'a: 𠮷\n',
  'a key that is only "-"': '-: x\n',
  'a key that is only ":"': 'a: 1\n:: x\n',
  'a flow key that is only "?"': 'x: {?: 1}\n',
  'a flow key that is only "-"': 'x: {-: 1}\n',
};

describe('subset YAML reader', () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`reads ${name} exactly as js-yaml does`, () => {
      const subset = parseYamlSubset(text);
      expect(subset, 'accepted').toBeDefined();
      expect(canonical(subset!.value)).toBe(canonical(parseJsYaml(text)!.value));
    });
  }
  it('reads a list item holding only a comment as YAML does (js-yaml would move the next, less indented item into that list)', () => {
    const text = 'l:\n  - a:\n      items:\n        - x\n        -  # 空\n  - kind: y\n';
    expect(parseYamlSubset(text)?.value).toEqual({ l: [{ a: { items: ['x', null] } }, { kind: 'y' }] });
  });

  for (const [name, text] of Object.entries(REFUSED)) {
    it(`leaves ${name} to js-yaml`, () => {
      expect(parseYamlSubset(text)).toBeUndefined();
    });
  }

  it('accepts no text holding a character no published text may hold (the check then need not search it again)', () => {
    const unsafe: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (hasUnsafeCharacter(String.fromCharCode(code))) unsafe.push(code);
    expect(unsafe.length).toBeGreaterThan(2000); // controls, every surrogate, the noncharacters
    for (const code of unsafe) expect(parseYamlSubset(`a: x${String.fromCharCode(code)}y\n`), code.toString(16)).toBeUndefined();
    expect(parseYamlSource('a.yaml', 'a: 一般公共服务支出\n').plainLayout).toBe(true);
    expect(parseYamlSource('a.yaml', 'a: x\uFDD0y\n').plainLayout).toBeUndefined();
  });

  it('agrees with js-yaml on every YAML file of the sample content and the invalid fixtures, and reads most of them', () => {
    const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
    const texts: Array<[string, string]> = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.yaml')) texts.push([path, readFileSync(path, 'utf8').replace(/^\ufeff/, '')]);
        else if (name === 'index.md') { const front = FRONT_MATTER.exec(readFileSync(path, 'utf8')); if (front) texts.push([path, front[1]!]); }
      }
    };
    walk('content');
    walk('tests/fixtures');
    let read = 0;
    for (const [path, text] of texts) {
      const subset = parseYamlSubset(text);
      if (!subset) continue;
      read++;
      const reference = parseJsYaml(text);
      expect(reference, `${path}: js-yaml refuses what the subset reads`).toBeDefined();
      expect(canonical(subset.value), path).toBe(canonical(reference!.value));
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(read / texts.length).toBeGreaterThan(0.9);
  });
});

describe('subset YAML reader on damaged files', () => {
  it('agrees with js-yaml or gives up on 3,000 seeded single-character edits of sample files', () => {
    const yamlIn = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? yamlIn(path) : name.endsWith('.yaml') ? [readFileSync(path, 'utf8')] : [];
    });
    const files = ['content/disclosures', 'tests/fixtures/base/disclosures'].flatMap(yamlIn);
    const MARKS = [':', ' ', '#', ',', '{', '}', '[', ']', '"', "'", '-', '\n', '  ', '\u3000', '?', '!', '&', '*', '|', '~',
      '- ', ': ', ' #', '-,', '?]', ':}', '[,', '\\U0011FFFF', '\\uD800', '\u0007', '\u000c', '\u007f', '\u0085', '\u2028', '\ud800', '𠮷'];
    // xorshift32: its low bits vary as much as its high ones.
    let state = 20261121;
    const random = (n: number) => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 0) % n; };
    let read = 0;
    for (let k = 0; k < 3000; k++) {
      const text = files[random(files.length)]!;
      const at = random(text.length);
      const edit = random(3);
      const mark = MARKS[random(MARKS.length)]!;
      const damaged = edit === 0 ? text.slice(0, at) + mark + text.slice(at) : edit === 1 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + mark + text.slice(at + 1);
      const subset = parseYamlSubset(damaged);
      if (!subset) continue;
      read++;
      const reference = parseJsYaml(damaged);
      expect(reference, `edit ${k}: js-yaml refuses what the subset reads`).toBeDefined();
      expect(canonical(subset.value), `edit ${k}`).toBe(canonical(reference!.value));
    }
    expect(read).toBeGreaterThan(1000);
  });
});
