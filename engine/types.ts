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
}
