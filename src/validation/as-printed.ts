/**
 * Publish as printed: a figure printed in a form its field cannot read ("86%%", "1,2O3.5", "约30") is not a
 * reason to reject the whole file. The value stays in the content file as the document printed it, the check
 * reports it (an error the editor may acknowledge, which publishes the printed text as a data note on that cell),
 * and every other rule of the file still runs with the field read as not printed.
 */
import type { PathSegment, RuleFinding } from './finding.ts';

/** Field rules whose value was text the field cannot read (src/schemas/primitives.ts), as opposed to a wrong shape. */
const UNREADABLE_VALUE_RULES: ReadonlySet<string> = new Set(['schema/amount', 'schema/percent', 'schema/count', 'schema/number']);

export const isUnreadableValue = (finding: Pick<RuleFinding, 'rule'>) => UNREADABLE_VALUE_RULES.has(finding.rule);

/**
 * The tree without the fields at `paths` (each an object key), copied along those paths only; undefined when a
 * path ends in a list item, which cannot be left out without moving the items after it.
 */
export function withoutFields(tree: unknown, paths: ReadonlyArray<readonly PathSegment[]>): unknown {
  let result = tree;
  for (const path of paths) {
    if (path.length === 0 || typeof path[path.length - 1] !== 'string') return undefined;
    const next = withoutField(result, path);
    if (next === undefined) return undefined;
    result = next;
  }
  return result;
}

function withoutField(node: unknown, path: readonly PathSegment[]): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (Array.isArray(node)) {
    if (typeof head !== 'number' || rest.length === 0 || head >= node.length) return undefined;
    const child = withoutField(node[head], rest);
    if (child === undefined) return undefined;
    const copy = node.slice();
    copy[head] = child;
    return copy;
  }
  const record = node as Record<string, unknown>;
  if (typeof head !== 'string' || !Object.hasOwn(record, head)) return undefined;
  if (rest.length === 0) {
    const { [head]: _left, ...others } = record;
    return others;
  }
  const child = withoutField(record[head], rest);
  return child === undefined ? undefined : { ...record, [head]: child };
}

/** The finding for a value kept as printed: what the editor can do, with the printed text as its figure. */
export function asPrintedFinding(finding: RuleFinding): RuleFinding {
  const printed = finding.values?.find((value) => value.label === '实际值')?.value ?? '';
  return {
    ...finding,
    message: `${finding.message}。若公开文件原文确实印作“${printed}”，可在 index.md 的 acknowledgements 中确认（npm run acknowledge）：` +
      '页面在此格注明原文，不作为数值参与计算；本文件的其他检查照常进行',
    messageEn: `${finding.messageEn ?? 'Invalid value'}. If the document printed it so, acknowledge it: the page notes the printed text on the cell, which takes part in no sum; the file's other checks still run`,
    values: [{ label: '原文', value: printed }],
  };
}
