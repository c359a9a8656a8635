// Fits the Chinese lexicon (data/rules/lexicon.json's "zh") on Chinese task rows: the vocabulary is what
// Intl.Segmenter cuts from the training tasks (words of two characters or more) plus their character
// bigrams, each kept when it stands in at least minCount training tasks; a task's features are the
// vocabulary terms found in it as substrings, each once (engine/rules/zh-terms.ts, as classify() finds them),
// with the same L2 logistic regression and hand-rule features as the English (rules-fit.ts). Words are held
// back half as much as bare bigrams, and telling terms less than the rest (options.nb); each was worth about
// half a point of cross-validated agreement. Used by rules-build and by rules-eval, which fits it inside
// each cross-validation fold on the training occupations' rows only (vocabulary included).
import { matchChars } from '../engine/rules/compile';
import type { LinearModel } from '../engine/rules/schema';
import { addTerm, BIGRAM, newTrie, termText, zhFeatures } from '../engine/rules/zh-terms';
import { isAutomatable, isExposed, type TaskRow } from './rules-data';
import { DEFAULT_FIT, fitRaw, matcher, toModel, type Featurized, type FitOptions } from './rules-fit';

/** Fewer rows than the English: a lighter penalty, terms seen twice already count, telling terms held back less; weights under 0.15 dropped (a third of the bytes for 0.1 point of agreement). */
export const DEFAULT_ZH_FIT: FitOptions = { ...DEFAULT_FIT, l2: 4, l2Lead: 4, minCount: 2, minWeight: 0.15, nb: 0.5, classes: false };

/** A segmented word's share of the L2 penalty: words are held back less than bigrams that may straddle two words. */
export const WORD_PENALTY = 0.5;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const RUN = /[\u3400-\u9fffa-z0-9+#]+/g;

const HAN = /[\u3400-\u9fff]/;

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

/** The words and bigrams of at least `minCount` of these tasks, sorted: words as they are, bigrams that are never a word marked BIGRAM. */
export function vocabulary(texts: readonly string[], minCount: number): string[] {
  const frequent = (sets: Set<string>[]): string[] => {
    const counts = new Map<string, number>();
    for (const set of sets) for (const term of set) counts.set(term, (counts.get(term) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= minCount).map(([term]) => term);
  };
  const words = new Set(frequent(texts.map(segmentedWords)));
  const pairs = frequent(texts.map(bigrams)).filter((b) => !words.has(b));
  return [...words, ...pairs.map((b) => BIGRAM + b)].sort();
}

export interface FittedZhLexicon {
  exposure: LinearModel;
  automation: LinearModel;
}

export function fitZhLexicon(rows: readonly TaskRow[], options: FitOptions = DEFAULT_ZH_FIT): FittedZhLexicon {
  const texts = rows.map((r) => r.task.toLowerCase());
  const terms = vocabulary(texts, options.minCount);
  const trie = newTrie();
  terms.forEach((term, id) => addTerm(trie, termText(term), id));
  const data: Featurized[] = texts.map((text) => ({
    words: zhFeatures(trie, terms, text),
    rules: matchChars(matcher, text).map((i) => matcher.rules[i]!),
  }));
  const exposedY = rows.map((r) => (isExposed(r.human_exposure) ? 1 : 0));
  const exposedRows = rows.flatMap((r, i) => (isExposed(r.human_exposure) ? [i] : []));
  const autoData = exposedRows.map((i) => data[i]!);
  const autoY = exposedRows.map((i) => (isAutomatable(rows[i]!.gpt4_automation) ? 1 : 0));
  const penalty = (name: string): number => (name.startsWith(BIGRAM) ? 1 : WORD_PENALTY);
  return {
    exposure: toModel(fitRaw({ data, y: exposedY, key: 'exposure', penalty }, options), options),
    automation: toModel(fitRaw({ data: autoData, y: autoY, key: 'automation', penalty }, options), options),
  };
}
