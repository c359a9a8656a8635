import type { AdapterCard, SiteAdapter } from '../sites/types';
import { cardSummaries } from './cards';
import { extractPosting } from './extract/index';
import { gigField } from './gig/detect';
import { classify, LEXICON, type Classifier } from './rules/classify';
import { withPostingContext } from './rules/context';
import { summarize } from './rules/summarize';
import { postingSkills } from './skills/posting';
import { segmentPosting } from './tasks/segment';
import type { AnalysedTask, Analysis, CardSummary, Posting, Source } from './types';

/** The adapter's job cards on the page; none when there is no adapter or its finder fails. */
export function findCardsSafely(doc: Document, url: string, adapter: SiteAdapter | null): AdapterCard[] {
  if (!adapter) return [];
  try {
    return adapter.findCards(doc, new URL(url));
  } catch {
    return [];
  }
}

/** Tasks, labels and the posting's exposure for a posting already read. */
export function analyzePosting(posting: Posting, source: Source, url: string, classifyTask: Classifier = classify): Analysis {
  const alone: AnalysedTask[] = segmentPosting(posting).map(({ text, section }) => ({
    ...classifyTask(text),
    section,
  }));
  const tasks = withPostingContext(alone, LEXICON.context);
  const { title, company, location, language } = posting;
  return {
    url,
    kind: 'posting',
    source,
    posting: { title, company, location, language },
    tasks,
    exposure: summarize(tasks),
    cards: [],
    skills: postingSkills(title, tasks.map((t) => t.text)),
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
  const empty = { url, source: null, posting: null, tasks: [], exposure: null, cards, skills: [] };
  if (cards.length > 0) return { analysis: { ...empty, kind: 'listing' }, jobId: null };
  return { analysis: { ...empty, kind: read.kind, reason: read.reason }, jobId: null };
}

/** The page's Analysis alone (what the CLI and the side panel see). */
export const analyzeDocument = (...args: Parameters<typeof analyzePage>): Analysis => analyzePage(...args).analysis;
