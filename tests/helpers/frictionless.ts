/**
 * Frictionless Data validation without the network: a descriptor against the official v1 JSON Schemas
 * (tests/fixtures/frictionless, draft-04, through Ajv), and a CSV against its Table Schema: header equal to the
 * field names, every row as wide, each value of its field's type (missing values, integer, number with bareNumber,
 * boolean with trueValues/falseValues, year, string) and within its constraints (required, enum, pattern, minimum,
 * maximum). Each problem is one line naming resource, row and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { FIXTURES } from './content.ts';
import { parseCsv } from '../e2e/helpers/csv.ts';

const profile = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'frictionless', name), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// The profiles mark long texts with a form hint, not a format to check.
ajv.addFormat('textarea', true);
const packageProfile = ajv.compile(profile('tabular-data-package.json'));
const tableSchemaProfile = ajv.compile(profile('table-schema.json'));

export interface Field {
  readonly name: string;
  readonly type: string;
  readonly bareNumber?: boolean;
  /** The Fiscal Data Package concept of the column (docs/open-data.md). */
  readonly columnType?: string;
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly unknown[]; readonly pattern?: string; readonly minimum?: number; readonly maximum?: number };
}
export interface ResourceDescriptor {
  readonly name: string;
  readonly path: string;
  readonly schema: { readonly fields: readonly Field[]; readonly missingValues?: readonly string[] };
}
export interface PackageDescriptor {
  readonly resources: readonly ResourceDescriptor[];
  readonly licenses?: ReadonlyArray<{ readonly path?: string; readonly title?: string }>;
}

/** Problems of a datapackage.json against the Tabular Data Package profile and of each schema against Table Schema. */
export function descriptorProblems(descriptor: unknown): string[] {
  const problems: string[] = [];
  if (!packageProfile(descriptor)) problems.push(...(packageProfile.errors ?? []).map((e) => `datapackage.json${e.instancePath}: ${e.message}`));
  const resources = (descriptor as PackageDescriptor | undefined)?.resources ?? [];
  for (const resource of resources) {
    if (!tableSchemaProfile(resource.schema)) problems.push(...(tableSchemaProfile.errors ?? []).map((e) => `${resource.name}.schema${e.instancePath}: ${e.message}`));
  }
  return problems;
}

const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];

/** The value of a cell by its field's type, or an error text. */
function cast(field: Field, text: string): { value: unknown } | { error: string } {
  switch (field.type) {
    case 'string': return { value: text };
    case 'integer': return /^[-+]?\d+$/.test(text) ? { value: Number(text) } : { error: `“${text}” is not an integer` };
    case 'year': return /^\d{4}$/.test(text) ? { value: Number(text) } : { error: `“${text}” is not a year` };
    case 'number': {
      // bareNumber false: leading and trailing non-numeric characters (%, ¥) are dropped.
      const bare = field.bareNumber === false ? text.replace(/^[^-+\d.]+|[^\d.]+$/g, '') : text;
      return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(bare) ? { value: Number(bare) } : { error: `“${text}” is not a number` };
    }
    case 'boolean': {
      if ((field.trueValues ?? DEFAULT_TRUE).includes(text)) return { value: true };
      if ((field.falseValues ?? DEFAULT_FALSE).includes(text)) return { value: false };
      return { error: `“${text}” is not one of the boolean values` };
    }
    default: return { error: `type ${field.type} not supported by this checker` };
  }
}

/** Problems of a resource's CSV text against its Table Schema. */
export function csvProblems(resource: ResourceDescriptor, text: string): string[] {
  const problems: string[] = [];
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const fields = resource.schema.fields;
  const missing = new Set(resource.schema.missingValues ?? ['']);
  const header = rows[0] ?? [];
  if (header.join('\u0000') !== fields.map((field) => field.name).join('\u0000')) {
    problems.push(`${resource.name}: header ${JSON.stringify(header)} is not the field names ${JSON.stringify(fields.map((f) => f.name))}`);
    return problems;
  }
  rows.slice(1).forEach((row, index) => {
    const at = `${resource.name} row ${index + 2}`;
    if (row.length !== fields.length) { problems.push(`${at}: ${row.length} cells, ${fields.length} fields`); return; }
    fields.forEach((field, column) => {
      const text = row[column]!;
      const constraints = field.constraints ?? {};
      if (missing.has(text)) {
        if (constraints.required) problems.push(`${at} ${field.name}: required but missing`);
        return;
      }
      const result = cast(field, text);
      if ('error' in result) { problems.push(`${at} ${field.name}: ${result.error}`); return; }
      const value = result.value;
      if (constraints.enum && !constraints.enum.includes(value)) problems.push(`${at} ${field.name}: “${text}” not in ${JSON.stringify(constraints.enum)}`);
      if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`, 'u').test(text)) problems.push(`${at} ${field.name}: “${text}” does not match ${constraints.pattern}`);
      if (typeof value === 'number' && constraints.minimum !== undefined && value < constraints.minimum) problems.push(`${at} ${field.name}: ${value} < ${constraints.minimum}`);
      if (typeof value === 'number' && constraints.maximum !== undefined && value > constraints.maximum) problems.push(`${at} ${field.name}: ${value} > ${constraints.maximum}`);
    });
  });
  return problems;
}

/** The CSV's rows as records keyed by field name (for tests reading values). */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}
