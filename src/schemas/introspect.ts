/**
 * Reading our own schemas: their structure (zod's definition objects) and the labels doc() attached. Used by the
 * error messages (which field, in Chinese) and by the editors' guide (every field), so both read schemas alike.
 */
import { z } from 'zod';

export interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
}

export const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The Chinese label and English description given with doc(), looking through wrappers. */
export function labelsOf(schema: z.ZodType | undefined): { title?: string; description?: string } {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const found = z.globalRegistry.get(current);
    if (found?.title) return found as { title?: string; description?: string };
    const def = defOf(current);
    current = def.innerType ?? def.in;
  }
  return {};
}
