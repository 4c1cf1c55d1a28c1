/**
 * A new disclosure's files (npm run new -- YEAR DEPARTMENT STAGE), pure: text in, text out.
 * From last year's disclosure of the same stage: names, structure and wording kept; every figure cleared (an amount
 * left out is blank, never zero); last year's figures moved into the fields that print 上年数 (each table kind's
 * `lastYearFields`, and the 上年数 table from last year's facts); years moved on by one; dates, hashes, sign-offs,
 * corrections and acknowledgements cleared. Without last year's: a blank template.
 * The check names every narrative figure still to enter ({{待填|…}}); a table cell left blank is a blank cell to it,
 * so the tables are filled by npm run import (or by hand) before publishing.
 */
import { isMap, isNode, isScalar, parseDocument, visit, type Document, type Pair, type YAMLMap } from 'yaml';
import type { Money } from '../domain/money.ts';
import { moneyToPlain } from '../domain/money.ts';
import { FACT_TAG } from '../domain/facts/catalogue.ts';
import { STAGE_LABELS, type Stage } from '../schemas/primitives.ts';
import type { Department } from '../schemas/site.ts';
import { tableKind } from '../table-kinds/registry.ts';
import { PREVIOUS_YEAR_FIELDS } from '../table-kinds/previous-year.ts';

/** What a cleared narrative figure reads until the editor types it; the check reports it with its line. */
export const BLANK_FIGURE = '待填';

/** Keys whose numbers are not figures: classification codes, ids, dates. */
const NOT_FIGURES = new Set(['code', 'id', 'as_of', 'year', 'unit', 'kind', 'name', 'title']);
const FIGURE = /^[-−]?[\d,]+(?:\.\d+)?%?$/;
const isFigure = (value: unknown) => (typeof value === 'number' ? true : typeof value === 'string' && FIGURE.test(value.trim()));

export interface PreviousDisclosure {
  readonly year: number;
  readonly index: string;
  readonly tables?: string;
  /** Whether last year's had performance.yaml (not copied: targets and results are the year's own). */
  readonly performance?: boolean;
  /** Last year's facts of the year (本年), by name: the 上年数 table is filled from them. */
  readonly facts: ReadonlyMap<string, Money>;
}

export interface NewDisclosure {
  readonly year: number;
  readonly stage: Stage;
  readonly department: Department;
}

export interface ScaffoldResult {
  /** File name (in the disclosure folder) → text. */
  readonly files: ReadonlyMap<string, string>;
  /** What the editor has still to do, in Chinese, in order. */
  readonly todo: readonly string[];
}

/** Years in a text moved on by one: last year's year becomes this year's, the year before becomes last year's. */
export function moveYears(text: string, from: number): string {
  return text.replace(/(?<!\d)(\d{4})(?=\s*年|-\d{2}\b)/g, (whole, digits: string) => {
    const value = Number(digits);
    return value === from || value === from - 1 ? String(value + 1) : whole;
  });
}

/** The narrative with every tagged figure cleared (the tag's fact kept) and its years moved on. */
export function clearNarrative(body: string, from: number): string {
  return moveYears(body, from).replace(new RegExp(FACT_TAG.source, 'g'), (_whole, _figure: string, fact: string) => `{{${BLANK_FIGURE}|${fact}}}`);
}

function splitFrontMatter(text: string): { front: string; body: string } {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('index.md 没有以 --- 开头的属性部分');
  return { front: match[1]!, body: match[2]! };
}

/** Removes every figure below a node (amounts, counts, percentages): the pair goes, so the cell reads blank. */
function clearFigures(node: unknown): void {
  visit(node as YAMLMap, {
    Pair(_key, pair: Pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isScalar(pair.value) && !NOT_FIGURES.has(key) && isFigure(pair.value.value)) return visit.REMOVE;
      return undefined;
    },
  });
}

/** tables.yaml of the new year: figures cleared, last year's moved into the 上年 fields. */
export function scaffoldTables(text: string, facts: ReadonlyMap<string, Money>, from: number): string {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) return text;
  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (key === 'unit' || !isMap(item.value)) continue;
    const table = item.value as YAMLMap<unknown, unknown>;
    if (key === 'previous_year') {
      for (const pair of [...table.items]) if (isScalar(pair.value) && isFigure(pair.value.value)) table.delete(pair.key);
      for (const [fact, field] of PREVIOUS_YEAR_FIELDS) {
        const value = facts.get(fact);
        if (value) table.set(field, plainNumber(doc, moneyToPlain(value)));
      }
      continue;
    }
    // Last year's figures of the year, taken before the figures are cleared, become this year's 上年数.
    const moved = (tableKind(key)?.lastYearFields ?? []).map(({ from, to }) => {
      const node = table.get(from, true);
      return { to, node: isNode(node) ? node.clone() : node };
    });
    clearFigures(table);
    // Dates of the tables (国有资产 as_of) move on a year with the disclosure.
    visit(table, { Pair(_key, pair: Pair) { if (isScalar(pair.key) && pair.key.value === 'as_of' && isScalar(pair.value)) pair.value.value = moveYears(String(pair.value.value), from); } });
    for (const { to, node } of moved) {
      if (node === undefined) table.delete(to);
      else table.set(to, node);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** An amount as editors write it: unquoted when a YAML number reads it exactly, else quoted (still exact). */
function plainNumber(doc: Document, text: string): unknown {
  return doc.createNode(String(Number(text)) === text ? Number(text) : text);
}

/** index.md of the new year from last year's. */
export function scaffoldIndex(text: string, from: number, to: NewDisclosure): string {
  const { front, body } = splitFrontMatter(text);
  const doc: Document = parseDocument(front);
  doc.set('year', to.year);
  for (const field of ['title'] as const) {
    const value = doc.get(field);
    if (typeof value === 'string') doc.set(field, moveYears(value, from));
  }
  for (const field of ['approved_on', 'published_on', 'confidentiality_review', 'head_signoff', 'corrections', 'acknowledgements', 'rounding_tolerance']) doc.delete(field);
  const source = doc.get('source', true);
  const document = isMap(source) ? source.get('document') : undefined;
  doc.set('source', doc.createNode({ document: typeof document === 'string' ? moveYears(document, from) : `${to.department.name}${to.year}年部门${STAGE_LABELS[to.stage]}` }));
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${clearNarrative(body, from)}`;
}

const BLANK_BODY: Record<Stage, string[]> = {
  budget: ['一、部门基本情况', '二、收支预算总体情况', '三、一般公共预算财政拨款支出预算情况', '四、“三公”经费预算情况', '五、其他重要事项的情况说明', '六、名词解释'],
  final: ['一、部门基本情况', '二、收入支出决算总体情况', '三、一般公共预算财政拨款支出决算情况', '四、“三公”经费决算情况', '五、其他重要事项的情况说明', '六、名词解释'],
};

/** index.md of a first disclosure (no last year's to start from). */
export function blankIndex(to: NewDisclosure): string {
  const stage = STAGE_LABELS[to.stage];
  const doc = parseDocument('{}');
  doc.contents = doc.createNode({
    year: to.year, department: to.department.id, stage: to.stage,
    title: `${to.department.name}${to.year}年部门${stage}公开说明`,
    unit: '万元',
    source: { document: `${to.department.name}${to.year}年部门${stage}` },
  }) as typeof doc.contents;
  const sections = BLANK_BODY[to.stage].map((heading) => `## ${heading}\n\n<!-- 照公开文件抄写本节文字，再删去这行提示；文中的数字按 content/README.md“写法要点”中“说明中的数字要标注”一条标注，网站会与表格核对 -->\n`);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${sections.join('\n')}`;
}

/** The files of the new disclosure and what is left to do. */
export function scaffoldDisclosure(to: NewDisclosure, previous: PreviousDisclosure | undefined, folder: string): ScaffoldResult {
  const files = new Map<string, string>();
  const todo: string[] = [];
  if (previous) {
    files.set('index.md', scaffoldIndex(previous.index, previous.year, to));
    if (previous.tables) {
      files.set('tables.yaml', `# 由 npm run new 从 ${previous.year} 年复制：数字已清空（名称保留），上年数已填入上年的数字；文字说明（原因、用途等）仍是 ${previous.year} 年的，请改写。\n${scaffoldTables(previous.tables, previous.facts, previous.year)}`);
    }
    todo.push(`检查 ${folder}/index.md 的标题和来源文件名（年份已改为 ${to.year}），补上批复日期 approved_on 和公开日期 published_on`);
    if (previous.performance) todo.push(`绩效（performance.yaml）没有复制：照今年的文件另写，可参考 ${previous.year} 年的`);
    todo.push(`说明中的数字已清空，写作 {{${BLANK_FIGURE}|…}}：照公开文件填入，文字也要按今年的文件改写`);
  } else {
    files.set('index.md', blankIndex(to));
    todo.push(`在 ${folder}/index.md 照公开文件抄写说明（各节的提示写在 <!-- --> 里，可删去），补上批复日期和公开日期`);
  }
  todo.push(`把公开的 PDF（原始文件）放进 ${folder}/，网站会发布它并计算 SHA-256`);
  todo.push(`导入表格：npm run import -- 表格.xlsx --disclosure ${to.year}/${to.department.id}/${to.stage}${previous?.tables ? '（或在 tables.yaml 中手工填入数字）' : ''}`);
  todo.push('检查：npm run check（或 npm run preview 边改边看）');
  return { files, todo };
}
