/**
 * Prints findings for editors: one line per finding, then the values involved, then the English line.
 */
import { findingFigures, type Finding } from './finding.ts';

const SEVERITY_LABEL = { error: 'error', warning: 'warning' } as const;

export function formatFinding(finding: Finding): string {
  const severity = finding.acknowledged ? 'noted' : SEVERITY_LABEL[finding.severity];
  const lines = [`${finding.file}:${finding.line}:${finding.col}  ${severity}  ${finding.rule}  ${finding.path || '-'}  ${finding.message}`];
  for (const value of finding.values ?? []) lines.push(`    ${value.label}：${value.value}`);
  if (finding.messageEn) lines.push(`    (${finding.messageEn})`);
  if (finding.acknowledged) lines.push(`    已确认（数据说明）：${finding.acknowledged.explanation}`);
  // What an editor copies into an acknowledgement if the published document really says so.
  else if (finding.severity === 'error' && finding.values?.length) lines.push(`    确认用（figures）：${findingFigures(finding)}`);
  return lines.join('\n');
}

export interface FindingCounts {
  readonly errors: number;
  readonly acknowledged: number;
  readonly warnings: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0, acknowledged = 0, warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'warning') warnings++;
    else if (finding.acknowledged) acknowledged++;
    else errors++;
  }
  return { errors, acknowledged, warnings };
}

export function formatSummary(counts: FindingCounts, disclosures: number, files: number): string {
  const verdict = counts.errors > 0 ? '检查未通过：有错误必须修正（或在 index.md 的 acknowledgements 中确认）后才能发布。' : '检查通过。';
  return `${verdict}\n共检查 ${disclosures} 份公开文件、${files} 个文件：错误 ${counts.errors} 项，已确认 ${counts.acknowledged} 项，提示 ${counts.warnings} 项。\n(${counts.errors} errors, ${counts.acknowledged} acknowledged, ${counts.warnings} warnings in ${files} files)`;
}
