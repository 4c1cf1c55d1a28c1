/**
 * Warnings on the disclosure's text: template leftovers, stray years, amounts in the other unit, forms of the
 * department's name that are not registered.
 */
import { FACT_TAG } from '../../domain/facts/catalogue.ts';
import type { DisclosureContext, LocatedRuleFinding, RuleFile } from '../context.ts';
import type { Department } from '../../schemas/site.ts';
import { findStrings, lineCounter, yearsIn } from './text-scan.ts';

const TEMPLATE_TEXT = /有则写|无则填|[XＸ]{2,}|报送日期[:：]\s*年\s*月\s*日|[(（]\s*20\s*年\s*[-—－]\s*20\s*年\s*[)）]/;

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
  for (const [file, data, text] of [['tables.yaml', context.tables, context.texts.tables?.text], ['performance.yaml', context.performance, context.texts.performance?.text]] as const) {
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

// Tagged figures are the narrative rule's (it knows their facts and units): only untagged amounts are scanned here.
const withoutTags = (body: string) => body.replace(FACT_TAG, '');

/** Forms of the department's name that match neither its registered name nor its aliases. */
function nameVariantWarnings(context: DisclosureContext): LocatedRuleFinding[] {
  const record = context.departmentRecord;
  if (!record) return [];
  const { accepted, forms, head, pattern } = namePatternOf(record);
  const unitName = context.meta.unit_name;
  const isAccepted = (name: string) => forms.has(name) || (Boolean(unitName) && FORM_SUFFIXES.some((suffix) => name === `${unitName}${suffix}`));
  const variants = new Map<string, { file: RuleFile; at: (string | number)[]; bodyLine?: number; count: number }>();
  // Places are made only for a variant: most matches are the registered name itself.
  const note = (variant: string, place: () => { file: RuleFile; at: (string | number)[]; bodyLine?: number }) => {
    if (isAccepted(variant)) return;
    const existing = variants.get(variant);
    if (existing) existing.count++;
    else variants.set(variant, { ...place(), count: 1 });
  };
  const bodyLineOf = lineCounter(context.body);
  for (const match of context.body.matchAll(pattern)) note(match[0], () => ({ file: 'index.md', at: [], bodyLine: bodyLineOf(match.index) }));
  context.performance?.projects.forEach((project, index) => {
    for (const key of ['competent_department', 'implementing_unit'] as const) {
      const name = project[key]?.replace(/^【\d+】|^\d+-/, '').trim();
      if (name && name.startsWith(head)) note(name, () => ({ file: 'performance.yaml', at: ['projects', index, key] }));
    }
  });
  const listed = unitName && !accepted.includes(unitName) ? [...accepted, unitName] : accepted;
  return [...variants].map(([variant, place]) => ({
    severity: 'warning' as const, rule: 'plausibility/department-name', ...place,
    message: `部门名称写成了“${variant}”（共${place.count}处），与登记的名称“${record.name}”不一致`,
    messageEn: 'Department name written in a different form',
    values: [{ label: '登记名称及其他写法', value: listed.join('、') }],
  }));
}

/** Forms of a registered name that are the name itself: the unit alone (本级) or the department's summary (汇总). */
const FORM_SUFFIXES = ['', '本级', '（汇总）', '(汇总)'] as const;

interface NamePattern {
  /** The registered name and its other registered forms, in the registry's order. */
  readonly accepted: readonly string[];
  readonly forms: ReadonlySet<string>;
  readonly head: string;
  /** The name's first four and last three characters with up to its length in between: any form of the name. */
  readonly pattern: RegExp;
}

/** Made once per department record, not once per year of it (a pattern costs a compilation; matchAll copies it). */
function namePatternOf(record: Department): NamePattern {
  let made = NAME_PATTERNS.get(record);
  if (!made) {
    const accepted = [...new Set([record.name, record.short_name, ...record.aliases, ...record.former_names.map((f) => f.name)].filter((n): n is string => Boolean(n)))];
    const head = record.name.slice(0, 4);
    const tail = record.name.slice(-3);
    made = {
      accepted,
      forms: new Set(accepted.flatMap((name) => FORM_SUFFIXES.map((suffix) => `${name}${suffix}`))),
      head,
      pattern: new RegExp(`${escape(head)}[\\u4e00-\\u9fff]{0,${record.name.length + 2}}?${escape(tail)}`, 'g'),
    };
    NAME_PATTERNS.set(record, made);
  }
  return made;
}
const NAME_PATTERNS = new WeakMap<Department, NamePattern>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
