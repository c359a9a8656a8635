/** Readability's source without its debug logging (scripts/quiet-readability-source.mjs). */
export function quietReadability(code: string): string;
