/**
 * Upgrading acknowledgements of the old form (a path that named list items by position or body lines by number,
 * and an optional difference) to the current one (a path that names rows, projects, indicators and sentences by
 * what they are, and the figures the finding is about). Pure: scripts/acknowledge.ts reads and writes the files.
 */
import { parseDocument, isSeq, stringify } from 'yaml';
import type { Acknowledgement } from '../../src/schemas/disclosure.ts';
import { displayPath } from '../../src/validation/display-path.ts';
import { findingFigures, type Finding, type PathSegment } from '../../src/validation/finding.ts';

/** How the old paths labelled a list item: its code, its id, else its position from 1. */
function legacyLabel(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (typeof record.code === 'string' && /^\d+$/.test(record.code)) return record.code;
    if (typeof record.id === 'string' && record.id) return record.id;
  }
  return String(index + 1);
}

/** The data path an old-form path named (keys and list indexes), or undefined when it names nothing in `root`. */
export function resolveLegacyPath(root: unknown, path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let current: unknown = root;
  for (const token of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
    if (token.startsWith('[')) {
      if (!Array.isArray(current)) return undefined;
      const label = token.slice(1, -1);
      const index = current.findIndex((item, i) => legacyLabel(item, i) === label);
      if (index < 0) return undefined;
      segments.push(index);
      current = current[index];
    } else {
      if (!current || typeof current !== 'object') return undefined;
      segments.push(token);
      current = (current as Record<string, unknown>)[token];
    }
  }
  return segments;
}

/** Where an acknowledgement's finding is: a file of the disclosure and the finding's path or body line. */
export type LegacyTarget =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'body-line'; readonly line: number };

const BODY_LINE = /^正文第(\d+)行$/;

/** The current path an old path stands for, in a file whose parsed (raw) value is `root`. */
export function legacyTarget(path: string, root: unknown): LegacyTarget | undefined {
  const body = BODY_LINE.exec(path);
  if (body) return { kind: 'body-line', line: Number(body[1]) };
  const segments = resolveLegacyPath(root, path);
  return segments ? { kind: 'path', path: displayPath(root, segments) } : undefined;
}

/** The difference value of a finding, which old-form acknowledgements recorded. */
const differenceOf = (finding: Finding) => finding.values?.find((value) => value.label.startsWith('差额'))?.value;

export interface Upgrade {
  readonly index: number;
  readonly before: Acknowledgement;
  readonly after?: Acknowledgement;
  /** Why it could not be upgraded (the check then reports it). */
  readonly problem?: string;
}

/**
 * Upgrades each acknowledgement that lacks figures: finds the one finding it covered (same rule, same thing, and
 * the same difference where one was recorded) among `findings` of this disclosure, and records that finding's
 * current path and figures. `rootOf` gives the raw parsed value of a file of the disclosure; `bodyStart` the line of
 * index.md where the narrative begins.
 */
export function planUpgrades(acknowledgements: readonly Acknowledgement[], findings: readonly Finding[], rootOf: (file: string) => unknown, bodyStart: number): Upgrade[] {
  const taken = new Set<Finding>();
  return acknowledgements.map((ack, index): Upgrade => {
    if (ack.figures !== undefined && ack.difference === undefined) return { index, before: ack };
    const candidates = findings.filter((finding) => {
      if (taken.has(finding) || finding.rule !== ack.rule) return false;
      const file = finding.file.split(/[\\/]/).pop()!;
      if (ack.file && ack.file !== file) return false;
      if (ack.difference !== undefined && differenceOf(finding) !== ack.difference) return false;
      if (finding.path === ack.path) return true;
      const target = legacyTarget(ack.path, rootOf(file));
      if (!target) return false;
      return target.kind === 'path' ? finding.path === target.path : file === 'index.md' && finding.line === bodyStart + target.line - 1;
    });
    const finding = candidates[0];
    if (!finding) return { index, before: ack, problem: `找不到对应的检查结果（规则 ${ack.rule}，路径 ${ack.path}）` };
    taken.add(finding);
    const { difference: _old, ...kept } = ack;
    return { index, before: ack, after: { rule: kept.rule, ...(kept.file ? { file: kept.file } : {}), path: finding.path, figures: findingFigures(finding), explanation: kept.explanation } };
  });
}

/**
 * The front matter with its acknowledgements replaced, everything else byte for byte as it was (only the
 * acknowledgements list is written again: comments inside it are not kept).
 */
export function rewriteAcknowledgements(frontMatter: string, acknowledgements: readonly Acknowledgement[]): string {
  const document = parseDocument(frontMatter);
  const list = document.get('acknowledgements', true);
  if (!isSeq(list) || !list.range) throw new Error('acknowledgements is not a list');
  const [start, end] = list.range;
  const lineStart = frontMatter.lastIndexOf('\n', start - 1) + 1;
  const indent = ' '.repeat(start - lineStart);
  const text = stringify(acknowledgements, { lineWidth: 0, indent: 2 }).trimEnd().split('\n').map((line, i) => (i === 0 ? line : indent + line)).join('\n');
  return frontMatter.slice(0, start) + text + frontMatter.slice(end).replace(/^[ \t]*(?=\r?\n)/, '');
}
