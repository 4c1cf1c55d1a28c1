/**
 * The disclosure's front matter against its folder and its department, one unit across its files, and its dates.
 */
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';

export function metadataRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const { meta } = context;
  const expected: Array<[keyof typeof meta, string | number]> = [['year', context.year], ['department', context.department], ['stage', context.stage]];
  for (const [field, value] of expected) {
    if (meta[field] !== value) {
      findings.push({
        severity: 'error', rule: 'meta/path-mismatch', file: 'index.md', at: [field],
        message: `属性 ${field} 为“${String(meta[field])}”，与所在文件夹（${context.year}/${context.department}/${context.stage}）不一致：复制文件夹后请同时修改属性`,
        messageEn: `Front matter ${field} does not match the folder`,
        values: [{ label: '属性中的值', value: String(meta[field]) }, { label: '文件夹中的值', value: String(value) }],
      });
    }
  }
  if (!context.departmentRecord) {
    findings.push({
      severity: 'error', rule: 'ref/unknown-department', file: 'index.md', at: ['department'],
      message: `部门“${meta.department}”未登记：请先在 content/departments/ 中添加 ${meta.department}.yaml`,
      messageEn: `Unknown department ${meta.department}`,
      values: [{ label: '已登记的部门', value: context.knownDepartments.join(', ') || '（无）' }],
    });
  }
  for (const [file, declared] of [['tables.yaml', context.tables?.unit], ['performance.yaml', context.performance?.unit]] as const) {
    if (declared && declared !== meta.unit) {
      findings.push({
        severity: 'error', rule: 'unit/mismatch', file, at: ['unit'],
        message: `${file} 的金额单位是“${declared}”，而 index.md 声明整份文件的单位是“${meta.unit}”：同一份公开文件不能混用万元和元`,
        messageEn: `Unit ${declared} differs from the disclosure unit ${meta.unit}`,
        values: [{ label: 'index.md', value: meta.unit }, { label: file, value: declared }],
      });
    }
  }
  const missingDates = [!meta.approved_on ? 'approved_on（批复日期）' : '', !meta.published_on ? 'published_on（公开日期）' : ''].filter(Boolean);
  if (missingDates.length) {
    findings.push({
      severity: 'warning', rule: 'plausibility/missing-dates', file: 'index.md', at: [],
      message: `未填写${missingDates.join('和')}：公开页面将显示“未注明”`,
      messageEn: 'Approval or publication date missing',
    });
  }
  return findings;
}
