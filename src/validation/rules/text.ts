/**
 * The document is this department's, for this year: the reporting year in the title and every narrative heading;
 * no placeholder left in a name (XX局, ××县); no other place written into the department's own name (a text copied
 * from another county's document); asset holdings dated as the stage requires (a final account at the end of its
 * year, a budget at the end of the year before: docs/domain.md §1).
 */
import type { DisclosureContext, LocatedRuleFinding, RuleFile } from '../context.ts';
import { lineCounter } from './text-scan.ts';
import { sentenceAt } from '../display-path.ts';
import type { Department } from '../../schemas/site.ts';

export function textRules(context: DisclosureContext): LocatedRuleFinding[] {
  return [...yearRules(context), ...placeholderRules(context), ...otherPlaceRules(context), ...assetDateRules(context)];
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/g;

/** Years of a text used as years (2023年), other than the allowed ones. */
function otherYears(text: string, allowed: readonly number[]): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    if (!allowed.includes(year) && !found.includes(year)) found.push(year);
  }
  return found;
}

function yearRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  // A final account is titled by its year; a budget too. Last year may be named in a heading comparing with it.
  const titleYears = otherYears(context.meta.title, [context.year]);
  if (titleYears.length) {
    findings.push({
      severity: 'error', rule: 'text/title-year', file: 'index.md', at: ['title'],
      message: `标题中的年份${titleYears.join('、')}不是本文件的年度${context.year}：标题应写本年度`,
      messageEn: `The title names ${titleYears.join(', ')}, not the disclosure year ${context.year}`,
      values: [{ label: '标题', value: context.meta.title }],
    });
  }
  const body = context.body;
  if (!body.includes('#')) return findings;
  const lineOf = lineCounter(body);
  for (const match of body.matchAll(/^#{1,6}[ \t]+(.+)$/gm)) {
    const heading = match[1]!;
    const years = otherYears(heading, [context.year, context.year - 1]);
    if (!years.length) continue;
    findings.push({
      severity: 'error', rule: 'text/heading-year', file: 'index.md', at: [], bodyLine: lineOf(match.index ?? 0), sentence: heading.trim(),
      message: `标题“${heading.trim()}”中的年份${years.join('、')}既不是本年度${context.year}也不是上年：疑似沿用了其他年度的文本`,
      messageEn: `A heading names ${years.join(', ')}, not the disclosure year`,
    });
  }
  return findings;
}

/** XX局, ××县, ＸＸ单位: a name whose place or unit was never filled in. */
const PLACEHOLDER = /(?:[XＸ×]{2,}|某某)\s*(?=[\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|镇|乡|街道|局|委|办|部|厅|院|所|中心|单位|公司|学校)/g;

function placeholderRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const place = (text: string) => [...text.matchAll(PLACEHOLDER)];
  for (const match of place(context.meta.title)) {
    findings.push({
      severity: 'error', rule: 'text/placeholder', file: 'index.md', at: ['title'],
      message: `标题中留有占位的名称“${match[0]}”：请写出单位的名称`, messageEn: `Placeholder ${match[0]} left in the title`,
    });
  }
  const lineOf = lineCounter(context.body);
  const seen = new Set<string>();
  for (const match of place(context.body)) {
    const sentence = sentenceAt(context.body, match.index ?? 0);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    findings.push({
      severity: 'error', rule: 'text/placeholder', file: 'index.md', at: [], bodyLine: lineOf(match.index ?? 0), sentence,
      message: `说明中留有占位的名称“${match[0]}”：请写出单位的名称，或删去模板文字`, messageEn: `Placeholder ${match[0]} left in the text`,
    });
  }
  return findings;
}

/** The place names of a region string: 重庆市石柱土家族自治县 → 重庆市, 石柱土家族自治县. */
function places(region: string): string[] {
  return [...region.matchAll(/[\u4e00-\u9fff]+?(?:自治县|自治州|自治区|省|市|县|区|旗|镇|乡)/g)].map((match) => match[0]).filter((name) => name.length >= 2);
}

/**
 * The department's name with its place as a pattern that matches the same name with another place: a text copied
 * from another county's document says 中共某某县委组织部 where this one's is 中共石柱土家族自治县委组织部.
 */
function placePatternOf(record: Department): NamePattern | undefined {
  // Made once per department record, not once per year of it (a pattern costs a compilation); matchAll copies it.
  if (!PLACE_PATTERNS.has(record)) PLACE_PATTERNS.set(record, makeNamePattern(record.name, record.region));
  return PLACE_PATTERNS.get(record);
}
type NamePattern = { readonly place: string; readonly pattern: RegExp; readonly before: string; readonly after: string };
const PLACE_PATTERNS = new WeakMap<Department, NamePattern | undefined>();

function makeNamePattern(name: string, region: string): NamePattern | undefined {
  const place = places(region).find((candidate) => name.includes(candidate));
  if (!place) return undefined;
  const [before, after] = [name.slice(0, name.indexOf(place)), name.slice(name.indexOf(place) + place.length)];
  if (before.length + after.length < 2) return undefined;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const suffix = place.match(/(?:自治县|自治州|自治区|省|市|县|区|旗|镇|乡)$/)![0];
  return { place, before, after, pattern: new RegExp(`${escape(before)}([\\u4e00-\\u9fff]{2,10}?${escape(suffix)})${escape(after)}`, 'g') };
}

function otherPlaceRules(context: DisclosureContext): LocatedRuleFinding[] {
  const record = context.departmentRecord;
  if (!record) return [];
  const named = placePatternOf(record);
  if (!named) return [];
  const findings: LocatedRuleFinding[] = [];
  const lineOf = lineCounter(context.body);
  const check = (text: string, file: RuleFile, at: (index: number) => Pick<LocatedRuleFinding, 'at' | 'bodyLine' | 'sentence'>) => {
    // The name's words around its place must both be written for the pattern to match: most texts are let off here.
    if (!text.includes(named.before) || !text.includes(named.after)) return;
    for (const match of text.matchAll(named.pattern)) {
      if (match[1]!.endsWith(named.place)) continue; // 示例市示例县人民政府: the place with its province or city before it
      findings.push({
        severity: 'error', rule: 'text/other-place', file, ...at(match.index ?? 0),
        message: `“${match[0]}”中的地名是“${match[1]}”，但本部门是“${record.name}”（${named.place}）：疑似沿用了其他地方的文本`,
        messageEn: `The department's name is written with another place (${match[1]})`,
        values: [{ label: '文中写法', value: match[0] }, { label: '登记名称', value: record.name }],
      });
    }
  };
  check(context.meta.title, 'index.md', () => ({ at: ['title'] }));
  check(context.body, 'index.md', (index) => ({ at: [], bodyLine: lineOf(index), sentence: sentenceAt(context.body, index) }));
  return findings;
}

/** State assets are counted at a year end: a budget's at the end of the year before, a final account's at its own. */
function assetDateRules(context: DisclosureContext): LocatedRuleFinding[] {
  const expected = context.stage === 'final' ? context.year : context.year - 1;
  const findings: LocatedRuleFinding[] = [];
  const asOf = (context.tables?.state_assets as { as_of?: string } | undefined)?.as_of;
  const which = context.stage === 'final' ? '决算应为本年末' : '预算应为上年末';
  if (asOf && Number(asOf.slice(0, 4)) !== expected) {
    findings.push({
      severity: 'error', rule: 'date/asset', file: 'tables.yaml', at: ['state_assets', 'as_of'],
      message: `国有资产的统计截止时间${asOf}不对：${which}（${expected}年12月）`,
      messageEn: `Assets dated ${asOf}; expected the end of ${expected}`,
      values: [{ label: '统计截止时间', value: asOf }, { label: '应为', value: `${expected}-12` }],
    });
  }
  const lineOf = lineCounter(context.body);
  for (const match of context.body.matchAll(/截[至止](?:到)?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:底|末)?[^。\n]{0,40}?(?:车辆|资产|设备)/g)) {
    const year = Number(match[1]);
    if (year === expected) continue;
    findings.push({
      severity: 'error', rule: 'date/asset', file: 'index.md', at: [], bodyLine: lineOf(match.index ?? 0), sentence: sentenceAt(context.body, match.index ?? 0),
      message: `说明中资产的统计截止时间写为${year}年${match[2]}月，${which}（${expected}年12月）`,
      messageEn: `Assets dated ${year}; expected the end of ${expected}`,
    });
  }
  return findings;
}
