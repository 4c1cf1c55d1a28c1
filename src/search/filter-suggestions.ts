/**
 * A query that names a year or a department ("2023年 培训费", "组织部 培训") is offered that year or department as a
 * filter: the reader can narrow to it in one step, the word then leaving the query. Pure, for the search page.
 */

export interface FilterSuggestion {
  readonly key: 'year' | 'department';
  /** The filter's value (as the filter menu holds it). */
  readonly value: string;
  /** The word of the query that named it. */
  readonly term: string;
}

export interface KnownDepartment {
  /** Full name (the filter's value). */
  readonly name: string;
  /** Short name, former names and other accepted forms. */
  readonly aliases: readonly string[];
}

/** Departments offered for one word, at most. */
export const MAX_DEPARTMENT_SUGGESTIONS = 3;

const YEAR_WORD = /^(\d{4})(?:年度?)?$/;

/**
 * Suggestions for the words of `query`, in their order: a year the site has ("2023", "2023年", "2023年度"), unless a year is already
 * chosen; departments whose name or other name holds the word or is held by it (a word of two characters or more),
 * unless a department is already chosen.
 */
export function suggestFilters(query: string, years: readonly string[], departments: readonly KnownDepartment[], chosen: { year?: string; department?: string }): FilterSuggestion[] {
  const suggestions: FilterSuggestion[] = [];
  for (const term of query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean)) {
    const year = YEAR_WORD.exec(term)?.[1];
    if (year) {
      if (!chosen.year && years.includes(year)) suggestions.push({ key: 'year', value: year, term });
      continue;
    }
    if (chosen.department || [...term].length < 2) continue;
    const names = (department: KnownDepartment) => [department.name, ...department.aliases];
    const matches = departments.filter((department) => names(department).some((name) => name.includes(term) || term.includes(name)));
    for (const department of matches.slice(0, MAX_DEPARTMENT_SUGGESTIONS)) suggestions.push({ key: 'department', value: department.name, term });
  }
  return suggestions;
}

/** The query without the word a suggestion turned into a filter. */
export function queryWithout(query: string, term: string): string {
  return query.split(/\s+/).filter((word) => word.replace(/["“”]/g, '') !== term).join(' ').trim();
}
