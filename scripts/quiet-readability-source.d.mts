/** Readability's source without its debug logging (scripts/quiet-readability-source.mjs). */
export function quietReadability(code: string): string;
/** Readability's source keeping its copy of the page as cloned nodes, not markup (scripts/quiet-readability-source.mjs). */
export function clonedPageCache(code: string): string;
