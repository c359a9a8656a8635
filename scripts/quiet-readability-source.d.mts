/** Readability's source without its debug logging (scripts/quiet-readability-source.mjs). */
export function quietReadability(code: string): string;
/** Readability's source with less DOM work for the same answers (scripts/quiet-readability-source.mjs). */
export function leanReadability(code: string): string;
/** How many of leanReadability's replacements the library's source `code` takes, of LEAN_COUNT. */
export function leanReplacements(code: string): number;
export const LEAN_COUNT: number;
