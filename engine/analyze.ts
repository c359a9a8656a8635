import type { AdapterCard, SiteAdapter } from '../sites/types';
import { cardSummaries } from './cards';
import { extractPosting } from './extract/index';
import { gigField } from './gig/detect';
import { postingLines } from './lines/roles';
import { taskStatement } from './lines/statement';
import { classify, LEXICON, type Classifier } from './rules/classify';
import { withPostingContext } from './rules/context';
import { summarize } from './rules/summarize';
import { skillIds } from './skills/extract';
import { postingSkills } from './skills/posting';
import { dutySegments, MAX_TASK_CHARS } from './tasks/segment';
import { matchTitle } from './titles/match';
import type { AnalysedTask, Analysis, CardSummary, ExposureSummary, Posting, PostingLine, Source } from './types';

/** The adapter's job cards on the page; none when there is no adapter or its finder fails. */
export function findCardsSafely(doc: Document, url: string, adapter: SiteAdapter | null): AdapterCard[] {
  if (!adapter) return [];
  try {
    return adapter.findCards(doc, new URL(url));
  } catch {
    return [];
  }
}

/**
 * Duties nothing of their own spoke for take the lean of the duties that could be told, or — when none
 * could — the title's occupation prior; they stay `unclear` and keep the reason that says so.
 */
function withLean(tasks: AnalysedTask[], title: string): AnalysedTask[] {
  if (!tasks.some((t) => t.unclear)) return tasks;
  const clear = summarize(tasks.filter((t) => !t.unclear));
  const lean: ExposureSummary | null = clear ?? (title.trim() ? (matchTitle(title)?.exposure ?? null) : null);
  if (!lean) return tasks;
  const exposure = lean.label === 'human-led' ? Math.min(lean.score, 0.4999) : Math.max(lean.score, 0.5);
  return tasks.map((t) => (t.unclear ? { ...t, label: lean.label, exposure } : t));
}

/** Each line of one role, once, as the lists of the analysis show them. */
function linesOf(lines: readonly PostingLine[], role: PostingLine['role']): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    if (line.role !== role || seen.has(line.text)) continue;
    seen.add(line.text);
    out.push(line.text.length > MAX_TASK_CHARS ? `${line.text.slice(0, MAX_TASK_CHARS)}…` : line.text);
  }
  return out;
}

/** Line roles, duties classified, requirements with their skills, and the posting's exposure for a posting already read. */
export function analyzePosting(posting: Posting, source: Source, url: string, classifyTask: Classifier = classify): Analysis {
  const lines = postingLines(posting);
  const alone: AnalysedTask[] = dutySegments(lines).map(({ text, section }) => ({ ...classifyTask(taskStatement(text)), text, section }));
  const tasks = withLean(withPostingContext(alone, LEXICON.context), posting.title);
  const requirements = linesOf(lines, 'requirement').map((text) => ({ text, skills: skillIds(text) }));
  const { title, company, location, language } = posting;
  return {
    url,
    kind: 'posting',
    source,
    posting: { title, company, location, language },
    tasks,
    requirements,
    benefits: linesOf(lines, 'benefit').map((text) => ({ text })),
    lines,
    exposure: summarize(tasks),
    cards: [],
    skills: postingSkills(title, [...requirements.map((r) => r.text), ...tasks.map((t) => t.text)]),
    ...gigField(posting),
  };
}

/** A page's analysis, with the board's id of the job on screen (never sent or stored: it only links the posting to its card). */
export interface PageAnalysis {
  analysis: Analysis;
  jobId: string | null;
}

/**
 * The whole page: the posting on screen (if any) analysed, plus the job cards of a listing. A caller that
 * has already found the cards (the content script badges them too) passes them so they are found once.
 */
export function analyzePage(
  doc: Document,
  url: string,
  adapter: SiteAdapter | null,
  classifyTask: Classifier = classify,
  found: readonly AdapterCard[] = findCardsSafely(doc, url, adapter),
): PageAnalysis {
  const cards: CardSummary[] = cardSummaries(found);
  const read = extractPosting(doc, url, adapter);
  if (read.ok) return { analysis: { ...analyzePosting(read.posting, read.source, url, classifyTask), cards }, jobId: read.jobId };
  const empty = { url, source: null, posting: null, tasks: [], requirements: [], benefits: [], lines: [], exposure: null, cards, skills: [] };
  if (cards.length > 0) return { analysis: { ...empty, kind: 'listing' }, jobId: null };
  return { analysis: { ...empty, kind: read.kind, reason: read.reason }, jobId: null };
}

/** The page's Analysis alone (what the CLI and the side panel see). */
export const analyzeDocument = (...args: Parameters<typeof analyzePage>): Analysis => analyzePage(...args).analysis;
