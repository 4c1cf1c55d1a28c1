/**
 * Which table a sheet holds, from its title (the text above the header, or the sheet's name), and the amount unit
 * it declares. Titles print the department, the year, a table number and words such as 预算 or 部门 around the
 * standard name ("表二 中共某县委组织部2024年一般公共预算财政拨款支出预算表"): both sides are compared without those,
 * and the longest name that ends the title wins (一般公共预算财政拨款支出决算表, not 支出决算表).
 */
import { TABLE_KINDS, type AnyTableKind } from '../table-kinds/registry.ts';
import type { Stage } from '../schemas/primitives.ts';
import { normalise } from './labels.ts';
import { rowTexts, type Sheet } from './sheet.ts';

/** The kinds a workbook can hold as sheets (the others come from the narrative and are entered by hand). */
export const SHEET_KINDS = [
  'income_expenditure_summary', 'income_by_source', 'expenditure_summary', 'fiscal_grant_summary', 'general_budget_expenditure',
  'general_budget_basic_expenditure', 'three_public_expenses', 'government_fund_expenditure', 'government_fund_balance',
  'state_capital_expenditure', 'state_capital_balance', 'project_expenditure',
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** Titles the export systems print that neither the standard names nor the kinds' aliases cover. */
const EXTRA_TITLES: Partial<Record<SheetKind, readonly string[]>> = {
  general_budget_expenditure: ['一般公共预算支出表', '一般公共预算支出决算表'],
  general_budget_basic_expenditure: ['一般公共预算基本支出表', '一般公共预算基本支出决算表'],
  government_fund_expenditure: ['政府性基金支出表', '政府性基金预算财政拨款支出表', '政府性基金预算支出决算表'],
  state_capital_expenditure: ['国有资本经营预算支出决算表', '国有资本经营预算财政拨款支出表'],
  three_public_expenses: ['“三公”经费支出表', '三公经费支出表', '一般公共预算“三公”经费支出决算表'],
};

/** A title or name without what varies between documents: spacing, quotes, numbering, years, 部门/单位/预算/情况. */
export function titleCore(title: string): string {
  return normalise(title)
    .replace(/\([^)]*(?:单位|表[一二三四五六七八九十\d]+)[^)]*\)/g, '')
    .replace(/^(?:附件\d*[:、.]?)?(?:(?:附表|表)[一二三四五六七八九十\d]+(?:[-—.．]\d+)?[、.．:]?|[一二三四五六七八九十\d]+[、.．:])/, '')
    .replace(/(?:附表|表)[一二三四五六七八九十\d]+(?:[-—]\d+)?$/, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/部门|单位|预算|情况/g, '');
}

interface TitleVariant { readonly kind: SheetKind; readonly core: string; readonly stage?: Stage }

const VARIANTS: readonly TitleVariant[] = SHEET_KINDS.flatMap((key) => {
  const kind = TABLE_KINDS.find((k) => k.key === key)!;
  const named = (name: string, stage?: Stage): TitleVariant => ({ kind: key, core: titleCore(name), ...(stage ? { stage } : {}) });
  return [named(kind.label.budget, 'budget'), named(kind.label.final, 'final'), ...(kind.aliases ?? []).map((name) => named(name)), ...(EXTRA_TITLES[key] ?? []).map((name) => named(name))];
}).filter((variant) => variant.core.length > 0);

export interface Recognised {
  readonly kind: AnyTableKind;
  readonly key: SheetKind;
  /** The title as printed (undefined when only the sheet's name named the table). */
  readonly title?: string;
  /** The row of the title, where there is one. */
  readonly titleRow?: number;
  /** The stage the title names (决算 titles are final accounts). */
  readonly stage?: Stage;
}

/** The table a text names, if any. */
export function tableNamedBy(text: string): TitleVariant | undefined {
  const core = titleCore(text);
  let best: TitleVariant | undefined;
  for (const variant of VARIANTS) {
    if (core.endsWith(variant.core) && (!best || variant.core.length > best.core.length)) best = variant;
  }
  // A title naming a fund or a part (政府性基金…支出表) that only a shorter, general name matched (支出表) is not that
  // table: it stays unrecognised and is reported, never read as another table.
  if (best && QUALIFIERS.some((word) => core.includes(word) && !best!.core.includes(word))) return undefined;
  return best;
}

const QUALIFIERS = ['政府性基金', '国有资本经营', '基本支出', '三公', '项目支出', '财政拨款', '一般公共'];

/** How many rows at the top of a sheet may hold its title. */
const TITLE_ROWS = 6;

export function recogniseSheet(sheet: Sheet): Recognised | undefined {
  for (let row = 0; row < Math.min(TITLE_ROWS, sheet.rows.length); row++) {
    for (const { text } of rowTexts(sheet, row)) {
      const variant = tableNamedBy(text);
      if (variant) return recognised(variant, text.trim(), row);
    }
  }
  const byName = tableNamedBy(sheet.name);
  return byName ? recognised(byName) : undefined;
}

function recognised(variant: TitleVariant, title?: string, titleRow?: number): Recognised {
  const stage = variant.stage ?? (title && /决算/.test(title) ? 'final' : undefined);
  return {
    kind: TABLE_KINDS.find((k) => k.key === variant.kind)!, key: variant.kind,
    ...(title !== undefined ? { title } : {}), ...(titleRow !== undefined ? { titleRow } : {}), ...(stage ? { stage } : {}),
  };
}

/** The amount unit a sheet declares above its data (单位：万元, 金额单位：元, （万元）), with its row. */
export function declaredUnit(sheet: Sheet, beforeRow: number): { unit: '万元' | '元'; row: number; col: number } | undefined {
  for (let row = 0; row < Math.min(beforeRow + 1, sheet.rows.length); row++) {
    for (const { col, text } of rowTexts(sheet, row)) {
      const match = /单位[:：]\s*(万元|元)|[（(](万元|元)[）)]/.exec(text);
      if (match) return { unit: (match[1] ?? match[2]) as '万元' | '元', row, col };
    }
  }
  return undefined;
}
