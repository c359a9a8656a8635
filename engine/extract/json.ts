// JSON a page carries (JSON-LD, data a page script assigns), read with plain checks: this runs in the content
// script, where building schemas cost every matched page milliseconds before it read anything.

export type Fields = Record<string, unknown>;

export const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object at `path` inside `v`, or null when any step is missing or not an object. */
export function fieldsAt(v: unknown, ...path: string[]): Fields | null {
  let at = v;
  for (const key of path) at = isFields(at) ? at[key] : undefined;
  return isFields(at) ? at : null;
}

/** A string, or null when absent or anything else. */
export const stringOr = (v: unknown): string | null => (typeof v === 'string' ? v : null);
