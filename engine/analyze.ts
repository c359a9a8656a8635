import type { SiteAdapter } from './adapter';
import { cardSummaries, NO_CORRECTIONS, readTitle, type TitleCorrections } from './cards';
import { gigField } from './gig/detect';
import { linesSaidAsWork, postingLines, staffSpokenOf } from './lines/roles';
import { statementFor } from './lines/statement';
import { classify, postingContextFor, type Classifier } from './rules/classify';
import { withPostingContext } from './rules/context';
import { withLiaisonLean, withMainVerb } from './rules/main-verb';
import { summarize } from './rules/summarize';
import { skillIds } from './skills/extract';
import { postingSkills } from './skills/posting';
import { dutySegments, MAX_TASK_CHARS } from './tasks/segment';
import { findCards, readPage, type CardsFound } from './read';
import { NO_DUTIES_IN_TEXT } from './extract';
import { pageDataPosting } from './extract/page-data';
import type { AnalysedTask, Analysis, ExposureSummary, Label, PageRead, Posting, PostingLine, Source } from './types';

export { findCards } from './read';

// The title's occupation speaks in the lean as this many told duties would, split as its tasks are: a dental
// hygienist's "Apply fluoride and sealants" leans human-led though the one told duty of three that charts notes is desk work.
const PRIOR_DUTIES = 3;

/** Whether the told duties, with the title's occupation as PRIOR_DUTIES more split as its tasks are, are at least half
 * human-led: a duty nothing spoke for is most often one whose words the lexicon doesn't know (a trade's, a gloss's gap). */
function halfHumanOrMore(clear: ExposureSummary, prior: ExposureSummary | null): boolean {
  const { counts } = clear;
  if (!prior) return counts['human-led'] >= counts.automatable + counts.augmentable;
  const p = prior.counts;
  const human = (PRIOR_DUTIES * p['human-led']) / Math.max(1, p['human-led'] + p.automatable + p.augmentable);
  return counts['human-led'] + human >= counts.automatable + counts.augmentable + PRIOR_DUTIES - human;
}

/**
 * Duties nothing of their own spoke for take the lean of the duties that could be told, with the title's
 * occupation prior as a few more (alone when none could be told); they stay `unclear` and keep the reason that says so.
 */
export function withLean(tasks: AnalysedTask[], prior: ExposureSummary | null): AnalysedTask[] {
  if (!tasks.some((t) => t.unclear)) return tasks;
  const clear = summarize(tasks.filter((t) => !t.unclear));
  const lean: ExposureSummary | null = clear ?? prior;
  if (!lean) return tasks;
  // Most of the told duties, not their mean, set the lean: 14 human-led duties beside 8 exposed ones that
  // average 0.51 lean human-led.
  const { automatable, augmentable } = lean.counts;
  const human = clear ? halfHumanOrMore(clear, prior) : lean.label === 'human-led';
  const label: Label = human ? 'human-led' : lean.label === 'human-led' ? (automatable > augmentable ? 'automatable' : 'augmentable') : lean.label;
  const exposure = human ? Math.min(lean.score, 0.4999) : Math.max(lean.score, 0.5);
  return tasks.map((t) => (t.unclear ? { ...t, label, exposure } : t));
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
export function analyzePosting(posting: Posting, source: Source, url: string, classifyTask: Classifier = classify, corrections: TitleCorrections = NO_CORRECTIONS): Analysis {
  const lines = postingLines(posting);
  const reading = readTitle(posting.title, corrections);
  const duties = dutySegments(lines).map((duty) => ({ ...duty, statement: statementFor(duty.text, posting.language) }));
  const alone: AnalysedTask[] = duties.map(({ text, section, statement }) => ({ ...classifyTask(statement), text, section }));
  // A duty whose main clause plainly says what it is keeps that label, whatever the rest of the posting leans to.
  const told = withPostingContext(alone, postingContextFor(posting.language)).map((task, i) => withMainVerb(task, duties[i]!.statement));
  const tasks = withLean(withLiaisonLean(told, duties.map((d) => d.statement)), reading?.exposure ?? null);
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
    ...(reading ? { occupation: reading.occupation } : {}),
    ...gigField(posting),
  };
}

/** The analysis of a page already read (in the background, from what the content script sent). */
export function analyzeRead(read: PageRead, classifyTask: Classifier = classify, corrections: TitleCorrections = NO_CORRECTIONS): Analysis {
  const cards = cardSummaries(read.cards, corrections);
  const reported = read.adapterError ? { adapterError: read.adapterError } : {};
  const empty = { url: read.url, source: null, posting: null, tasks: [], requirements: [], benefits: [], lines: [], exposure: null, cards, skills: [], ...reported };
  if (read.posting && read.source) {
    const analysis = { ...analyzePosting(read.posting, read.source, read.url, classifyTask, corrections), cards, ...reported };
    // A main text under no duty or requirement heading is a posting when its lines list the work, said as work, and
    // do not speak of the title's holders as the employer's own staff.
    if (read.source !== 'unheaded' || (analysis.tasks.length >= MIN_UNHEADED_DUTIES && linesSaidAsWork(read.posting) >= MIN_UNHEADED_DUTIES && !staffSpokenOf(read.posting.title, analysis.lines))) return analysis;
    return { ...empty, kind: 'none', reason: NO_DUTIES_IN_TEXT };
  }
  if (read.kind === 'listing') return { ...empty, kind: 'listing' };
  return { ...empty, kind: read.kind, ...(read.reason === undefined ? {} : { reason: read.reason }) };
}

/** Duties a main text with no duty or requirement heading must list to be read as a posting ("Fill orders…", "Prepare…"). */
export const MIN_UNHEADED_DUTIES = 3;

/** A page's analysis, with the board's id of the job on screen (never sent or stored: it only links the posting to its card). */
export interface PageAnalysis {
  analysis: Analysis;
  jobId: string | null;
}

/** The whole page, read and analysed in one go (the CLI and tests; the extension splits the two). */
export function analyzePage(
  doc: Document,
  url: string,
  adapter: SiteAdapter | null,
  classifyTask: Classifier = classify,
  found: CardsFound = findCards(doc, url, adapter),
): PageAnalysis {
  // A saved page may be a shell whose scripts never ran: the job in their data is read last.
  const read = readPage(doc, url, adapter, found, { pageData: pageDataPosting });
  return { analysis: analyzeRead(read, classifyTask), jobId: read.jobId };
}

/** The page's Analysis alone (what the CLI and the side panel see). */
export const analyzeDocument = (...args: Parameters<typeof analyzePage>): Analysis => analyzePage(...args).analysis;
