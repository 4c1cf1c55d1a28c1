/**
 * Rules on the disclosure as a document: front matter against its folder, one unit across files, tagged
 * narrative figures against the tables, year-on-year against last year's disclosure, and text warnings
 * (template leftovers, stray years, mixed units, department name variants, missing dates).
 */
import { abs, compare, moneyToPlain, parseMoney, subtract } from '../../domain/money.ts';
import { computeFactSheet, computeLastYearSheet, FACT_NAMES, FACT_TAG, resolveFact, type FactSheet, type FactTable } from '../../domain/facts.ts';
import type { DisclosureContext, LocatedRuleFinding, RuleFile } from '../context.ts';
import { findStrings, lineCounter, yearsIn } from './text-scan.ts';

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

const TEMPLATE_TEXT = /有则写|无则填|[XＸ]{2,}|报送日期[:：]\s*年\s*月\s*日|[(（]\s*20\s*年\s*[-—－]\s*20\s*年\s*[)）]/;

/** Narrative figures tagged {{figure|fact}} must equal the facts computed from the tables. */
export function narrativeRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  // With tables.yaml unreadable every tag would look unknown: its own errors say what to fix first.
  if (context.tablesInvalid) return findings;
  const body = context.body;
  const sheet = computeFactSheet(context);
  const current = sheet.values;
  const lastSheet = computeLastYearSheet(context);
  const lastYear = mergedLastYear(context, lastSheet, findings);
  const lineOf = lineCounter(body);
  for (const match of body.matchAll(FACT_TAG)) {
    const figureText = match[1] ?? '', factName = match[2] ?? '';
    const bodyLine = lineOf(match.index ?? 0);
    const at = { file: 'index.md' as RuleFile, at: [], bodyLine };
    const figure = parseMoney(figureText);
    if (!figure.ok) {
      findings.push({ ...at, severity: 'error', rule: 'narrative/bad-figure', message: `说明中标注的数字“${figureText}”无法识别：${figure.reason}`, messageEn: 'Tagged narrative figure is not a number', values: [{ label: '标注', value: match[0] }] });
      continue;
    }
    const fact = resolveFact(factName, current, lastYear);
    if (fact.kind === 'unknown-fact') {
      findings.push({
        ...at, severity: 'error', rule: 'narrative/unknown-fact',
        message: `说明中标注的“${factName}”不是可核对的数据名称，或对应的表格数据为空`,
        messageEn: `Unknown fact ${factName}`,
        values: [{ label: '标注', value: match[0] }, { label: '可用名称', value: FACT_NAMES.join('、') }],
      });
      continue;
    }
    if (fact.kind === 'no-last-year') continue; // nothing to check against: last year was not published here
    const difference = subtract(figure.value, fact.value);
    if (compare(abs(difference), context.tolerance) > 0) {
      findings.push({
        ...at, severity: 'error', rule: 'narrative/fact-mismatch',
        message: `说明中写的${factName}为${figureText}${context.meta.unit}，但表格数据为${moneyToPlain(fact.value)}${context.meta.unit}，相差${moneyToPlain(abs(difference))}${context.meta.unit}`,
        messageEn: `Narrative figure ${figureText} differs from the table value ${moneyToPlain(fact.value)}`,
        values: [
          { label: '说明中的数', value: figureText },
          { label: '表格中的数', value: moneyToPlain(fact.value), ...tablePlace(factName, sheet, lastSheet) },
          { label: '差额', value: moneyToPlain(difference) },
        ],
      });
    }
    if (/比上年(增加|减少)$/.test(factName)) {
      const sentenceEnd = body.indexOf('。', match.index ?? 0);
      const sentence = body.slice(match.index ?? 0, sentenceEnd === -1 ? undefined : sentenceEnd);
      if (!/原因|主要是|主要用于|由于|因为|系/.test(sentence) && !isZeroText(figureText)) {
        findings.push({ ...at, severity: 'warning', rule: 'plausibility/yoy-no-reason', message: `说明中${factName}${figureText}${context.meta.unit}，但没有说明增减原因`, messageEn: 'Year-on-year change with no reason given' });
      }
    }
  }
  return findings;
}

const isZeroText = (text: string) => /^0+(\.0+)?$/.test(text.trim());

/** Where in tables.yaml a tagged fact comes from (this year's value, or last year's for .上年). */
function tablePlace(factName: string, sheet: FactSheet, lastSheet: FactSheet): { file: 'tables.yaml'; at: readonly (string | number)[] } | Record<string, never> {
  const [base = '', suffix] = factName.split('.', 2);
  const at = (suffix === '上年' ? lastSheet : sheet).paths.get(base);
  return at ? { file: 'tables.yaml', at } : {};
}

/** Last year's facts: this disclosure's own 上年 figures, checked against last year's disclosure when it exists. */
function mergedLastYear(context: DisclosureContext, lastSheet: FactSheet, findings: LocatedRuleFinding[]): FactTable {
  const printed = lastSheet.values;
  if (!context.previous) return printed;
  const published = computeFactSheet(context.previous).values;
  for (const [name, value] of printed) {
    const other = published.get(name);
    if (other && other.units !== value.units) {
      findings.push({
        severity: 'error', rule: 'yoy/previous-mismatch', file: 'tables.yaml', at: lastSheet.paths.get(name) ?? [],
        message: `本文件中的上年${name}为${moneyToPlain(value)}，但${context.year - 1}年公开文件中为${moneyToPlain(other)}`,
        messageEn: `Last year's ${name} differs from last year's disclosure`,
        values: [{ label: '本文件上年数', value: moneyToPlain(value) }, { label: `${context.year - 1}年公开数`, value: moneyToPlain(other) }],
      });
    }
  }
  return new Map([...published, ...printed]);
}

export function textWarningRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const body = context.body;
  const bodyLines = body.split('\n');
  // Whole-body tests first, so most lines need none: a line with template text makes the whole body match too, and
  // a line can hold a stray year only where a four-digit 19xx/20xx other than this year or last year is written.
  const templates = TEMPLATE_TEXT.test(body);
  const yearLines = linesWithYearsOtherThan(body, context.year, context.year - 1);
  bodyLines.forEach((line, bodyLine) => {
    if (!templates && !yearLines.has(bodyLine)) return;
    const template = templates ? TEMPLATE_TEXT.exec(line) : null;
    if (template) findings.push({ severity: 'warning', rule: 'plausibility/template-text', file: 'index.md', at: [], bodyLine, message: `说明中留有模板文字“${template[0]}”，请填写或删除`, messageEn: 'Template text left in' });
    const stray = yearsIn(line).filter((found) => found.year !== context.year && found.year !== context.year - 1);
    if (stray.length) findings.push({ severity: 'warning', rule: 'plausibility/stray-year', file: 'index.md', at: [], bodyLine, message: `说明中出现年份${stray.map((s) => s.year).join('、')}，既不是本年度${context.year}也不是上年，请核实`, messageEn: 'A year that is neither the disclosure year nor the previous one', values: [{ label: '文字', value: line.trim().slice(0, 80) }] });
  });
  for (const [file, data, text] of [['tables.yaml', context.tables, context.texts.tables], ['performance.yaml', context.performance, context.texts.performance]] as const) {
    if (text !== undefined && !text.includes('\\') && !TEMPLATE_TEXT.test(text)) continue;
    for (const field of findStrings(data, (value) => TEMPLATE_TEXT.test(value))) {
      const template = TEMPLATE_TEXT.exec(field.text)!;
      findings.push({ severity: 'warning', rule: 'plausibility/template-text', file, at: field.at, message: `留有模板文字“${template[0]}”，请填写或删除`, messageEn: 'Template text left in' });
    }
  }
  findings.push(...mixedUnitWarnings(context));
  findings.push(...nameVariantWarnings(context));
  return findings;
}

/**
 * Lines (0-based) where 19xx or 20xx is written with a value other than the given years. yearsIn finds a subset of
 * these (a year it finds never overlaps an earlier four-digit match: its character before is not a digit).
 */
function linesWithYearsOtherThan(text: string, ...years: number[]): Set<number> {
  const lines = new Set<number>();
  let lineOf: ((offset: number) => number) | undefined;
  for (let match = YEARISH.exec(text); match; match = YEARISH.exec(text)) {
    if (!years.includes(Number(match[0]))) lines.add((lineOf ??= lineCounter(text))(match.index));
  }
  return lines;
}
const YEARISH = /(?:19|20)\d\d/g;

function mixedUnitWarnings(context: DisclosureContext): LocatedRuleFinding[] {
  const other = context.meta.unit === '万元' ? /(?<![\d万])(\d[\d,.]*)\s*元(?![/每])/g : /(\d[\d,.]*)\s*万元/g;
  // Tags never span lines, so line numbers in the untagged text are the file's line numbers.
  const text = withoutTags(context.body);
  const hits = [...text.matchAll(other)];
  if (hits.length === 0) return [];
  const first = hits[0]!;
  const lineOf = lineCounter(text);
  return [{
    severity: 'warning', rule: 'plausibility/mixed-units', file: 'index.md', at: [], bodyLine: lineOf(first.index ?? 0),
    message: `本文件单位为${context.meta.unit}，但说明中有${hits.length}处金额写成了${context.meta.unit === '万元' ? '元' : '万元'}（如“${first[0]}”）`,
    messageEn: 'Amounts in 万元 and 元 mixed in one document',
    values: hits.slice(0, 5).map((hit, i) => ({ label: `第${i + 1}处`, value: `${hit[0]}（正文第${lineOf(hit.index ?? 0) + 1}行）` })),
  }];
}

const withoutTags = (body: string) => body.replace(FACT_TAG, '$1');

/** Forms of the department's name that match neither its registered name nor its aliases. */
function nameVariantWarnings(context: DisclosureContext): LocatedRuleFinding[] {
  const record = context.departmentRecord;
  if (!record) return [];
  const accepted = new Set([record.name, record.short_name, ...record.aliases, ...record.former_names.map((f) => f.name), context.meta.unit_name].filter((n): n is string => Boolean(n)));
  const isAccepted = (name: string) => [...accepted].some((ok) => name === ok || name === `${ok}本级` || name === `${ok}（汇总）` || name === `${ok}(汇总)`);
  const head = record.name.slice(0, 4);
  const tail = record.name.slice(-3);
  const pattern = new RegExp(`${escape(head)}[\\u4e00-\\u9fff]{0,${record.name.length + 2}}?${escape(tail)}`, 'g');
  const variants = new Map<string, { file: RuleFile; at: (string | number)[]; bodyLine?: number; count: number }>();
  const note = (variant: string, place: { file: RuleFile; at: (string | number)[]; bodyLine?: number }) => {
    if (isAccepted(variant)) return;
    const existing = variants.get(variant);
    if (existing) existing.count++;
    else variants.set(variant, { ...place, count: 1 });
  };
  const bodyLineOf = lineCounter(context.body);
  for (const match of context.body.matchAll(pattern)) note(match[0], { file: 'index.md', at: [], bodyLine: bodyLineOf(match.index ?? 0) });
  context.performance?.projects.forEach((project, index) => {
    for (const key of ['competent_department', 'implementing_unit'] as const) {
      const name = project[key]?.replace(/^【\d+】|^\d+-/, '').trim();
      if (name && name.startsWith(head)) note(name, { file: 'performance.yaml', at: ['projects', index, key] });
    }
  });
  return [...variants].map(([variant, place]) => ({
    severity: 'warning' as const, rule: 'plausibility/department-name', ...place,
    message: `部门名称写成了“${variant}”（共${place.count}处），与登记的名称“${record.name}”不一致`,
    messageEn: 'Department name written in a different form',
    values: [{ label: '登记名称及其他写法', value: [...accepted].join('、') }],
  }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
