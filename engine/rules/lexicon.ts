// The fitted lexicon, compiled into flat arrays so scoring a task is a few map look-ups per word.
import { CLASS, classMap, CLAUSE_WORDS, OPENING, OPENING_MAX, PAIR_SEPARATOR, parseLead, punctuationBefore, STOPWORDS } from './features';
import type { Lexicon, Rule } from './schema';
import type { Tokens } from './tokenize';

/** A token that is a function word: skipped, without breaking a word pair. */
const SKIP = -1;
/** A function word that also ends the opening clause ("to", "for", "such"). */
const SKIP_CLAUSE = -2;

export interface CompiledLexicon {
  /** Stemmed token → id (or SKIP, SKIP_CLAUSE); tokens in no feature are absent. */
  vocab: Map<string, number>;
  size: number;
  wordExposure: Float64Array;
  wordAutomation: Float64Array;
  /** Added to a word's weights when it stands in the task's opening clause (see features.ts). */
  openingExposure: Float64Array;
  openingAutomation: Float64Array;
  /** Per id: the token starts a clause of its own ("to", "for", "such", "including", "using"). */
  clauseWord: Uint8Array;
  /** Per id: the id of its class's feature ("%c", weighed in the word arrays), or −1. */
  wordClass: Int32Array;
  /** first id · size + second id → index into the pair arrays. */
  pairs: Map<number, number>;
  pairExposure: Float64Array;
  pairAutomation: Float64Array;
  /** (verb id · size + object id) · 3 + gap → index into the lead arrays (object id 0 when gap is 0). */
  leads: Map<number, number>;
  leadExposure: Float64Array;
  leadAutomation: Float64Array;
  /** Per rule of the matcher: hand · effect + the rule's own fitted weight. */
  ruleExposure: Float64Array;
  ruleAutomation: Float64Array;
  biasExposure: number;
  biasAutomation: number;
}

export function compileLexicon(lexicon: Lexicon, rules: readonly Rule[]): CompiledLexicon {
  const { exposure, automation } = lexicon;
  const vocab = new Map<string, number>();
  for (const word of STOPWORDS) vocab.set(word, CLAUSE_WORDS.has(word) ? SKIP_CLAUSE : SKIP);
  const idOf = (token: string): number => {
    let id = vocab.get(token);
    if (id === undefined) vocab.set(token, (id = vocab.size - STOPWORDS.size));
    return id;
  };
  // Clause words that are not function words need an id, so that scoring sees them even when they weigh nothing.
  for (const word of CLAUSE_WORDS) if (!STOPWORDS.has(word)) idOf(word);
  const features = [...new Set([...Object.keys(exposure.words), ...Object.keys(automation.words)])].sort();
  // A class's words get ids of their own, so a word the fit never weighed still lends its class's weight.
  const classes = classMap(lexicon.classes);
  for (const [word, name] of classes) {
    idOf(word);
    idOf(CLASS + name);
  }
  const split = features.map((f) => f.split(PAIR_SEPARATOR));
  const lead = features.map(parseLead);
  const opening = features.map((f) => f.startsWith(OPENING));
  features.forEach((feature, i) => {
    const l = lead[i];
    if (opening[i]) idOf(feature.slice(OPENING.length));
    else if (l === undefined) for (const part of split[i]!) idOf(part);
    else for (const part of l.gap === 0 ? [l.verb] : [l.verb, l.object]) idOf(part);
  });
  const size = vocab.size - STOPWORDS.size;
  const wordExposure = new Float64Array(size);
  const wordAutomation = new Float64Array(size);
  const openingExposure = new Float64Array(size);
  const openingAutomation = new Float64Array(size);
  const clauseWord = new Uint8Array(size);
  const wordClass = new Int32Array(size).fill(-1);
  for (const [word, name] of classes) wordClass[idOf(word)] = idOf(CLASS + name);
  for (const word of CLAUSE_WORDS) if (!STOPWORDS.has(word)) clauseWord[idOf(word)] = 1;
  const pairs = new Map<number, number>();
  const pairWeights: [number, number][] = [];
  const leads = new Map<number, number>();
  const leadWeights: [number, number][] = [];
  features.forEach((feature, i) => {
    const e = exposure.words[feature] ?? 0;
    const a = automation.words[feature] ?? 0;
    const l = lead[i];
    const [first = '', second] = split[i]!;
    if (opening[i]) {
      openingExposure[idOf(feature.slice(OPENING.length))] = e;
      openingAutomation[idOf(feature.slice(OPENING.length))] = a;
    } else if (l !== undefined) {
      leads.set(leadKey(idOf(l.verb), l.gap === 0 ? 0 : idOf(l.object), l.gap, size), leadWeights.length);
      leadWeights.push([e, a]);
    } else if (second === undefined) {
      wordExposure[idOf(first)] = e;
      wordAutomation[idOf(first)] = a;
    } else {
      pairs.set(idOf(first) * size + idOf(second), pairWeights.length);
      pairWeights.push([e, a]);
    }
  });
  return {
    vocab,
    size,
    wordExposure,
    wordAutomation,
    openingExposure,
    openingAutomation,
    clauseWord,
    wordClass,
    pairs,
    pairExposure: Float64Array.from(pairWeights, ([e]) => e),
    pairAutomation: Float64Array.from(pairWeights, ([, a]) => a),
    leads,
    leadExposure: Float64Array.from(leadWeights, ([e]) => e),
    leadAutomation: Float64Array.from(leadWeights, ([, a]) => a),
    ruleExposure: Float64Array.from(rules, (r) => exposure.hand * r.effect.exposure + (exposure.rules[r.id] ?? 0)),
    ruleAutomation: Float64Array.from(rules, (r) => automation.hand * r.effect.automation + (automation.rules[r.id] ?? 0)),
    biasExposure: exposure.bias,
    biasAutomation: automation.bias,
  };
}

const leadKey = (verb: number, object: number, gap: number, size: number): number => (verb * size + object) * 3 + gap;

/** Sums of the word weights of one task, and each exposure contribution with its token span (reused). */
export interface WordScore {
  exposure: number;
  automation: number;
  count: number;
  weights: number[];
  from: number[];
  to: number[];
}

export function newWordScore(): WordScore {
  return { exposure: 0, automation: 0, count: 0, weights: [], from: [], to: [] };
}

function note(out: WordScore, weight: number, from: number, to: number): void {
  if (weight === 0) return;
  out.weights[out.count] = weight;
  out.from[out.count] = from;
  out.to[out.count] = to;
  out.count++;
}

export function scoreWords(lexicon: CompiledLexicon, tokens: Tokens, out: WordScore): WordScore {
  const { vocab, size, pairs } = lexicon;
  out.exposure = 0;
  out.automation = 0;
  out.count = 0;
  let prev = -1;
  let prevAt = -1;
  // The first three content words (id −1 when unknown to the lexicon) and where they stand.
  let content = 0;
  const lead = [-1, -1, -1];
  const leadAt = [-1, -1, -1];
  // Content words of the opening clause seen so far, −1 once it has ended (features.ts's wordFeatures).
  let opening = 0;
  let segment = 0;
  const words = tokens.words;
  for (let i = 0; i < words.length; i++) {
    const id = vocab.get(words[i]!);
    if (opening >= 0 && i > 0) {
      if (id === SKIP_CLAUSE || (id !== undefined && id >= 0 && lexicon.clauseWord[id] === 1)) opening = -1;
      else if (punctuationBefore(tokens, i)) {
        if (segment > 1) opening = -1;
        segment = 0;
      }
    }
    if (id !== undefined && id < 0) continue;
    if (content < 3) {
      lead[content] = id ?? -1;
      leadAt[content++] = i;
    }
    const inOpening = opening >= 0 && opening < OPENING_MAX;
    if (inOpening) {
      opening++;
      segment++;
    }
    if (id === undefined) {
      prev = -1;
      continue;
    }
    let e = lexicon.wordExposure[id]!;
    let a = lexicon.wordAutomation[id]!;
    const cls = lexicon.wordClass[id]!;
    if (cls >= 0) {
      e += lexicon.wordExposure[cls]!;
      a += lexicon.wordAutomation[cls]!;
    }
    if (inOpening) {
      e += lexicon.openingExposure[id]!;
      a += lexicon.openingAutomation[id]!;
    }
    out.exposure += e;
    out.automation += a;
    note(out, e, i, i);
    if (prev >= 0) {
      const k = pairs.get(prev * size + id);
      if (k !== undefined) {
        const pe = lexicon.pairExposure[k]!;
        out.exposure += pe;
        out.automation += lexicon.pairAutomation[k]!;
        note(out, pe, prevAt, i);
      }
    }
    prev = id;
    prevAt = i;
  }
  const verb = lead[0]!;
  if (verb >= 0) {
    for (let gap = 0; gap < 3 && gap < content; gap++) {
      const object = gap === 0 ? 0 : lead[gap]!;
      if (object < 0) continue;
      const k = lexicon.leads.get(leadKey(verb, object, gap, size));
      if (k === undefined) continue;
      const le = lexicon.leadExposure[k]!;
      out.exposure += le;
      out.automation += lexicon.leadAutomation[k]!;
      note(out, le, leadAt[0]!, leadAt[gap]!);
    }
    // The lead verb's class, alone and with the next word's class ("^%document", "^%document>%analyze").
    const verbClass = lexicon.wordClass[verb]!;
    const next = content > 1 ? lead[1]! : -1;
    const nextClass = next >= 0 ? lexicon.wordClass[next]! : -1;
    if (verbClass >= 0) {
      for (let gap = 0; gap < 2; gap++) {
        if (gap === 1 && nextClass < 0) break;
        const k = lexicon.leads.get(leadKey(verbClass, gap === 0 ? 0 : nextClass, gap, size));
        if (k === undefined) continue;
        const le = lexicon.leadExposure[k]!;
        out.exposure += le;
        out.automation += lexicon.leadAutomation[k]!;
        note(out, le, leadAt[0]!, leadAt[gap]!);
      }
    }
  }
  return out;
}

/** The words behind the lexicon's push in the direction of `sign`, strongest first, at most `max`. */
export function topTerms(score: WordScore, tokens: Tokens, sign: number, max: number): string[] {
  const order: number[] = [];
  for (let k = 0; k < score.count; k++) if (score.weights[k]! * sign > 0) order.push(k);
  order.sort((a, b) => Math.abs(score.weights[b]!) - Math.abs(score.weights[a]!) || a - b);
  const terms: string[] = [];
  for (const k of order) {
    const term = tokens.lower.slice(tokens.starts[score.from[k]!], tokens.ends[score.to[k]!]);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === max) break;
  }
  return terms;
}
