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
  const matcher: Matcher = { rules, needs: new Uint8Array(rules.length), tokens: new Map(), chars: new Map() };
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

function fired(matcher: Matcher, hits: Uint8Array): number[] {
  const out: number[] = [];
  for (let index = 0; index < hits.length; index++) {
    const mask = hits[index] ?? 0;
    if (mask === 0) continue;
    const need = matcher.needs[index] ?? 0;
    if (mask & PHRASE || (need !== 0 && (mask & need) === need)) out.push(index);
  }
  return out;
}

/** Indexes of the rules whose match holds for these English tokens. */
export function matchTokens(matcher: Matcher, tokens: string[]): number[] {
  const hits = new Uint8Array(matcher.rules.length);
  const verbsHere: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entries = matcher.tokens.get(tokens[i] ?? '');
    if (!entries) continue;
    for (const { rest, rule, slot } of entries) {
      let ok = true;
      for (let j = 0; j < rest.length && ok; j++) ok = tokens[i + 1 + j] === rest[j];
      if (!ok) continue;
      // An object counts only after its verb ("write reports"), never as its own verb ("test … tests").
      if (slot === VERB) verbsHere.push(rule);
      else if (slot === PHRASE || (hits[rule] ?? 0) & VERB || !(matcher.needs[rule]! & VERB))
        hits[rule] = (hits[rule] ?? 0) | slot;
    }
    for (const rule of verbsHere) hits[rule] = (hits[rule] ?? 0) | VERB;
    verbsHere.length = 0;
  }
  return fired(matcher, hits);
}

/** Indexes of the rules with a term inside this (lower-cased) Chinese text. */
export function matchChars(matcher: Matcher, text: string): number[] {
  const hits = new Uint8Array(matcher.rules.length);
  for (let i = 0; i < text.length; i++) {
    const entries = matcher.chars.get(text.charAt(i));
    if (!entries) continue;
    for (const { term, rule, slot } of entries) {
      if (text.startsWith(term, i)) hits[rule] = (hits[rule] ?? 0) | slot;
    }
  }
  return fired(matcher, hits);
}
