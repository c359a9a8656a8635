// The Chinese lexicon's features, shared by the fit (scripts/rules-fit-zh.ts) and classify(): every term of
// the vocabulary found as a substring of the task (words Intl.Segmenter cut from the training tasks, and
// character bigrams), once per occurrence. Matching substrings rather than segmenting at run time keeps the
// fit and classify() in step in every browser (each segments Chinese its own way; Intl.Segmenter also
// manages only ~20k tasks/s) and costs a few look-ups per character. LEAD terms count only where the duty's
// own verb starts. (Opening-clause terms, as the English has, were tried: no gain in cross-validation.)

/** Marks a term that Intl.Segmenter never cut as a word (a bigram only): it weighs, but no reason names it. */
export const BIGRAM = '~';

/** Marks a term that counts only where the duty's own verb starts (after 负责/参与/协助/配合): the lead verb and its object. */
export const LEAD = '^';

const OPENERS = new Set(['负责', '参与', '协助', '配合']);
/** Where the duty's lead verb starts in a (lower-cased) task. */
export const leadStart = (text: string): number => (OPENERS.has(text.slice(0, 2)) ? 2 : 0);

/** Calls visit(id, start, end) for each term of the trie that starts exactly at `at`. */
export function scanAt(trie: TermTrie, text: string, at: number, visit: (id: number, start: number, end: number) => void): void {
  let node: TermTrie | undefined = trie;
  for (let j = at; j < text.length; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (!node) break;
    if (node.id >= 0) visit(node.id, at, j + 1);
  }
}

/** A term's characters, without the BIGRAM or LEAD mark. */
export const termText = (name: string): string => (name.startsWith(BIGRAM) || name.startsWith(LEAD) ? name.slice(1) : name);

/** A trie over the terms' characters; `id` ≥ 0 where a term ends. */
export interface TermTrie {
  next: Map<number, TermTrie>;
  id: number;
}

export const newTrie = (): TermTrie => ({ next: new Map(), id: -1 });

export function addTerm(trie: TermTrie, term: string, id: number): void {
  let node = trie;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = newTrie()));
    node = child;
  }
  node.id = id;
}

/** Calls visit(id, start, end) for each occurrence of a term in `text`, by start, shorter first. */
export function scanTerms(trie: TermTrie, text: string, visit: (id: number, start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let node: TermTrie | undefined = trie;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.id >= 0) visit(node.id, i, j + 1);
    }
  }
}

/** The feature names of a (lower-cased) task for the fit: each term found, once however often it occurs. */
export function zhFeatures(trie: TermTrie, terms: readonly string[], text: string, lead?: TermTrie): string[] {
  const out = new Set<string>();
  scanTerms(trie, text, (id) => out.add(terms[id]!));
  if (lead) scanAt(lead, text, leadStart(text), (id) => out.add(terms[id]!));
  return [...out];
}
