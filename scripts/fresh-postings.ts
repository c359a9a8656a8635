// The hand-read postings of tests/fixtures/postings-fresh: every line's role (and each duty's label) written by hand
// before the engine read them. tests/unit/fresh-postings.test.ts reads them as pages (readFreshSet); the English lexicon's
// fits (rules-build, rules-eval) take their English duties, and the duty lines of tests/fixtures/duty-labels, as
// labelled tasks beside O*NET's (fitWithPostingDuties).
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../engine/analyze';
import { classify, type Classifier } from '../engine/rules/classify';
import type { TaskRow, UnlabelledTask } from './rules-data';
import { fitLexicon, type FitOptions, type FittedLexicon } from './rules-fit';

type Row = [text: string, role: string, label?: string];
/** A posting is its sections (each rendered as a heading and a list), or its own markup (`html`) and its lines (`rows`). */
export type FreshPosting = { lang?: string; title: string; company: string } & ({ sections: [heading: string, rows: Row[]][] } | { html: string; rows: Row[] });
export interface FreshSet {
  postings: FreshPosting[];
}

const FRESH_DIR = new URL('../tests/fixtures/postings-fresh/', import.meta.url);

/** The sets' file names, sorted. */
export const freshSetNames = (): string[] => readdirSync(FRESH_DIR).filter((f) => f.endsWith('.json')).sort();
const loaded = new Map<string, FreshSet>();
/** A set as its file holds it, read once (every fold of a cross-validation fits on the same sets). */
export function loadFreshSet(name: string): FreshSet {
  let set = loaded.get(name);
  if (!set) loaded.set(name, (set = JSON.parse(readFileSync(new URL(name, FRESH_DIR), 'utf8')) as FreshSet));
  return set;
}

const rowsOf = (posting: FreshPosting): Row[] => ('html' in posting ? posting.rows : posting.sections.flatMap(([, rows]) => rows));

const squeeze = (text: string): string => text.toLowerCase().replace(/[\s\p{P}]+/gu, '');
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The posting as a career site no adapter knows shows it: a title, the employer, its sections or its own markup. */
function pageOf(posting: FreshPosting): string {
  const body =
    'html' in posting
      ? posting.html
      : posting.sections
          .map(([heading, rows]) => (heading ? `<h2>${escape(heading)}</h2><ul>${rows.map(([t]) => `<li>${escape(t)}</li>`).join('')}</ul>` : rows.map(([t]) => `<p>${escape(t)}</p>`).join('')))
          .join('');
  return `<html lang="${posting.lang ?? 'en'}"><head><title>${escape(posting.title)} - ${escape(posting.company)}</title></head><body><main><h1>${escape(posting.title)}</h1><div>${escape(posting.company)}</div>${body}</main></body></html>`;
}

/** The label as the data's columns say it: human-led is E0; exposed work E1, automatable (T3) or not (T1). */
const COLUMNS: Record<string, Pick<TaskRow, 'human_exposure' | 'gpt4_exposure' | 'gpt4_automation'>> = {
  'human-led': { human_exposure: 'E0', gpt4_exposure: 'E0', gpt4_automation: 'T0' },
  augmentable: { human_exposure: 'E1', gpt4_exposure: 'E1', gpt4_automation: 'T1' },
  automatable: { human_exposure: 'E1', gpt4_exposure: 'E1', gpt4_automation: 'T3' },
};

/**
 * The labelled English duties of these sets (default: all) as task rows; a set is one occupation (`post:<file>`), so
 * that folds by occupation keep a set whole. Chinese duties are left out: fitted beside the Chinese O*NET tasks, they
 * cost 0.2 points of its cross-validated agreement alone (fold seeds 0–4) for 7 of 389 Chinese posting duties.
 */
export function postingDutyRows(names: readonly string[] = freshSetNames()): TaskRow[] {
  return names.flatMap((name) =>
    loadFreshSet(name).postings.flatMap((posting) =>
      (posting.lang ?? 'en').startsWith('en')
        ? rowsOf(posting).flatMap(([task, role, label]) => (role === 'duty' && label ? [{ onet_soc: `post:${name}`, task, ...COLUMNS[label]! }] : []))
        : [],
    ),
  );
}

const DUTY_LABELS = new URL('../tests/fixtures/duty-labels/', import.meta.url);
const CODE: Record<string, string> = { A: 'automatable', G: 'augmentable', H: 'human-led' };

let labelled: TaskRow[] | undefined;
/**
 * The English duties of tests/fixtures/duty-labels (posting duties written and labelled by hand, lines without their
 * pages) as task rows, one occupation per file, read once; those that are also a fresh set's duty are left to the sets.
 */
export function labelledDutyRows(): TaskRow[] {
  return (labelled ??= readLabelledDutyRows());
}

function readLabelledDutyRows(): TaskRow[] {
  const inSets = new Set(postingDutyRows().map((r) => squeeze(r.task)));
  return readdirSync(DUTY_LABELS)
    .filter((f) => f.startsWith('en-') && f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(new URL(file, DUTY_LABELS), 'utf8')) as { postings: { lines: [string, string][] }[] }).postings.flatMap((p) =>
        p.lines.flatMap(([task, code]) => (CODE[code] && !inSets.has(squeeze(task)) ? [{ onet_soc: `labels:${file}`, task, ...COLUMNS[CODE[code]]! }] : [])),
      ),
    );
}

/**
 * The English lexicon fitted on O*NET's rows and, when `options.postings` weighs them, the hand-read English posting
 * duties of these sets (default: all) and of tests/fixtures/duty-labels after them, each of those weighing options.postings.
 */
export function fitWithPostingDuties(rows: readonly TaskRow[], options: FitOptions, unlabelled: readonly UnlabelledTask[] = [], names?: readonly string[]): FittedLexicon {
  const duties = options.postings ? [...postingDutyRows(names), ...labelledDutyRows()] : [];
  return fitLexicon([...rows, ...duties], options, unlabelled, [...rows.map(() => 1), ...duties.map(() => options.postings!)]);
}

export interface FreshFigures {
  lines: number;
  roles: number;
  duties: number;
  listed: number;
  others: number;
  leaked: number;
  three: number;
  two: number;
  companies: number;
}

/** How the engine reads a set's postings, each at a career site no adapter knows, against the hand reading. */
export function readFreshSet(set: FreshSet, classifyTask: Classifier = classify): FreshFigures {
  const f: FreshFigures = { lines: 0, roles: 0, duties: 0, listed: 0, others: 0, leaked: 0, three: 0, two: 0, companies: 0 };
  set.postings.forEach((posting, i) => {
    const analysis = analyzeDocument(parseHTML(pageOf(posting)).document as unknown as Document, `https://careers.fresh-employer-${i}.com/jobs/${100 + i}`, null, classifyTask);
    if (analysis.posting?.company === posting.company) f.companies++;
    const lines = analysis.lines ?? [];
    // The line itself, else the longest the engine cut from it or holding it (a sentence of two, the name alone is no match).
    const overlaps = (a: string, b: string): boolean => squeeze(a).includes(squeeze(b)) || squeeze(b).includes(squeeze(a));
    // How much of a task a line is: all of it (and more than any part), the length of the one inside the other, or none.
    const fit = (line: string, task: string): number => (squeeze(line) === squeeze(task) ? Infinity : overlaps(line, task) ? Math.min(squeeze(line).length, squeeze(task).length) : 0);
    const lineOf = (text: string) => lines.find((l) => squeeze(l.text) === squeeze(text)) ?? lines.filter((l) => overlaps(l.text, text)).sort((a, b) => b.text.length - a.text.length)[0];
    const taskOf = (text: string) => analysis.tasks.find((t) => squeeze(t.text).includes(squeeze(text)) || squeeze(text).includes(squeeze(t.text)));
    const rows = rowsOf(posting);
    for (const [text, role, label] of rows) {
      f.lines++;
      if (lineOf(text)?.role === role) f.roles++;
      const task = taskOf(text);
      if (role !== 'duty') {
        f.others++;
        // Listed only when no other line is the task more ("Schedule:" is no task for "…schedule appointments…").
        if (task && !rows.some(([other]) => other !== text && fit(other, task.text) > fit(text, task.text))) f.leaked++;
        continue;
      }
      f.duties++;
      if (!task) continue;
      f.listed++;
      if (task.label === label) f.three++;
      if ((task.label === 'human-led') === (label === 'human-led')) f.two++;
    }
    // A task that is none of the posting's lines (the employer's name, a lead-in) is a line listed that should not be.
    f.leaked += analysis.tasks.filter((t) => !rows.some(([text]) => overlaps(text, t.text))).length;
  });
  return f;
}
