import type { Occupation } from './schema';
import { titleSegments } from './normalize';

/** An alias's match key: its cleaned segments joined, as a title's are at lookup time. */
export const aliasKeyOf = (alias: string): string => titleSegments(alias).join(' ');

/**
 * The aliases whose key is not simply their lower case ("Sr. Accountant" → "accountant"). Cleaning every
 * alias costs tens of ms on each page's first card pass; with these precomputed it is a lower-casing.
 */
export function computeAliasKeys(occupations: Occupation[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of occupations)
    for (const alias of [o.en, o.zh, ...o.aliases]) {
      const key = aliasKeyOf(alias);
      if (key !== alias.toLowerCase()) out[alias] = key;
    }
  return out;
}

export const serializeAliasKeys = (keys: Record<string, string>): string => `${JSON.stringify(keys, null, 2)}\n`;
