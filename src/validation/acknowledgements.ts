/**
 * Acknowledged findings become data notes published on the page; an acknowledgement that matches no finding
 * (stale after a correction, or mistyped) is itself an error, so notes never outlive the slip they explain.
 */
import { placeFinding, type LoadedDisclosure } from './load-content.ts';
import type { Finding } from './finding.ts';

export function applyAcknowledgements(disclosure: LoadedDisclosure, findings: Finding[]): Finding[] {
  const index = disclosure.index;
  const acknowledgements = index?.data?.acknowledgements ?? [];
  if (!index || acknowledgements.length === 0) return findings;
  const used = new Set<number>();
  const fileOf = (finding: Finding) => finding.file.split(/[\\/]/).pop();
  // With a difference recorded, an acknowledgement covers exactly those figures: change any of them and the
  // slip is reported again (and the acknowledgement as stale).
  const differenceOf = (finding: Finding) => finding.values?.find((value) => value.label.startsWith('差额'))?.value;
  const result = findings.map((finding) => {
    const matchIndex = acknowledgements.findIndex((ack) =>
      ack.rule === finding.rule && ack.path === finding.path && (!ack.file || ack.file === fileOf(finding)) &&
      (ack.difference === undefined || ack.difference === differenceOf(finding)));
    if (matchIndex === -1) return finding;
    used.add(matchIndex);
    return { ...finding, acknowledged: { explanation: acknowledgements[matchIndex]!.explanation } };
  });
  acknowledgements.forEach((ack, ackIndex) => {
    if (used.has(ackIndex)) return;
    result.push(placeFinding(index.source, {
      severity: 'error', rule: 'ack/unmatched', at: ['acknowledgements', ackIndex, 'path'],
      message: `这条确认没有对应的检查结果（规则 ${ack.rule}，${ack.file ?? '任一文件'}，路径 ${ack.path}）：问题可能已更正，或规则编号、路径写错了。请删除或按 npm run check 的输出改正`,
      messageEn: 'Acknowledgement matches no finding (stale or mistyped)',
      values: [{ label: '规则', value: ack.rule }, { label: '路径', value: ack.path }],
    }));
  });
  return result;
}
