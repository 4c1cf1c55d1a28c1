/**
 * A department's name in a given year. A renamed department keeps its id (one history) and records each former
 * name with the last year it was used (content/departments/*.yaml, former_names): the name of year Y is the
 * former name with the earliest `until` at or after Y, else the current name.
 */
import type { Department } from '../schemas/site.ts';

export function nameInYear(department: Pick<Department, 'name' | 'former_names'>, year: number): string {
  let best: { name: string; until: number } | undefined;
  for (const former of department.former_names) {
    if (former.until >= year && (!best || former.until < best.until)) best = former;
  }
  return best?.name ?? department.name;
}
