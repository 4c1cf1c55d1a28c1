/**
 * npm run tags [-- --content DIR] [-- --only YEAR/DEPT/STAGE] [-- --write] [-- --accept 1,3]: proposes tags for
 * untagged figures of the narratives that equal a known fact (src/domain/facts/propose.ts), numbered. --write
 * tags every figure whose fact is clear; --accept tags the numbered ones only. Nothing is written otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/validation/check-content.ts';
import { proposeTags, type Proposal } from '../src/domain/facts/propose.ts';
import { disclosureFactSheet } from '../src/table-kinds/tables.ts';

export interface ProposalAt extends Proposal {
  readonly number: number;
  readonly file: string;
  readonly line: number;
}

/** Every proposal of a content tree, numbered in file order. */
export function contentProposals(root: string, only?: string): ProposalAt[] {
  const { content } = checkContent(root);
  const out: ProposalAt[] = [];
  for (const disclosure of content.disclosures) {
    const meta = disclosure.index?.data;
    if (!meta || !disclosure.index || (only && `${disclosure.year}/${disclosure.department}/${disclosure.stage}` !== only)) continue;
    const body = disclosure.index.body;
    const sheet = disclosureFactSheet(disclosure.tables?.data, body, { stage: disclosure.stage, year: disclosure.year, unit: meta.unit });
    for (const proposal of proposeTags(body, sheet, meta.unit)) {
      const line = disclosure.index.bodyLine + body.slice(0, proposal.offset).split('\n').length - 1;
      out.push({ ...proposal, number: out.length + 1, file: join(disclosure.dir, 'index.md'), line });
    }
  }
  return out;
}

/** The file with the given proposals applied (each figure wrapped in its tag), later offsets first. */
export function applyProposals(text: string, bodyStart: number, proposals: readonly ProposalAt[]): string {
  let out = text;
  for (const proposal of [...proposals].sort((a, b) => b.offset - a.offset)) {
    const at = bodyStart + proposal.offset;
    if (out.slice(at, at + proposal.figure.length) !== proposal.figure || !proposal.fact) continue;
    out = `${out.slice(0, at)}{{${proposal.figure}|${proposal.fact}}}${out.slice(at + proposal.figure.length)}`;
  }
  return out;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const option = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const root = resolve(option('--content') ?? 'content');
  const proposals = contentProposals(root, option('--only'));
  const accept = option('--accept')?.split(',').map(Number);
  const chosen = argv.includes('--write') ? proposals.filter((p) => p.fact) : accept ? proposals.filter((p) => accept.includes(p.number) && p.fact) : [];
  for (const p of proposals) {
    const what = p.fact ? `{{${p.figure}|${p.fact}}}` : `可能是：${p.candidates.join(' / ')}（请手工选择）`;
    process.stdout.write(`${p.number}. ${p.file}:${p.line}  “…${p.context}${p.figure}${p.unit}”  →  ${what}\n`);
  }
  const byFile = new Map<string, ProposalAt[]>();
  for (const p of chosen) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, list] of byFile) {
    const text = readFileSync(file, 'utf8');
    const bodyStart = text.indexOf('\n---', 3) + 4 + (text[text.indexOf('\n---', 3) + 4] === '\n' ? 1 : 0);
    writeFileSync(file, applyProposals(text, bodyStart, list));
  }
  process.stdout.write(chosen.length
    ? `已标注 ${chosen.length} 处。请运行 npm run check 核对。\n(${chosen.length} tags written)\n`
    : `共 ${proposals.length} 条建议。用 --accept 编号 或 --write 写入。\n(${proposals.length} proposals; nothing written)\n`);
}
