/**
 * A fast path for our zod schemas: each schema is compiled once into plain functions that give exactly zod's
 * output for valid input, or FAIL. zod stays the authority: on FAIL the caller runs zod's safeParse, whose issues
 * become the findings. The fast path may fail where zod would succeed (only slower, then), never the reverse.
 *
 * Why: valid files are the usual case, and at tens of thousands of files zod's general machinery (a result
 * object per field, a union trying branches, pipes) costs more than the conversions themselves.
 * Handled: strict and stripping objects, arrays, optional, default, pipe, transform, union, enum, boolean, number,
 * and strings with pattern, minimum-length and refinement checks. Anything else (other checks, records, other
 * types) is left to zod, node by node.
 */
import type { z } from 'zod';

export const FAIL: unique symbol = Symbol('fast path failed');
type Parse = (value: unknown) => unknown;

/** zod's internal view of a schema (definition, how absence is treated), read as zod's own code reads it. */
interface Internals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly unknown[];
    readonly shape?: Record<string, z.ZodType>;
    readonly catchall?: z.ZodType;
    readonly element?: z.ZodType;
    readonly innerType?: z.ZodType;
    readonly in?: z.ZodType;
    readonly out?: z.ZodType;
    readonly options?: readonly z.ZodType[];
    readonly entries?: Record<string, unknown>;
    readonly transform?: (value: unknown, payload: unknown) => unknown;
    readonly defaultValue?: unknown;
    readonly coerce?: boolean;
    /** Built-in formats (z.url(), z.int(), …) are checked by the schema itself, not by a listed check. */
    readonly format?: string;
    readonly check?: string;
    /** Exclusive (z.xor) and discriminated unions. */
    readonly inclusive?: boolean;
    readonly discriminator?: string;
  };
  readonly optin?: 'optional' | 'defaulted';
  readonly optout?: 'optional';
  /** Names of the classes the schema is made of ("$ZodExactOptional", "$ZodCodec", …). */
  readonly traits?: ReadonlySet<string>;
}
const internals = (schema: z.ZodType): Internals => (schema as unknown as { _zod: Internals })._zod;

const compiled = new WeakMap<z.ZodType, Parse>();

/** zod's output for `value`, or FAIL (then zod must decide, and report). */
export function fastParse(schema: z.ZodType, value: unknown): unknown {
  return compile(schema)(value);
}

/** What zod's safeParse gives (with the input in its issues), through the fast path when the value is valid. */
export function parseWithFastPath<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  const fast = fastParse(schema, value);
  if (fast !== FAIL) return { success: true, data: fast as z.output<S> };
  return schema.safeParse(value, { reportInput: true });
}

function compile(schema: z.ZodType): Parse {
  let parse = compiled.get(schema);
  if (!parse) {
    // A recursive schema meets itself while compiling: it then calls the finished parser through this stand-in.
    let finished: Parse | undefined;
    compiled.set(schema, (value) => finished!(value));
    finished = compileNode(schema) ?? viaZod(schema);
    compiled.set(schema, finished);
    parse = finished;
  }
  return parse;
}

/** A node we do not reproduce: zod parses it (its subtree only). */
function viaZod(schema: z.ZodType): Parse {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAIL;
  };
}

/**
 * Variants that share a plain kind's type name but not its rules: formats (z.url(), z.int()), exact optionals,
 * codecs, exclusive and discriminated unions. zod parses those.
 */
function isVariant(schema: z.ZodType): boolean {
  const { def, traits } = internals(schema);
  return def.coerce === true || def.format !== undefined || def.check !== undefined || def.inclusive !== undefined
    || def.discriminator !== undefined || traits?.has('$ZodExactOptional') === true || traits?.has('$ZodCodec') === true;
}

function compileNode(schema: z.ZodType): Parse | undefined {
  const { def } = internals(schema);
  if (isVariant(schema)) return undefined;
  if (def.checks?.length && def.type !== 'string') return undefined;
  switch (def.type) {
    case 'string': {
      const checks = (def.checks ?? []).map(compileStringCheck);
      if (checks.some((check) => !check)) return undefined;
      if (checks.length === 0) return (value) => (typeof value === 'string' ? value : FAIL);
      return (value) => {
        if (typeof value !== 'string') return FAIL;
        for (const check of checks) if (!check!(value)) return FAIL;
        return value;
      };
    }
    case 'boolean': return (value) => (typeof value === 'boolean' ? value : FAIL);
    case 'number': return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL);
    case 'enum': {
      const entries = Object.values(def.entries ?? {});
      // Numeric enums carry reverse mappings that zod leaves out.
      if (entries.some((entry) => typeof entry !== 'string')) return undefined;
      const values = new Set(entries);
      return (value) => (values.has(value) ? value : FAIL);
    }
    case 'optional': {
      if (internals(def.innerType!).optin === 'defaulted') return undefined;
      const inner = compile(def.innerType!);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'default': {
      const inner = compile(def.innerType!);
      return (value) => {
        if (value === undefined) return def.defaultValue;
        const result = inner(value);
        return result === undefined ? def.defaultValue : result;
      };
    }
    case 'pipe': {
      const first = compile(def.in!), second = compile(def.out!);
      // The usual scalar field (text or number, then one conversion): one function instead of three.
      if (first === textOrNumber) return (value) => (textOrNumber(value) === FAIL ? FAIL : second(value));
      return (value) => {
        const middle = first(value);
        return middle === FAIL ? FAIL : second(middle);
      };
    }
    case 'transform': return compileTransform(def.transform!);
    case 'union': {
      if (isTextOrNumberUnion(def.options!)) return textOrNumber;
      const options = def.options!.map(compile);
      return (value) => {
        for (const option of options) {
          const result = option(value);
          if (result !== FAIL) return result;
        }
        return FAIL;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          const result = element(value[i]);
          if (result === FAIL) return FAIL;
          out[i] = result;
        }
        return out;
      };
    }
    case 'object': return compileObject(def.shape!, def.catchall);
    default: return undefined;
  }
}

interface CheckDef {
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly fn?: (value: unknown) => unknown;
  readonly when?: unknown;
}

/** A string check as zod runs it (pattern, minimum length in code points, refinement), or undefined. */
function compileStringCheck(check: unknown): ((value: string) => boolean) | undefined {
  const def = (check as { _zod: { def: CheckDef } })._zod.def;
  if (def.check === 'string_format' && def.format === 'regex' && def.pattern && !def.when) {
    const pattern = def.pattern;
    return (value) => { pattern.lastIndex = 0; return pattern.test(value); };
  }
  if (def.check === 'min_length' && typeof def.minimum === 'number') {
    const minimum = def.minimum;
    return (value) => value.length >= 2 * minimum || (value.length >= minimum && [...value].length >= minimum);
  }
  if (def.check === 'custom' && def.fn && !def.when) {
    const fn = def.fn;
    return (value) => { const ok = fn(value); return !(ok instanceof Promise) && Boolean(ok); };
  }
  return undefined;
}

/** z.union([z.string(), z.number()]), plain: the input of every scalar field. */
function isTextOrNumberUnion(options: readonly z.ZodType[]): boolean {
  const plain = (schema: z.ZodType) => !isVariant(schema) && !internals(schema).def.checks?.length;
  const types = options.map((option) => (plain(option) ? internals(option).def.type : 'other')).sort().join();
  return types === 'number,string';
}
const textOrNumber: Parse = (value) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : FAIL;

/** Our transforms report problems through ctx.addIssue; any issue is a FAIL (zod then reports it). */
function compileTransform(transform: (value: unknown, payload: unknown) => unknown): Parse {
  let failed = false;
  const payload = { value: undefined as unknown, issues: [] as unknown[], addIssue: () => { failed = true; } };
  return (value) => {
    failed = false;
    payload.value = value;
    const result = transform(value, payload);
    if (failed || payload.issues.length > 0) { payload.issues = []; return FAIL; }
    return result instanceof Promise ? FAIL : result;
  };
}

/** How a field treats absence, as zod's object parser decides it from the field schema. */
type Presence = 'optional' | 'defaulted' | 'required';

function presenceOf(schema: z.ZodType): Presence | undefined {
  const { optin, optout } = internals(schema);
  if (optin === undefined) return 'required';
  if (optin === 'optional' && optout === 'optional') return 'optional';
  if (optin === 'defaulted' && optout === undefined) return 'defaulted';
  return undefined;
}

/**
 * An object parser is generated as code, one statement per field, as zod's own object parser is: each field is
 * then read and written through its own property site (a shared loop over field names makes every write a slow,
 * generic one). Keys are embedded as JSON string literals.
 */
function compileObject(shape: Record<string, z.ZodType>, catchall: z.ZodType | undefined): Parse | undefined {
  // Strict objects (catchall never) refuse unknown keys, plain ones drop them; other catchalls are zod's.
  const strict = catchall !== undefined;
  if (strict && internals(catchall).def.type !== 'never') return undefined;
  const fields: Array<{ key: string; parse: Parse; presence: Presence }> = [];
  // Symbol keys, and keys every object has (toString…: `in` finds them, for-in does not), are zod's.
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  for (const key of Object.keys(shape)) {
    const presence = presenceOf(shape[key]!);
    if (!presence || key in Object.prototype) return undefined;
    fields.push({ key, parse: compile(shape[key]!), presence });
  }
  const statements = fields.map(({ key, presence }, i) => {
    const name = JSON.stringify(key);
    const assign = `result = parse${i}(value[${name}]); if (result === FAIL) return FAIL; out[${name}] = result;`;
    // zod leaves out an absent optional field, needs a required one, and fills in a default.
    if (presence === 'optional') return `if (${name} in value) { seen++; ${assign} }`;
    if (presence === 'required') return `if (!(${name} in value)) return FAIL; seen++; ${assign}`;
    return `if (${name} in value) seen++; ${assign}`;
  });
  const source = `return function parseObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAIL;
    const out = {};
    let result, seen = 0;
    ${statements.join('\n    ')}
    ${strict ? 'let keys = 0; for (const key in value) keys++; if (keys !== seen) return FAIL;' : ''}
    return out;
  };`;
  try {
    const factory = new Function('FAIL', ...fields.map((_, i) => `parse${i}`), source) as (...args: unknown[]) => Parse;
    return factory(FAIL, ...fields.map((field) => field.parse));
  } catch {
    return undefined; // code generation not allowed here: zod parses the object
  }
}
