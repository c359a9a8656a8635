import { SKILLS } from './taxonomy';
import { isLatin, termKey, termsOf, type Term } from './terms';
import type { Skill } from './schema';
import { pushTo } from '../group';
import { simplifiedUnlessJapanese } from '../traditional';

export interface FoundSkill {
  id: string;
  en: string;
  zh: string;
  /** The text as written in the input. */
  matched: string;
  /** UTF-16 offset of `matched` in the input. */
  index: number;
}

interface Hit {
  term: Term;
  start: number;
  end: number;
}

// Terms grouped by their first Latin word or first character, longest first; built on the first scan, so a
// page that reads no posting doesn't pay for it.
let index: Map<string, Term[]> | undefined;
function termIndex(): Map<string, Term[]> {
  if (index) return index;
  index = new Map();
  for (const term of SKILLS.flatMap(termsOf)) {
    const key = termKey(term.text);
    pushTo(index, key, term);
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
}

const LANGUAGE_CLUSTERS = new Set<Skill['cluster']>(['software', 'data', 'ai']);
const SPACE = /[\s\-_]/;
// "and"/"or" in the languages postings mix in too: "Word et Excel", "Word y Excel", "Word e Excel", "Word und Excel".
const LIST_GAP = /^\s*(?:[,，、/|;；&]|and|or|et|ou|y|o|e|und|oder|和|及|与|或)?\s*(?:[,，、/|]\s*)?(?:and\s+|or\s+)?$/;
const LEAD_IN = /(?:\b(?:in|using|with|of)\s+|[(（：:]\s*|(?:使用|掌握|熟悉|精通|会用|运用)\s*)$/;

function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const low = text.charAt(i).toLowerCase();
    out += low.length === 1 ? low : text.charAt(i);
  }
  return out;
}

/** End offset of `term` at `at` in `src`, a space in the term standing for any run of spaces or hyphens; -1 if absent. */
function matchAt(src: string, at: number, term: string): number {
  let i = at;
  for (let t = 0; t < term.length; t++) {
    const want = term.charCodeAt(t);
    if (want === 32) {
      if (!SPACE.test(src.charAt(i))) return -1;
      while (SPACE.test(src.charAt(i))) i++;
    } else if (src.charCodeAt(i) === want) i++;
    else return -1;
  }
  return i;
}

// A letter of a Latin-script word beyond ASCII ("é", "ü"): "mes" is no name inside "problèmes".
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/;
const inWord = (ch: string): boolean => isLatin(ch) || ACCENTED.test(ch);

/** Whether the match ends where a word ends: "Java" not in "JavaScript", "C" not in "C#" or "C++". */
function endsCleanly(text: string, term: Term, end: number): boolean {
  if (!isLatin(term.text.charAt(term.text.length - 1))) return true;
  const next = text.charAt(end);
  if (inWord(next) || next === '#' || next === '+') return false;
  if (next === '.' && /[a-z0-9]/.test(text.charAt(end + 1))) return false;
  if (term.mode === 'list-only' && /^[-&'’]/.test(next)) return false;
  return true;
}

/** Chinese or Japanese script, or their punctuation ("、", "，"). */
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * A name in Chinese text: a CJK character or mark just before it or just after it, spaces aside
 * ("办公软件word、excel"). There a name whose case matters in English ("Excel", "Word", "PPT") is a product in any case
 * (a name trusted only in a list still needs its list).
 */
function inCjk(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (text.charAt(before) === ' ') before--;
  let after = end;
  while (text.charAt(after) === ' ') after++;
  return CJK.test(text.charAt(before)) || CJK.test(text.charAt(after));
}

function longestAt(index: Map<string, Term[]>, text: string, lower: string, at: number, key: string): Hit | null {
  for (const term of index.get(key) ?? []) {
    let end = matchAt(term.mode === 'any-case' ? lower : text, at, term.text);
    if (end < 0 && term.mode !== 'any-case') {
      const loose = matchAt(lower, at, term.text.toLowerCase());
      if (loose > at && inCjk(text, at, loose)) end = loose;
    }
    if (end > at && endsCleanly(text, term, end)) return { term, start: at, end };
  }
  return null;
}

function isWordStart(text: string, i: number): boolean {
  const prev = text.charAt(i - 1);
  if (inWord(prev)) return false;
  // "js" in "Node.js", "g" in "e.g."
  return !(prev === '.' && isLatin(text.charAt(i - 2)));
}

function scan(text: string): Hit[] {
  const index = termIndex();
  const lower = lowerKeepingOffsets(text);
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    let hit: Hit | null = null;
    if (isLatin(text.charAt(i))) {
      if (isWordStart(text, i)) {
        let j = i + 1;
        while (isLatin(text.charAt(j))) j++;
        hit = longestAt(index, text, lower, i, lower.slice(i, j));
      }
    } else if (index.has(text.charAt(i)) && !(text.charAt(i) === '.' && isLatin(text.charAt(i - 1)))) {
      hit = longestAt(index, text, lower, i, text.charAt(i));
    }
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}

/** A name that vouches for a list-only neighbour: a language or data/AI skill, or a product ("AutoCAD、PS、PPT"). */
function vouchesForList(hit: Hit): boolean {
  return hit.term.mode !== 'list-only' && (LANGUAGE_CLUSTERS.has(hit.term.skill.cluster) || hit.term.skill.parent !== undefined);
}

/** Short names ("R", "Go", "C", "PS", "Word") count only beside another language or product in a list, or after "in"/"using"/"with"/"使用". */
function keepListOnly(text: string, hits: Hit[]): Hit[] {
  const ok = hits.map((h) => h.term.mode !== 'list-only');
  const gapOk = (a: Hit, b: Hit) => b.start - a.end <= 12 && LIST_GAP.test(text.slice(a.end, b.start));
  for (let changed = true; changed; ) {
    changed = false;
    hits.forEach((hit, i) => {
      if (ok[i]) return;
      const prev = hits[i - 1];
      const next = hits[i + 1];
      const byNeighbour =
        (prev !== undefined && (ok[i - 1] ?? false) && (vouchesForList(prev) || prev.term.mode === 'list-only') && gapOk(prev, hit)) ||
        (next !== undefined && (ok[i + 1] ?? false) && (vouchesForList(next) || next.term.mode === 'list-only') && gapOk(hit, next));
      const byLeadIn = LEAD_IN.test(text.slice(Math.max(0, hit.start - 8), hit.start)) && /^\s*(?:$|[.,;:)，。；）、/])/.test(text.slice(hit.end, hit.end + 2));
      if (byNeighbour || byLeadIn) {
        ok[i] = true;
        changed = true;
      }
    });
  }
  return hits.filter((_, i) => ok[i]);
}

/** Every mention of a known skill, in text order (EN and ZH; word boundaries and near-names respected). */
export function findSkills(text: string): FoundSkill[] {
  // Traditional characters (資料庫) are matched as simplified ones, one for one: the offsets hold for `text`.
  const read = simplifiedUnlessJapanese(text);
  return keepListOnly(read, scan(read)).map(({ term, start, end }) => ({
    id: term.skill.id,
    en: term.skill.en,
    zh: term.skill.zh,
    matched: text.slice(start, end),
    index: start,
  }));
}

/** Ids of the skills mentioned, each once, in order of first mention. */
export function skillIds(text: string): string[] {
  return [...new Set(findSkills(text).map((f) => f.id))];
}
