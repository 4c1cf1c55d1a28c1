/**
 * Mutants of a content tree for the fuzz test (scripts/fuzz.ts, tests/unit/validation/fuzz.test.ts): what a
 * careless editor, a broken disk or an attacker could leave in content/. Mutant `index` of seed `seed` is always
 * the same (its own PRNG stream), so any one can be made again on its own.
 *
 * Each operation says which path it touched and what the check must then report about that path (when it must
 * report something: a flipped byte may well leave a valid file).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Random } from '../bench/random.ts';
import { MAX_FILE_BYTES } from '../../src/validation/content-file.ts';

/** A content tree in memory: content-relative path → bytes. */
export type Tree = ReadonlyMap<string, Buffer>;

/** What the check must report about a path after an operation (when nothing else touched that path). */
export interface Expectation {
  readonly path: string;
  /** A rule id, or undefined for "some error". */
  readonly rule?: string;
}

export interface Operation {
  readonly name: string;
  readonly path: string;
  readonly expect?: Expectation;
}

export interface Mutant {
  readonly seed: string;
  readonly index: number;
  readonly operations: readonly Operation[];
}

/** The tree on disk, and the bytes of its files that are still files (edits write them through). */
interface Workspace {
  readonly root: string;
  /** A folder outside the content folder, with `secret.yaml` and `budget/index.md` holding SECRET. */
  readonly outside: string;
  readonly files: FileMap;
  /** Paths replaced on disk by a folder, a link or nothing (no longer edited as files). */
  readonly replaced: Set<string>;
}

/** Content-relative path → bytes; setting a file writes it to disk. */
class FileMap extends Map<string, Buffer> {
  /** Set once the tree is on disk (the constructor's own set calls write nothing). */
  root = '';
  override set(path: string, bytes: Buffer): this {
    if (this.root) writeFileSync(join(this.root, path), bytes);
    return super.set(path, bytes);
  }
}

/** Text planted outside the content folder: it must never appear in any finding. */
export const SECRET = 'fuzz-outside-secret-7d1e';

const YAML_TOKENS = [
  ': ', '- ', '{', '}', '[', ']', '"', "'", '&a ', '*a ', '<<: ', '\t', ' #', '|', '>', '!!str ', '---\n', '\n', ',', '? ',
  '%YAML 1.2\n', '\u0000', '\r', '\ufeff', '\u2028', '\u00a0', '１２', '12345678901234567890123', '-1e400', '0x1F', '.inf', '~', 'null',
  '{{9999|支出合计}}', '<script>', '&#0;', '\\', '\\u', '"\\x', '１,２３４.５', '🀄', '\ud800',
];

const BOMB = [
  'fuzz_a: &fa ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefg'.split('').map((name, i) => `fuzz_${name}: &f${name} [${Array(9).fill(`*f${'abcdef'[i]}`).join(',')}]`),
];

/** One mutation of the file (or folder) at `path`. */
type Operator = (random: Random, work: Workspace, path: string) => Operation;

const lines = (bytes: Buffer) => bytes.toString('latin1').split('\n');
const fromLines = (list: readonly string[]) => Buffer.from(list.join('\n'), 'latin1');
const isYaml = (path: string) => path.endsWith('.yaml');
/** Where YAML can go in a file: anywhere in a YAML file, inside the front matter of index.md (after line 1). */
const yamlLine = (random: Random, path: string, count: number) => (isYaml(path) ? random.int(0, count) : 1);

const OPERATORS: Record<string, Operator> = {
  flipBytes(random, work, path) {
    const bytes = Buffer.from(work.files.get(path)!);
    for (let n = random.int(1, 8); n > 0 && bytes.length > 0; n--) bytes[random.int(0, bytes.length - 1)] = random.int(0, 255);
    work.files.set(path, bytes);
    return { name: 'flipBytes', path };
  },
  deleteLines(random, work, path) {
    const list = lines(work.files.get(path)!);
    const at = random.int(0, list.length - 1);
    list.splice(at, random.int(1, 5));
    work.files.set(path, fromLines(list));
    return { name: 'deleteLines', path };
  },
  duplicateLines(random, work, path) {
    const list = lines(work.files.get(path)!);
    const at = random.int(0, list.length - 1);
    const copied = list.slice(at, at + random.int(1, 5));
    list.splice(random.chance(0.5) ? at : random.int(0, list.length), 0, ...copied);
    work.files.set(path, fromLines(list));
    return { name: 'duplicateLines', path };
  },
  swapLines(random, work, path) {
    const list = lines(work.files.get(path)!);
    const a = random.int(0, list.length - 1), b = random.int(0, list.length - 1);
    [list[a], list[b]] = [list[b]!, list[a]!];
    work.files.set(path, fromLines(list));
    return { name: 'swapLines', path };
  },
  truncate(random, work, path) {
    const bytes = work.files.get(path)!;
    work.files.set(path, bytes.subarray(0, random.int(0, bytes.length)));
    return { name: 'truncate', path };
  },
  insertToken(random, work, path) {
    const bytes = work.files.get(path)!;
    const at = random.int(0, bytes.length);
    const token = Buffer.from(random.pick(YAML_TOKENS), 'utf8');
    work.files.set(path, Buffer.concat([bytes.subarray(0, at), token, bytes.subarray(at)]));
    return { name: 'insertToken', path };
  },
  aliasBomb(random, work, path) {
    const list = lines(work.files.get(path)!);
    const at = yamlLine(random, path, list.length);
    // At the indentation of the line it goes before, so that it is read as part of that mapping where it can be.
    const indent = /^ */.exec(list[at] ?? '')![0];
    list.splice(at, 0, ...BOMB.map((line) => indent + line));
    work.files.set(path, fromLines(list));
    return { name: 'aliasBomb', path, expect: { path } };
  },
  deepNesting(random, work, path) {
    const list = lines(work.files.get(path)!);
    const at = yamlLine(random, path, list.length);
    const indent = /^ */.exec(list[at] ?? '')![0];
    const depth = random.pick([65, 70, 200, 5_000, 100_000]);
    const nested = random.chance(0.5)
      ? [`${indent}fuzz_deep: ${'['.repeat(depth)}1${']'.repeat(depth)}`]
      : Array.from({ length: Math.min(depth, 1_000) }, (_, level) => `${indent}${' '.repeat(level)}k${level}:`);
    list.splice(at, 0, ...nested);
    work.files.set(path, fromLines(list));
    return { name: 'deepNesting', path, expect: { path } };
  },
  reencode(random, work, path) {
    const text = work.files.get(path)!.toString('utf8');
    const kind = random.pick(['gbk', 'utf-16le', 'utf-16be', 'utf-16le-bom', 'utf-8-bom', 'latin1', 'zip'] as const);
    const utf16 = Buffer.from(text, 'utf16le');
    const encoded = {
      gbk: () => encodeGbk(text),
      'utf-16le': () => utf16,
      'utf-16be': () => Buffer.from(utf16).swap16(),
      'utf-16le-bom': () => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]),
      'utf-8-bom': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      latin1: () => Buffer.from(text, 'latin1'),
      zip: () => Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.from(text, 'utf8')]),
    }[kind]();
    work.files.set(path, encoded);
    // A UTF-8 byte-order mark is allowed; the other encodings differ from UTF-8 only where the text is not ASCII.
    const changed = kind !== 'utf-8-bom' && (kind.startsWith('utf-16') || kind === 'zip' || /[^\x00-\x7f]/.test(text));
    return { name: `reencode:${kind}`, path, ...(changed && text.length > 0 ? { expect: { path, rule: 'file/encoding' } } : {}) };
  },
  symlink(random, work, path) {
    const kind = random.pick(['outside', 'self', 'dangling', 'inside'] as const);
    const absolute = join(work.root, path);
    work.replaced.add(path);
    rmSync(absolute, { force: true, recursive: true });
    const target = {
      outside: join(work.outside, 'secret.yaml'),
      self: absolute,
      dangling: join(work.root, 'no-such-file.yaml'),
      inside: join(work.root, random.pick([...work.files.keys()].filter((other) => other !== path))),
    }[kind];
    symlinkSync(target, absolute);
    const rule = { outside: 'file/outside-content', self: 'file/unreadable', dangling: 'file/unreadable', inside: undefined }[kind];
    return { name: `symlink:${kind}`, path, ...(rule ? { expect: { path, rule } } : {}) };
  },
  folderInPlace(_random, work, path) {
    work.replaced.add(path);
    rmSync(join(work.root, path), { force: true });
    mkdirSync(join(work.root, path), { recursive: true });
    return { name: 'folderInPlace', path, expect: { path, rule: 'file/unreadable' } };
  },
  remove(_random, work, path) {
    work.replaced.add(path);
    rmSync(join(work.root, path), { force: true });
    return { name: 'remove', path };
  },
  empty(_random, work, path) {
    work.files.set(path, Buffer.alloc(0));
    return { name: 'empty', path };
  },
  bigNumber(random, work, path) {
    const text = work.files.get(path)!.toString('utf8');
    const numbers = [...text.matchAll(/(?<=: )\d+(\.\d+)?(?=[\s,}])/g)];
    if (numbers.length === 0) return OPERATORS.insertToken!(random, work, path);
    const match = random.pick(numbers);
    const big = `${random.int(1, 9)}${'0123456789'.repeat(3).slice(0, random.int(16, 30))}`;
    work.files.set(path, Buffer.from(text.slice(0, match.index) + big + text.slice(match.index! + match[0].length), 'utf8'));
    return { name: 'bigNumber', path };
  },
  tooLarge(_random, work, path) {
    const bytes = work.files.get(path)!;
    work.files.set(path, Buffer.concat([bytes, Buffer.from(`\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`)]));
    return { name: 'tooLarge', path, expect: { path, rule: 'file/too-large' } };
  },
};

/** Folder operations: a disclosure folder replaced by a link. */
function linkFolder(random: Random, work: Workspace, folders: readonly string[]): Operation {
  const path = random.pick(folders);
  const kind = random.pick(['inside', 'outside', 'self'] as const);
  const absolute = join(work.root, path);
  for (const file of [...work.files.keys()]) if (file.startsWith(`${path}/`)) work.files.delete(file);
  work.replaced.add(path);
  rmSync(absolute, { recursive: true, force: true });
  const target = { inside: join(work.root, random.pick(folders.filter((other) => other !== path).concat(path))), outside: join(work.outside, 'budget'), self: absolute }[kind];
  symlinkSync(target === absolute && kind === 'inside' ? join(work.root, 'disclosures') : target, absolute);
  const rule = { inside: undefined, outside: 'file/outside-content', self: 'file/unreadable' }[kind];
  return { name: `linkFolder:${kind}`, path, ...(rule ? { expect: { path, rule } } : {}) };
}

/** How often each operator is picked (weights): damage of every kind, the rare costly ones less often. */
const WEIGHTS: ReadonlyArray<[string, number]> = [
  ['flipBytes', 16], ['deleteLines', 10], ['duplicateLines', 10], ['swapLines', 5], ['truncate', 6], ['insertToken', 16],
  ['aliasBomb', 5], ['deepNesting', 5], ['reencode', 8], ['symlink', 5], ['folderInPlace', 3], ['remove', 2], ['empty', 2],
  ['bigNumber', 4], ['tooLarge', 0.5], ['linkFolder', 2.5],
];

function pickOperator(random: Random): string {
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random.float() * total;
  for (const [name, weight] of WEIGHTS) if ((at -= weight) < 0) return name;
  return WEIGHTS[0]![0];
}

/**
 * Writes mutant `index` of `seed` of `tree` into the empty folder `root` (`outside` holds the planted secret) and
 * says what was done.
 */
export function writeMutant(tree: Tree, seed: string, index: number, root: string, outside: string): Mutant {
  const random = new Random('fuzz', seed, index);
  for (const [path, bytes] of tree) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  const files = new FileMap(tree);
  files.root = root;
  const work: Workspace = { root, outside, files, replaced: new Set() };
  const folders = [...new Set([...tree.keys()].filter((path) => path.startsWith('disclosures/')).map((path) => dirname(path)))].sort();
  const operations: Operation[] = [];
  for (let n = random.pick([1, 1, 1, 2, 3]); n > 0; n--) {
    const name = pickOperator(random);
    if (name === 'linkFolder') { operations.push(linkFolder(random, work, folders)); continue; }
    const candidates = [...work.files.keys()].filter((path) => !work.replaced.has(path)).sort();
    if (candidates.length === 0) break;
    operations.push(OPERATORS[name]!(random, work, random.pick(candidates)));
  }
  return { seed, index, operations };
}

/** Makes the folder outside the content folder that links may point at. */
export function writeOutside(outside: string): void {
  writeFileSync(join(outside, 'secret.yaml'), `title: ${SECRET}\n`);
  mkdirSync(join(outside, 'budget'), { recursive: true });
  writeFileSync(join(outside, 'budget/index.md'), `---\ntitle: ${SECRET}\n---\n${SECRET}\n`);
}

let gbkTable: Map<string, Buffer> | undefined;

/** GBK bytes of `text` (Node decodes GBK but cannot encode it: the table is built by decoding every pair once). */
function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(Buffer.from([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, Buffer.from([lead, trail]));
      }
    }
  }
  const parts: Buffer[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    parts.push(code < 0x80 ? Buffer.from([code]) : gbkTable.get(char) ?? Buffer.from('?'));
  }
  return Buffer.concat(parts);
}
