/**
 * Acknowledged findings become data notes published on the page. An acknowledgement covers exactly one finding:
 * the same rule, the same thing (its path names rows by code, projects by id, indicators by name, sentences by
 * their text, see display-path.ts) and the same figures. If any figure changes, it lapses and says what changed,
 * so a note never stands beside figures it no longer describes. One that matches nothing is an error, except where
 * the file it concerns could not be read this time (its rules did not run: "not checked", never "delete it").
 */
import { placeFinding, type LoadedDisclosure } from './load-content.ts';
import { findingFigures, type Finding } from './finding.ts';
import type { Acknowledgement } from '../schemas/disclosure.ts';
import type { RuleFile } from './context.ts';

const fileOf = (finding: Finding) => finding.file.split(/[\\/]/).pop();
/** The difference value of a finding, which acknowledgements of the old form recorded. */
const differenceOf = (finding: Finding) => finding.values?.find((value) => value.label.startsWith('差额'))?.value;
const isOldForm = (ack: Acknowledgement) => ack.figures === undefined;

export function applyAcknowledgements(disclosure: LoadedDisclosure, findings: Finding[], unchecked: ReadonlySet<RuleFile> = new Set()): Finding[] {
  const index = disclosure.index;
  const acknowledgements = index?.data?.acknowledgements ?? [];
  if (!index || acknowledgements.length === 0) return findings;
  const used = new Set<number>();
  /** Acknowledgements whose rule and path match a finding whose figures have changed: ack index → that finding. */
  const changed = new Map<number, Finding>();
  const result = findings.map((finding) => {
    let match = -1;
    acknowledgements.forEach((ack, ackIndex) => {
      if (match >= 0 || used.has(ackIndex) || ack.rule !== finding.rule || ack.path !== finding.path || (ack.file && ack.file !== fileOf(finding))) return;
      const same = isOldForm(ack) ? ack.difference === undefined || ack.difference === differenceOf(finding) : ack.figures === findingFigures(finding);
      if (same) match = ackIndex;
      else if (!changed.has(ackIndex)) changed.set(ackIndex, finding);
    });
    if (match < 0) return finding;
    used.add(match);
    return { ...finding, acknowledged: { explanation: acknowledgements[match]!.explanation } };
  });
  acknowledgements.forEach((ack, ackIndex) => {
    const at = ['acknowledgements', ackIndex, 'path'];
    const where = `规则 ${ack.rule}，${ack.file ?? '任一文件'}，路径 ${ack.path}`;
    if (isOldForm(ack)) {
      result.push(placeFinding(index.source, {
        severity: 'error', rule: 'ack/old-form', at: ['acknowledgements', ackIndex],
        message: `这条确认是旧格式（${ack.difference !== undefined ? '用 difference 记差额' : '没有记录涉及的数字'}），可能同时掩盖其他问题（${where}）：请运行 npm run acknowledge 自动升级为带 figures（涉及的数字）的格式`,
        messageEn: 'Acknowledgement in the old form (no figures): run npm run acknowledge to upgrade it',
        values: [{ label: '规则', value: ack.rule }, { label: '路径', value: ack.path }],
      }));
    }
    if (used.has(ackIndex)) return;
    const now = changed.get(ackIndex);
    if (now) {
      result.push(placeFinding(index.source, {
        severity: 'error', rule: 'ack/lapsed', at: ['acknowledgements', ackIndex, 'figures'],
        message: `这条确认已失效：所说明的数字已改变（${where}）。请核对新数字，如原文确实如此，按 npm run check 的输出更新 figures 和说明`,
        messageEn: 'Acknowledgement lapsed: the figures it covers have changed',
        values: [{ label: '确认时的数字', value: ack.figures ?? ack.difference ?? '（未记录）' }, { label: '现在的数字', value: findingFigures(now) }],
      }));
      return;
    }
    const target = ack.file ? [ack.file as RuleFile] : [...unchecked];
    if (target.some((file) => unchecked.has(file))) {
      result.push(placeFinding(index.source, {
        severity: 'warning', rule: 'ack/not-checked', at,
        message: `这条确认本次未核对：${target.filter((file) => unchecked.has(file)).join('、')} 有错误，无法读取，其中的规则没有运行（${where}）。修正该文件的错误后会重新核对，请勿删除`,
        messageEn: 'Acknowledgement not checked this time: its file could not be read',
      }));
      return;
    }
    result.push(placeFinding(index.source, {
      severity: 'error', rule: 'ack/unmatched', at,
      message: `这条确认没有对应的检查结果（${where}）：问题可能已更正，或规则编号、路径写错了。请删除或按 npm run check 的输出改正`,
      messageEn: 'Acknowledgement matches no finding (stale or mistyped)',
      values: [{ label: '规则', value: ack.rule }, { label: '路径', value: ack.path }],
    }));
  });
  return result;
}
