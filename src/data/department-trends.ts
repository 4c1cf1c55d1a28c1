/** A department's years as one table (the search index reads it; the department page shows src/data/comparisons.ts). */
import { moneyCell, textCell, type TableView } from '../table-kinds/view-model.ts';
import type { Department } from '../schemas/site.ts';
import { expenditureTotal } from '../domain/summaries.ts';
import type { DisclosureView } from './site-data.ts';

export function departmentTrendView(department: Department, own: readonly DisclosureView[]): TableView {
  return {
    id: `trend-${department.id}`, title: `${department.name}历年收支`, rowHeader: '年度',
    columns: [{ label: '本年支出', numeric: true }, { label: '基本支出', numeric: true }, { label: '项目支出', numeric: true }, { label: '“三公”经费', numeric: true }, { label: '单位', numeric: false }],
    rows: own.map((d) => ({
      header: `${d.year}年${d.stageLabel}`,
      cells: [moneyCell(expenditureTotal(d.facts)?.value, d.meta.unit), moneyCell(d.facts.get('基本支出'), d.meta.unit), moneyCell(d.facts.get('项目支出'), d.meta.unit), moneyCell(d.facts.get('三公经费'), d.meta.unit), textCell(d.meta.unit)],
    })),
  };
}

/** Disclosures grouped by department, oldest first: built once per list (every department page asks). */
const BY_DEPARTMENT = new WeakMap<readonly DisclosureView[], Map<string, DisclosureView[]>>();

/** A department's disclosures, oldest first. */
export function departmentDisclosures(all: readonly DisclosureView[], departmentId: string): DisclosureView[] {
  let groups = BY_DEPARTMENT.get(all);
  if (!groups) {
    groups = new Map();
    for (const d of [...all].sort((a, b) => a.year - b.year || a.stage.localeCompare(b.stage))) {
      const group = groups.get(d.department.id);
      if (group) group.push(d); else groups.set(d.department.id, [d]);
    }
    BY_DEPARTMENT.set(all, groups);
  }
  return groups.get(departmentId) ?? [];
}
