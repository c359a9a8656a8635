// Fits the Chinese lexicon (data/rules/lexicon.json's "zh") on Chinese task rows: the vocabulary is what
// Intl.Segmenter cuts from the training tasks (words of two characters or more) plus their character
// bigrams, each kept when it stands in at least minCount training tasks; a task's features are the
// vocabulary terms found in it as substrings, each once (engine/rules/zh-terms.ts, as classify() finds them),
// with the same L2 logistic regression and hand-rule features as the English (rules-fit.ts). Words are held
// back half as much as bare bigrams, and telling terms less than the rest (options.nb); each was worth about
// half a point of cross-validated agreement. The duty's lead verb, alone and with its object (the first two
// and four characters after 负责/参与/协助/配合: "^审核", "^审核合同"), are features of their own, as the
// English "^verb>object" are (+0.2 points). Each training target mixes the human label with GPT-4's label of the
// same task (gpt4Label; GPT-4 labels exist at fit time only): the human labels of near-identical tasks
// disagree, and the mix holds the fit back from learning that noise. Texts are read
// in their senses (zhSenses) before fitting, as classify() reads them. Used by rules-build and by rules-eval,
// which fits it inside each cross-validation fold on the training occupations' rows only (vocabulary included).
import { createClassifier, LEXICON, zhSenses } from '../engine/rules/classify';
import { matchChars } from '../engine/rules/compile';
import type { LinearModel } from '../engine/rules/schema';
import { addTerm, BIGRAM, LEAD, leadStart, newTrie, termText, zhFeatures } from '../engine/rules/zh-terms';
import { isAutomatable, isExposed, type TaskRow } from './rules-data';
import { DEFAULT_FIT, exposureTargets, fitLexicon, fitRaw, matcher, toModel, type Featurized, type FitOptions, type TaughtRow } from './rules-fit';

/**
 * Fewer rows than the English: a lighter penalty, terms seen twice already count, telling terms held back less; weights
 * under 0.15 dropped (a third of the bytes for 0.1 point of agreement). GPT-4's share of the targets, 5-fold CV alone,
 * seeds 0–4: 0 → 0.806, 0.2 → 0.810, 0.4 → 0.813, 0.5 → 0.807 (without lead terms); 0.4 also moved two more of the
 * hand-labelled board postings' duties (tests/unit/zh-board-postings.test.ts) the wrong way than 0.2 did, hence 0.2.
 * The English lexicon as a teacher (taught): each target also leans on what an English fit on twice the rows (every
 * English task of the training occupations) reads in the task's English original; its share, 5-fold CV alone, seeds
 * 0–4: 0 → 0.8137, 0.2 → 0.8142, 0.3 → 0.8148, 0.4 → 0.8157, 0.5 → 0.8163, 0.6 → 0.8150; with posting context (what
 * the held-out check reads): 0 → 0.8164, 0.2 → 0.8176, 0.3 → 0.8176 (0.820/0.815/0.816/0.819/0.818), 0.4 → 0.8178,
 * 0.5 → 0.8164, 0.7 → 0.8144. 0.3: no seed below 0.815, seed 0 as it was.
 */
export const DEFAULT_ZH_FIT: FitOptions = { ...DEFAULT_FIT, l2: 4, l2Lead: 4, minCount: 2, minWeight: 0.15, nb: 0.5, classes: false, gpt4Label: 0.2, postings: 0, unlabelled: 0, teacher: 0.3 };

/** The teacher's fit: the English model without the self-training and posting duties (each fold fits it again). */
const TEACHER_FIT: FitOptions = { ...DEFAULT_FIT, unlabelled: 0, postings: 0 };

/**
 * The rows with their teacher's reading: the English lexicon fitted on `english`'s tasks of the rows' own occupations
 * (so no held-out occupation teaches), reading each row's English original. Rows without one, or no teacher share, as they are.
 */
export function taught(rows: readonly (TaskRow & { en_task?: string })[], english: readonly TaskRow[], options: FitOptions): TaughtRow[] {
  if (!options.teacher || english.length === 0) return [...rows];
  const mine = new Set(rows.map((r) => r.onet_soc));
  const teacher = createClassifier({ ...LEXICON, ...fitLexicon(english.filter((r) => mine.has(r.onet_soc)), TEACHER_FIT) });
  return rows.map((r) => (r.en_task ? { ...r, teacher: teacher(r.en_task, 'en').exposure } : r));
}

/** A segmented word's share of the L2 penalty: words are held back less than bigrams that may straddle two words. */
export const WORD_PENALTY = 0.5;
/** The lead terms' share: the lead verb and its object, like words. */
const LEAD_PENALTY = 0.5;
/** The lead terms' lengths: the verb, and the verb with (the start of) its object. */
const LEAD_LENGTHS = [2, 4];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const RUN = /[\u3400-\u9fffa-z0-9+#]+/g;

const HAN = /[\u3400-\u9fff]/;
const ALL_HAN = /^[\u3400-\u9fff]+$/;

/** The words of one (lower-cased) task that Intl.Segmenter cuts, of two characters or more. */
export function segmentedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike && segment.length >= 2 && HAN.test(segment)) out.add(segment);
  return out;
}

/** The character bigrams of one (lower-cased) task. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const [run] of text.matchAll(RUN)) for (let i = 0; i + 2 <= run.length; i++) if (HAN.test(run.slice(i, i + 2))) out.add(run.slice(i, i + 2));
  return out;
}

/** The lead terms of one (lower-cased) task: its first LEAD_LENGTHS Chinese characters after the opener. */
export function leadTerms(text: string): Set<string> {
  const at = leadStart(text);
  return new Set(LEAD_LENGTHS.map((n) => text.slice(at, at + n)).filter((t, i) => t.length === LEAD_LENGTHS[i] && ALL_HAN.test(t)));
}

/** The words, bigrams and lead terms of at least `minCount` of these tasks, sorted: words as they are, bigrams that are never a word marked BIGRAM, lead terms LEAD. */
export function vocabulary(texts: readonly string[], minCount: number): string[] {
  const frequent = (sets: Set<string>[]): string[] => {
    const counts = new Map<string, number>();
    for (const set of sets) for (const term of set) counts.set(term, (counts.get(term) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= minCount).map(([term]) => term);
  };
  const words = new Set(frequent(texts.map(segmentedWords)));
  const pairs = frequent(texts.map(bigrams)).filter((b) => !words.has(b));
  const leads = frequent(texts.map(leadTerms));
  return [...words, ...pairs.map((b) => BIGRAM + b), ...leads.map((t) => LEAD + t)].sort();
}

export interface FittedZhLexicon {
  exposure: LinearModel;
  automation: LinearModel;
}

const penalty = (name: string): number => (name.startsWith(BIGRAM) ? 1 : name.startsWith(LEAD) ? LEAD_PENALTY : WORD_PENALTY);

/** `english`: the labelled English rows the teacher (options.teacher) is fitted on; none, no teacher. */
export function fitZhLexicon(given: readonly TaskRow[], options: FitOptions = DEFAULT_ZH_FIT, english: readonly TaskRow[] = []): FittedZhLexicon {
  const rows = taught(given, english, options);
  const texts = rows.map((r) => zhSenses(r.task.toLowerCase()));
  const terms = vocabulary(texts, options.minCount);
  const trie = newTrie();
  const lead = newTrie();
  terms.forEach((term, id) => addTerm(term.startsWith(LEAD) ? lead : trie, termText(term), id));
  const data: Featurized[] = texts.map((text) => ({
    words: zhFeatures(trie, terms, text, lead),
    rules: matchChars(matcher, text).map((i) => matcher.rules[i]!),
  }));
  const exposedY = exposureTargets(rows, options);
  const exposedRows = rows.flatMap((r, i) => (isExposed(r.human_exposure) ? [i] : []));
  // Automation keeps to the terms found anywhere, as the English keeps to whole-task words: the lead terms are an exposure feature.
  const autoData = exposedRows.map((i) => ({ ...data[i]!, words: data[i]!.words.filter((w) => !w.startsWith(LEAD)) }));
  const autoY = exposedRows.map((i) => (isAutomatable(rows[i]!.gpt4_automation) ? 1 : 0));
  return {
    exposure: toModel(fitRaw({ data, y: exposedY, key: 'exposure', penalty }, options), options),
    automation: toModel(fitRaw({ data: autoData, y: autoY, key: 'automation', penalty }, options), options),
  };
}
