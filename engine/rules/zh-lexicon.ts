// The fitted Chinese lexicon (data/rules/lexicon.json's "zh"), compiled into a trie and flat arrays.
import type { WordScore } from './lexicon';
import type { Rule, ZhLexicon } from './schema';
import { addTerm, BIGRAM, LEAD, leadStart, newTrie, termText, type TermTrie } from './zh-terms';

export interface CompiledZhLexicon {
  trie: TermTrie;
  /** The LEAD terms, matched only where the lead verb starts. */
  lead: TermTrie;
  termExposure: Float64Array;
  termAutomation: Float64Array;
  /** 1 where the term is a word a reason may name (not a BIGRAM or LEAD term). */
  named: Uint8Array;
  /** Per term, the call that last counted it (each term counts once per task). */
  seen: Uint32Array;
  calls: number;
  /** Per rule of the matcher: hand · effect + the rule's own fitted weight. */
  ruleExposure: Float64Array;
  ruleAutomation: Float64Array;
  biasExposure: number;
  biasAutomation: number;
}

export function compileZhLexicon(zh: ZhLexicon, rules: readonly Rule[]): CompiledZhLexicon {
  const { exposure, automation } = zh;
  const names = [...new Set([...Object.keys(exposure.words), ...Object.keys(automation.words)])].sort();
  const trie = newTrie();
  const lead = newTrie();
  names.forEach((name, id) => addTerm(name.startsWith(LEAD) ? lead : trie, termText(name), id));
  return {
    trie,
    lead,
    termExposure: Float64Array.from(names, (name) => exposure.words[name] ?? 0),
    termAutomation: Float64Array.from(names, (name) => automation.words[name] ?? 0),
    named: Uint8Array.from(names, (name) => (name.startsWith(BIGRAM) || name.startsWith(LEAD) ? 0 : 1)),
    seen: new Uint32Array(names.length),
    calls: 0,
    ruleExposure: Float64Array.from(rules, (r) => exposure.hand * r.effect.exposure + (exposure.rules[r.id] ?? 0)),
    ruleAutomation: Float64Array.from(rules, (r) => automation.hand * r.effect.automation + (automation.rules[r.id] ?? 0)),
    biasExposure: exposure.bias,
    biasAutomation: automation.bias,
  };
}

/** Sums the weights of the terms in (lower-cased) `text`; notes each word's exposure weight with its character offsets [from, to). */
export function scoreTerms(lex: CompiledZhLexicon, text: string, out: WordScore): WordScore {
  out.exposure = 0;
  out.automation = 0;
  out.count = 0;
  const call = (lex.calls = (lex.calls + 1) >>> 0 || 1);
  for (let i = 0; i < text.length; i++) {
    let node: TermTrie | undefined = lex.trie;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      const id = node.id;
      if (id < 0 || lex.seen[id] === call) continue;
      lex.seen[id] = call;
      const e = lex.termExposure[id]!;
      out.exposure += e;
      out.automation += lex.termAutomation[id]!;
      if (e !== 0 && lex.named[id] === 1) {
        out.weights[out.count] = e;
        out.from[out.count] = i;
        out.to[out.count++] = j + 1;
      }
    }
  }
  // The lead verb and its object weigh, but no reason names them (the words they hold already do).
  let node: TermTrie | undefined = lex.lead;
  for (let j = leadStart(text); j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.id >= 0) {
      out.exposure += lex.termExposure[node.id]!;
      out.automation += lex.termAutomation[node.id]!;
    }
  }
  return out;
}

// Words that carry weight but name nothing a person can check about the duty.
const GENERIC = /负责|参与|协助|配合|进行|开展|确保|相关|其他|工作|提供|完成|以及|包括|根据|按照|各类|及时|做好|需要|所需|方面|情况|有关|问题|结果|人员|要求|并|及|和|与|的|等|或|对|为|在/g;
const isContentTerm = (term: string): boolean => term.replace(GENERIC, '').length >= 2;

/**
 * The task's phrases behind the push in the direction of `sign`, strongest first, at most `max`: overlapping
 * terms ("数据", "据录", "录入") are named as the stretch of text they cover together ("数据录入").
 */
export function zhTopTerms(score: WordScore, text: string, sign: number, max: number): string[] {
  const order: number[] = [];
  for (let k = 0; k < score.count; k++) if (score.weights[k]! * sign > 0) order.push(k);
  order.sort((a, b) => Math.abs(score.weights[b]!) - Math.abs(score.weights[a]!) || a - b);
  const spans: [number, number][] = [];
  for (const k of order) {
    const from = score.from[k]!;
    const to = score.to[k]!;
    const span = spans.find(([s, e]) => from < e && to > s);
    if (span) {
      span[0] = Math.min(span[0], from);
      span[1] = Math.max(span[1], to);
    } else spans.push([from, to]);
  }
  const terms: string[] = [];
  for (const [s, e] of spans) {
    const term = text.slice(s, e);
    if (isContentTerm(term) && !terms.some((t) => t.includes(term) || term.includes(t))) terms.push(term);
    if (terms.length === max) break;
  }
  return terms;
}
