import type { Analysis } from '../engine/types';
import { jsonBytes, STORE_LIMITS as L } from '../schemas/limits';

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const cutOrNull = (s: string | null, max: number): string | null => (s === null ? null : cut(s, max));
const tags = (list: readonly string[]): string[] => list.slice(0, L.tags).map((s) => cut(s, L.tag));

/** Every string and list of the analysis cut to STORE_LIMITS (a title cut ends in "…"); nothing else changes. */
function cutFields(a: Analysis): Analysis {
  const { gig, occupation, reason, adapterError } = a;
  return {
    ...a,
    url: a.url.slice(0, L.url),
    posting: a.posting && {
      title: cut(a.posting.title, L.text),
      company: cutOrNull(a.posting.company, L.text),
      location: cutOrNull(a.posting.location, L.text),
      language: a.posting.language.slice(0, L.language),
    },
    tasks: a.tasks.slice(0, L.tasks).map((t) => ({ ...t, text: cut(t.text, L.item), rules: tags(t.rules), ...(t.terms ? { terms: tags(t.terms) } : {}) })),
    requirements: a.requirements.slice(0, L.items).map((r) => ({ text: cut(r.text, L.item), skills: r.skills.slice(0, L.tags).map((s) => s.slice(0, L.id)) })),
    benefits: a.benefits.slice(0, L.items).map((b) => ({ text: cut(b.text, L.item) })),
    lines: a.lines.slice(0, L.lines).map((l) => ({ ...l, text: cut(l.text, L.line) })),
    cards: a.cards.slice(0, L.cards).map((c) => ({ ...c, id: c.id.slice(0, L.id), title: cut(c.title, L.text), company: cutOrNull(c.company, L.text) })),
    skills: a.skills.slice(0, L.skills).map((s) => s.slice(0, L.id)),
    ...(occupation ? { occupation } : {}),
    ...(reason === undefined ? {} : { reason: cut(reason, L.reason) }),
    ...(adapterError ? { adapterError: { ...adapterError, adapter: adapterError.adapter.slice(0, 40), message: cut(adapterError.message, L.reason) } } : {}),
    ...(gig
      ? {
          gig: {
            ...gig,
            triggers: gig.triggers.slice(0, L.tags).map((g) => ({ ...g, id: cut(g.id, L.tag), phrase: cut(g.phrase, L.tag) })),
            says: gig.says.slice(0, L.tags).map((g) => ({ ...g, value: cut(g.value, L.tag), phrase: cut(g.phrase, L.tag) })),
            links: gig.links.slice(0, L.tags),
          },
        }
      : {}),
  };
}

/** The first items of `list` whose UTF-8 JSON (with a comma each) fits in `room` bytes. */
function prefixWithin<T>(list: readonly T[], room: number): T[] {
  let used = 0;
  let n = 0;
  for (const item of list) {
    used += jsonBytes(item) + 1;
    if (used > room) break;
    n++;
  }
  return list.slice(0, n);
}

/**
 * The analysis as SkillShift keeps it: fields cut to STORE_LIMITS, then within STORE_LIMITS.analysisBytes by
 * giving up, in this order, the posting's raw lines (the panel never shows them), its cards, its benefits and its
 * requirements, from the end. The duties and the figures are always kept.
 */
export function boundAnalysis(analysis: Analysis, budget: number = L.analysisBytes): Analysis {
  let a = cutFields(analysis);
  if (jsonBytes(a) <= budget) return a;
  for (const field of ['lines', 'cards', 'benefits', 'requirements'] as const) {
    const without = { ...a, [field]: [] };
    a = { ...a, [field]: prefixWithin(a[field] as unknown[], budget - jsonBytes(without)) };
    if (jsonBytes(a) <= budget) break;
  }
  return a;
}
