/** Readability's source without its debug logging (scripts/quiet-readability-source.mjs). */
export function quietReadability(code: string): string;
/** Readability's source with less DOM work for the same answers (scripts/quiet-readability-source.mjs). */
export function leanReadability(code: string): string;
/** How many of leanReadability's replacements the library's source `code` takes, of LEAN_COUNT. */
export function leanReplacements(code: string): number;
export const LEAN_COUNT: number;
/** Readability's source with the bodies of the methods SkillShift never needs emptied (scripts/quiet-readability-source.mjs). */
export function idleReadability(code: string): string;
/** How many of idleReadability's methods the library's source `code` has as expected, of IDLE_COUNT. */
export function idleMethods(code: string): number;
export const IDLE_COUNT: number;
/** Readability's source without the patterns of its REGEXPS table that nothing in `code` reads (scripts/quiet-readability-source.mjs). */
export function withoutUnusedPatterns(code: string): string;
/** The names of the patterns withoutUnusedPatterns drops from `code`. */
export function unusedPatterns(code: string): string[];
/** Readability's source without the constant lists nothing in `code` reads (scripts/quiet-readability-source.mjs). */
export function withoutUnusedLists(code: string): string;
/** The names of the constant lists withoutUnusedLists drops from `code`. */
export function unusedLists(code: string): string[];
/** Readability as the extension's and the CLI's bundles carry it: quiet, lean, idle, without unused patterns, its own members' names short. */
export function bundledReadability(code: string): Promise<string>;
