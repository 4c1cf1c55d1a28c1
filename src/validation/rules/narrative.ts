/**
 * Narrative figures tagged {{figure|fact}} must equal the facts the tables state (last year's figures included);
 * a change on last year needs its reason.
 */
import { abs, compare, moneyToPlain, parseMoney, subtract } from '../../domain/money.ts';
import { FACT_NAMES, FACT_TAG } from '../../domain/facts/catalogue.ts';
import { resolveFact } from '../../domain/facts/resolve.ts';
import { readingPath } from '../../domain/facts/reading.ts';
import type { FactSheet } from '../../domain/facts/sheet.ts';
import { disclosureFacts, type DisclosureContext, type LocatedRuleFinding, type RuleFile } from '../context.ts';
import { lineCounter } from './text-scan.ts';
import { sentenceAt } from '../display-path.ts';

/** Narrative figures tagged {{figure|fact}} must equal the facts computed from the tables. */
export function narrativeRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  // With tables.yaml unreadable every tag would look unknown: its own errors say what to fix first.
  if (context.tablesInvalid) return findings;
  const body = context.body;
  const sheet = disclosureFacts(context);
  const lineOf = lineCounter(body);
  for (const match of body.matchAll(FACT_TAG)) {
    const figureText = match[1] ?? '', factName = match[2] ?? '';
    const bodyLine = lineOf(match.index ?? 0);
    const at = { file: 'index.md' as RuleFile, at: [], bodyLine, sentence: sentenceAt(body, match.index ?? 0) };
    const figure = parseMoney(figureText);
    if (!figure.ok) {
      findings.push({ ...at, severity: 'error', rule: 'narrative/bad-figure', message: `说明中标注的数字“${figureText}”无法识别：${figure.reason}`, messageEn: 'Tagged narrative figure is not a number', values: [{ label: '标注', value: match[0] }] });
      continue;
    }
    const fact = resolveFact(factName, sheet);
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
          { label: '表格中的数', value: moneyToPlain(fact.value), ...tablePlace(factName, sheet) },
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
function tablePlace(factName: string, sheet: FactSheet): { file: 'tables.yaml'; at: readonly (string | number)[] } | Record<string, never> {
  const [base = '', suffix] = factName.split('.', 2);
  const found = sheet.reading(base, suffix === '上年' ? 'last' : 'current');
  const at = found && readingPath(found);
  return at ? { file: 'tables.yaml', at } : {};
}
