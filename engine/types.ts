// The shapes every layer agrees on. The `Analysis` is exactly what `skillshift analyze` prints.
export const LABELS = ['automatable', 'augmentable', 'human-led'] as const;
export type Label = (typeof LABELS)[number];

export type Lang = 'en' | 'zh' | (string & {});

/** Where a posting's text came from, in cascade order. */
export type Source = 'json-ld' | 'microdata' | `site:${string}` | 'readability';

export type SectionKind = 'responsibilities' | 'requirements' | 'benefits' | 'about' | 'other';

export interface PostingSection {
  heading: string | null;
  kind: SectionKind;
  /** Bullet items (one per <li> or "•" line) or, without a list, the section's paragraphs. */
  lines: string[];
}

export interface Posting {
  title: string;
  company: string | null;
  location: string | null;
  language: Lang;
  sections: PostingSection[];
}

export interface ClassifiedTask {
  text: string;
  label: Label;
  /** 1 = AI can do it, 0 = untouched; consistent with `label`. */
  exposure: number;
  /** Ids of the rules that fired, strongest first. */
  rules: string[];
  /** The task's own words behind a lexicon-… rule in `rules`, strongest first (absent otherwise). */
  terms?: string[];
}

export interface AnalysedTask extends ClassifiedTask {
  section: SectionKind;
}

export interface ExposureSummary {
  score: number;
  label: Label;
  counts: Record<Label, number>;
}

export interface CardSummary {
  id: string;
  title: string;
  company: string | null;
  exposure: number | null;
  label: Label | null;
}

export type PageKind = 'posting' | 'listing' | 'none';

export interface Analysis {
  url: string;
  kind: PageKind;
  source: Source | null;
  posting: { title: string; company: string | null; location: string | null; language: Lang } | null;
  tasks: AnalysedTask[];
  exposure: ExposureSummary | null;
  cards: CardSummary[];
  skills: string[];
  /** Why nothing was read, when nothing was. */
  reason?: string;
  /** Present only when the posting reads as gig, platform, freelance, contract or agency work. */
  gig?: GigReport;
}

/** Non-standard work a posting signals (gig, platform, freelance, contract, agency, part-time). */
export const GIG_KINDS = ['gig', 'platform', 'freelance', 'contract', 'agency', 'part-time'] as const;
export type GigKind = (typeof GIG_KINDS)[number];
export const GIG_ASPECTS = ['pay', 'hours', 'insurance', 'contract', 'employer'] as const;
export type GigAspect = (typeof GIG_ASPECTS)[number];

export interface GigReport {
  kinds: GigKind[];
  /** The posting's own words that flagged it, with the trigger id from data/gig/triggers.json. */
  triggers: { id: string; kind: GigKind; phrase: string }[];
  /** What the posting says on each aspect it covers: a value code and its own words. */
  says: { aspect: GigAspect; value: string; phrase: string }[];
  /** Aspects the posting says nothing about. */
  omits: GigAspect[];
  /** Official worker-rights pages (data/gig/links.json) suited to the posting's language. */
  links: { id: string; url: string; title: { en: string; zh_CN: string } }[];
}
