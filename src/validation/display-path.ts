/**
 * Field paths as editors read them: rows by code, projects by id, other list items by position (from 1).
 * rows[201].total rather than rows[0].total, so a path survives rows being inserted above it.
 */
import type { PathSegment } from './finding.ts';

export function displayPath(root: unknown, path: readonly PathSegment[]): string {
  let current: unknown = root;
  let out = '';
  for (const segment of path) {
    if (segment === '#key') continue;
    if (typeof segment === 'number') {
      const item = Array.isArray(current) ? current[segment] : undefined;
      out += `[${itemLabel(item, segment)}]`;
      current = item;
    } else {
      out += out ? `.${segment}` : segment;
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

function itemLabel(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (typeof record.code === 'string' && /^\d+$/.test(record.code)) return record.code;
    if (typeof record.id === 'string' && record.id) return record.id;
  }
  return String(index + 1);
}
