import { postingLines } from '../lines/roles';
import { DUTY_VERBS } from '../lines/units';
import { stem } from '../rules/tokenize';
import { hasHan, KANA } from '../text';
import type { Posting, PostingLine, SectionKind } from '../types';

export interface Segment {
  text: string;
  section: SectionKind;
}

export const MAX_TASKS = 80;
export const MAX_TASK_CHARS = 300;

// Two words name work when one is a noun of doing: "Bank reconciliations", "Riconciliazioni bancarie", "Cash handling".
const DOING = /(?:tions?|zion[ei]|ci[oó]n(?:es)?|ç[ãõ]o(?:es)?|ings?|ments?|mento|miento)$/i;

/** A fragment too short to be a task ("Misc", "Python", "Team player", "経理"): never classified, whatever its role. */
function isTooShort(text: string): boolean {
  // "プルリクエストのコードレビュー" is written in kana, without spaces, as Chinese is in Han.
  if (hasHan(text) || KANA.test(text)) return text.replace(/[\s\p{P}]/gu, '').length < 4;
  // ("Greets customers.": the full stop ends the line, it is no part of the object.)
  const words = text.replace(/[.;!]+$/, '').split(' ');
  // "Build racks", "Tag plants", "Mop floors": a duty verb and its object, however short.
  if (words.length === 2 && /^[a-z]{3,}$/i.test(words[1]!) && DUTY_VERBS.has(stem(words[0]!.toLowerCase()))) return false;
  return text.length < 12 || words.length < 2 || (words.length === 2 && !words.some((w) => DOING.test(w)));
}

function truncate(text: string): string {
  if (text.length <= MAX_TASK_CHARS) return text;
  const cut = text.slice(0, MAX_TASK_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TASK_CHARS * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The tasks among lines already read: each duty once, cut to MAX_TASK_CHARS, at most MAX_TASKS, in page order. */
export function dutySegments(lines: readonly PostingLine[]): Segment[] {
  const out: Segment[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.role !== 'duty' || isTooShort(line.text)) continue;
    const text = truncate(line.text);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, section: line.section });
    if (out.length >= MAX_TASKS) break;
  }
  return out;
}

/** A posting's duties as task statements, in page order (requirements, benefits and the rest are left out). */
export function segmentPosting(posting: Posting): Segment[] {
  return dutySegments(postingLines(posting));
}
