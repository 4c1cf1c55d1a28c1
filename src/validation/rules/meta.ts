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
  findings.push(...publicationDateFindings(meta.approved_on, meta.published_on));
  return findings;
}

/** Departments publish within 20 days of the finance bureau's approval (docs/domain.md, "Publication dates"). */
export const PUBLICATION_DAYS = 20;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** A publication date before the approval, or later than the period the rules allow. */
export function publicationDateFindings(approved: string | undefined, published: string | undefined): LocatedRuleFinding[] {
  if (!approved || !published) return [];
  const days = dayNumber(published) - dayNumber(approved);
  if (days >= 0 && days <= PUBLICATION_DAYS) return [];
  const values = [{ label: '批复日期', value: approved }, { label: '公开日期', value: published }, { label: '相隔天数', value: String(days) }];
  return [{
    severity: 'warning', rule: 'plausibility/publication-date', file: 'index.md', at: ['published_on'], values,
    message: days < 0
      ? `公开日期 ${published} 早于批复日期 ${approved}：请核对两个日期是否填反或写错`
      : `公开日期 ${published} 在批复日期 ${approved} 之后 ${days} 天，超过了批复后 ${PUBLICATION_DAYS} 日内公开的要求：请核对日期；如确属逾期公开，可在说明中写明原因`,
    messageEn: days < 0 ? 'Published before it was approved' : `Published ${days} days after approval (the rule is within ${PUBLICATION_DAYS})`,
  }];
}
