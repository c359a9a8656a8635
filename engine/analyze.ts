import type { SiteAdapter } from '../sites/types';
import { extractPosting } from './extract/index';
import { classify } from './rules/classify';
import { summarize } from './rules/summarize';
import { postingSkills } from './skills/posting';
import { segmentPosting } from './tasks/segment';
import type { AnalysedTask, Analysis, CardSummary, Posting, Source } from './types';

function cardsOf(doc: Document, url: string, adapter: SiteAdapter | null): CardSummary[] {
  if (!adapter) return [];
  try {
    return adapter.findCards(doc, new URL(url)).map((card) => ({
      id: card.id,
      title: card.title,
      company: card.company,
      exposure: null,
      label: null,
    }));
  } catch {
    return [];
  }
}

/** Tasks, labels and the posting's exposure for a posting already read. */
export function analyzePosting(posting: Posting, source: Source, url: string): Analysis {
  const tasks: AnalysedTask[] = segmentPosting(posting).map(({ text, section }) => ({
    ...classify(text),
    section,
  }));
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
  };
}

/** The whole page: the posting on screen (if any) analysed, plus the job cards of a listing. */
export function analyzeDocument(doc: Document, url: string, adapter: SiteAdapter | null): Analysis {
  const cards = cardsOf(doc, url, adapter);
  const read = extractPosting(doc, url, adapter);
  if (read.ok) return { ...analyzePosting(read.posting, read.source, url), cards };
  const empty = { url, source: null, posting: null, tasks: [], exposure: null, cards, skills: [] };
  if (cards.length > 0) return { ...empty, kind: 'listing' };
  return { ...empty, kind: read.kind, reason: read.reason };
}
