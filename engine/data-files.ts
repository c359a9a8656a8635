import type { z } from 'zod';

/**
 * A shipped data file read as its schema's type without parsing it again. Every such file is checked by the
 * build and the tests (scripts/data-check.ts: it must parse, and parse to itself), so a page doesn't pay for
 * Zod on each load — the lexicon alone took ≈15–20 ms.
 */
export function checkedData<T>(json: unknown): T {
  return json as T;
}

/** Parses one data file against its schema; throws naming the file and the first problem. */
export function parseDataFile<S extends z.ZodType>(schema: S, json: unknown, path: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}
