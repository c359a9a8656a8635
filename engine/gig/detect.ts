import { GIG_ASPECTS, type GigAspect, type GigKind, type GigReport, type Posting } from '../types';
import { FACTS, LINKS, TRIGGERS } from './data';

/** Weights of the triggers found add up; one clear phrase (or two hints) flags a posting. */
export const GIG_THRESHOLD = 1;
const CONTEXT = 40;

/** The matched words with a little of their line around them, so the reader sees them in place. */
function snippet(line: string, at: number, length: number): string {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(line.length, at + length + CONTEXT);
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}

function findIn(lines: string[], re: RegExp): { phrase: string; words: string } | null {
  for (const line of lines) {
    const m = re.exec(line);
    if (m) return { phrase: snippet(line, m.index, m[0].length), words: m[0] };
  }
  return null;
}

/** Whether a posting reads as gig, platform, freelance, contract or agency work, and what it says and omits on the terms. */
export function detectGig(posting: Pick<Posting, 'title' | 'sections' | 'language'>): GigReport | null {
  const lines = [posting.title, ...posting.sections.flatMap((s) => [s.heading ?? '', ...s.lines])].filter(Boolean);
  const triggers: GigReport['triggers'] = [];
  let weight = 0;
  for (const trigger of TRIGGERS) {
    const found = findIn(lines, trigger.re);
    if (!found) continue;
    triggers.push({ id: trigger.id, kind: trigger.kind, phrase: found.words });
    weight += trigger.weight;
  }
  if (weight < GIG_THRESHOLD) return null;

  const says: GigReport['says'] = [];
  const covered = new Set<GigAspect>();
  for (const fact of FACTS) {
    if (covered.has(fact.aspect)) continue;
    const found = findIn(lines, fact.re);
    if (!found) continue;
    covered.add(fact.aspect);
    says.push({ aspect: fact.aspect, value: fact.value, phrase: found.phrase });
  }
  const zh = String(posting.language).startsWith('zh') || lines.some((l) => /[\u4e00-\u9fff]/.test(l));
  const lang = zh ? 'zh' : 'en';
  return {
    kinds: [...new Set<GigKind>(triggers.map((t) => t.kind))],
    triggers,
    says,
    omits: GIG_ASPECTS.filter((a) => !covered.has(a)),
    links: LINKS.filter((l) => l.lang === lang || l.lang === 'any').map(({ id, url, title }) => ({ id, url, title })),
  };
}

/** `{ gig }` for a flagged posting, nothing otherwise: the Analysis field stays absent on ordinary postings. */
export function gigField(posting: Pick<Posting, 'title' | 'sections' | 'language'>): { gig?: GigReport } {
  const gig = detectGig(posting);
  return gig ? { gig } : {};
}
