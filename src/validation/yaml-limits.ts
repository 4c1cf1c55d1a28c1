/**
 * Limits of the YAML readers (yaml-subset.ts, yaml-source.ts), far above real content: the nesting of lists and
 * mappings in a real file is about 8 levels.
 */
export const MAX_NESTING_DEPTH = 64;

/** Syntax errors listed per file: after these, later errors are mostly consequences of the first ones. */
export const MAX_YAML_ERRORS = 20;

/**
 * Longest text (in characters) the `yaml` package parses: it reports every error with its position, but garbage
 * costs it about 5 µs a byte (a broken 2 MB file took 10-35 s). Longer texts get js-yaml's first error.
 * Real files are at most about 100 KB.
 */
export const FULL_PARSE_MAX_LENGTH = 256 * 1024;
