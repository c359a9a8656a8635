import type { Rule } from './schema';
import { tokenize } from './tokenize';

/** Which part of a rule's match a term belongs to; a bit in the per-rule hit mask. */
export const PHRASE = 1;
export const VERB = 2;
export const OBJECT = 4;

interface TokenEntry {
  rest: string[];
  rule: number;
  slot: number;
}
interface CharEntry {
  term: string;
  rule: number;
  slot: number;
}

export interface Matcher {
  rules: Rule[];
  /** Hit mask a rule needs from verbs/objects (0 = phrases only). */
  needs: Uint8Array;
  /** EN: keyed by a term's first stemmed token. */
  tokens: Map<string, TokenEntry[]>;
  /** ZH: keyed by a term's first character; terms match as substrings. */
  chars: Map<string, CharEntry[]>;
  /** Per-call scratch (hit masks, zeroed again after each call), so matching allocates little. */
  hits: Uint8Array;
  touched: number[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function terms(rule: Rule): [string, number][] {
  const { phrases = [], verbs = [], objects = [] } = rule.match;
  return [
    ...phrases.map((t): [string, number] => [t, PHRASE]),
    ...verbs.map((t): [string, number] => [t, VERB]),
    ...objects.map((t): [string, number] => [t, OBJECT]),
  ];
}

export function compile(rules: Rule[]): Matcher {
  const matcher: Matcher = {
    rules,
    needs: new Uint8Array(rules.length),
    tokens: new Map(),
    chars: new Map(),
    hits: new Uint8Array(rules.length),
    touched: [],
  };
  rules.forEach((rule, index) => {
    matcher.needs[index] = (rule.match.verbs ? VERB : 0) | (rule.match.objects ? OBJECT : 0);
    for (const [term, slot] of terms(rule)) {
      if (rule.lang !== 'zh') {
        const [first, ...rest] = tokenize(term);
        if (first !== undefined) push(matcher.tokens, first, { rest, rule: index, slot });
      }
      if (rule.lang !== 'en') {
        const lower = term.toLowerCase();
        push(matcher.chars, lower.charAt(0), { term: lower, rule: index, slot });
      }
    }
  });
  return matcher;
}

function mark(matcher: Matcher, rule: number, slot: number): void {
  if (matcher.hits[rule] === 0) matcher.touched.push(rule);
  matcher.hits[rule]! |= slot;
}

/** The touched rules whose match holds, in rule order; clears the scratch. */
function fired(matcher: Matcher): number[] {
  const { hits, touched } = matcher;
  const out: number[] = [];
  touched.sort((a, b) => a - b);
  for (const index of touched) {
    const mask = hits[index]!;
    const need = matcher.needs[index]!;
    if (mask & PHRASE || (need !== 0 && (mask & need) === need)) out.push(index);
    hits[index] = 0;
  }
  touched.length = 0;
  return out;
}

const verbsHere: number[] = [];

/** Indexes of the rules whose match holds for these English tokens. */
export function matchTokens(matcher: Matcher, tokens: string[]): number[] {
  const hits = matcher.hits;
  for (let i = 0; i < tokens.length; i++) {
    const entries = matcher.tokens.get(tokens[i] ?? '');
    if (!entries) continue;
    for (let e = 0; e < entries.length; e++) {
      const { rest, rule, slot } = entries[e]!;
      let ok = true;
      for (let j = 0; j < rest.length && ok; j++) ok = tokens[i + 1 + j] === rest[j];
      if (!ok) continue;
      // An object counts only after its verb ("write reports"), never as its own verb ("test … tests").
      if (slot === VERB) verbsHere.push(rule);
      else if (slot === PHRASE || hits[rule]! & VERB || !(matcher.needs[rule]! & VERB)) mark(matcher, rule, slot);
    }
    for (const rule of verbsHere) mark(matcher, rule, VERB);
    verbsHere.length = 0;
  }
  return fired(matcher);
}

/** Indexes of the rules with a term inside this (lower-cased) Chinese text. */
export function matchChars(matcher: Matcher, text: string): number[] {
  for (let i = 0; i < text.length; i++) {
    const entries = matcher.chars.get(text.charAt(i));
    if (!entries) continue;
    for (const { term, rule, slot } of entries) {
      if (text.startsWith(term, i)) mark(matcher, rule, slot);
    }
  }
  return fired(matcher);
}
