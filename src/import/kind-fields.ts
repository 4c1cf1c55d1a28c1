/**
 * A table kind's fields with their Chinese labels, read from its schema (the labels doc() gave them), so the
 * importer knows every column the publisher knows without a list of its own.
 */
import type { z } from 'zod';
import { defOf, labelsOf } from '../schemas/introspect.ts';

/** The fields of an object schema (looking through optional, default and pipes). */
export function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const def = defOf(current);
    if (def.shape) return def.shape;
    current = def.innerType ?? def.in ?? def.element;
  }
  return undefined;
}

export interface Field { readonly key: string; readonly label: string }

/** The fields at a path of object keys (an array's element is looked through), with their labels. */
export function fieldsAt(schema: z.ZodType, path: readonly string[]): Field[] {
  let shape = shapeOf(schema);
  for (const key of path) shape = shapeOf(shape?.[key]);
  return Object.entries(shape ?? {}).map(([key, field]) => ({ key, label: labelsOf(field).title ?? key }));
}
