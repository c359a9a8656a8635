import type { Language } from './language';

// The shapes every layer agrees on. The `Analysis` is exactly what `skillshift analyze` prints.
export const LABELS = ['automatable', 'augmentable', 'human-led'] as const;
export type Label = (typeof LABELS)[number];

/** Where a posting's text came from, in cascade order. */
/** The readers a posting can come from besides a site adapter (`site:<id>`). */
// 'unheaded': Readability's main text under no duty or requirement heading, a posting only when its lines list duties.
export const READER_SOURCES = ['json-ld', 'microdata', 'readability', 'unheaded', 'headings', 'page-data'] as const;
export type Source = (typeof READER_SOURCES)[number] | `site:${string}`;

export const SECTION_KINDS = ['responsibilities', 'requirements', 'benefits', 'about', 'legal', 'apply', 'other'] as const;
/** What a section's heading names; 'other' when it names nothing we know (or there is no heading). */
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The role of one line of a posting: only duties are classified and counted in the posting's exposure. */
export const LINE_ROLES = ['duty', 'requirement', 'benefit', 'company', 'legal', 'meta', 'heading'] as const;
export type LineRole = (typeof LINE_ROLES)[number];

/** One line of a posting as read: a heading, or a sentence of a list item or paragraph. */
export interface PostingLine {
  text: string;
  role: LineRole;
  /** The kind of the section the line sits in. */
  section: SectionKind;
}

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
  language: Language;
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
  /** 0..1: how much evidence the label rests on (rules and words that fired, and how decisively). */
  confidence: number;
  /** No rule or telling word of its own spoke for it: its label is the posting's (or the occupation's) lean. */
  unclear: boolean;
}

export interface AnalysedTask extends ClassifiedTask {
  section: SectionKind;
}

/** A requirement line (qualification, experience, skill, licence…) with the skills it names. */
export interface RequirementLine {
  text: string;
  skills: string[];
}

export interface ExposureSummary {
  score: number;
  label: Label;
  /** Duties by label, those the engine could tell only (see `unclear`). */
  counts: Record<Label, number>;
  /** Duties the engine couldn't tell: left out of `score` unless nothing else was clear. */
  unclear: number;
}

/** Where a card's figure comes from: its posting once analysed, else its title's occupation prior, else none. */
export type CardSource = 'title-prior' | 'posting' | 'none';

/** What one card's badge shows: posting-level figures only, and the occupation its title was read as. */
export interface CardEstimate {
  source: CardSource;
  exposure: number | null;
  label: Label | null;
  occupation?: OccupationRef | null;
}

/** An occupation as the analysis names it: its codes in the systems that have it, and its names. */
export interface OccupationRef {
  /** An O*NET-SOC code, or "cn-" and a code of China's 2022 classification. */
  id: string;
  /** O*NET-SOC 2019 (e.g. "29-1141.00"); null for an occupation only China's classification has. */
  soc: string | null;
  /** ISCO-08 unit group, where known. */
  isco?: string;
  /** China's 2022 classification (职业分类大典), where the same job is in it. */
  cn?: string;
  en: string;
  zh: string;
  /** The year a new occupation was announced. */
  new?: number;
}

export interface CardSummary {
  id: string;
  title: string;
  company: string | null;
  exposure: number | null;
  label: Label | null;
  /** The occupation the card's title was read as; null when it names none SkillShift knows. */
  occupation: OccupationRef | null;
}

export type PageKind = 'posting' | 'listing' | 'none';

/** A site adapter that threw: reported to the user, the CLI and tests, never taken for "no job here". */
export interface AdapterFailure {
  adapter: string;
  /** What the adapter was doing: reading the posting on screen, or finding the job cards. */
  step: 'posting' | 'cards';
  message: string;
}

/** A job card as read from a listing. */
export interface CardRead {
  id: string;
  title: string;
  company: string | null;
}

/** A page as read from its DOM (by the content script, or the CLI): all the engine needs to analyse it. */
export interface PageRead {
  url: string;
  kind: PageKind;
  source: Source | null;
  posting: Posting | null;
  /** The board's id of the job on screen: links the posting to its card; never stored. */
  jobId: string | null;
  cards: CardRead[];
  /** Why nothing was read, when nothing was. */
  reason?: string;
  /** The site adapter threw (the other readers were still tried). */
  adapterError?: AdapterFailure;
}

export interface Analysis {
  url: string;
  kind: PageKind;
  source: Source | null;
  posting: { title: string; company: string | null; location: string | null; language: Language } | null;
  /** The posting's duties, classified (requirements, benefits and the rest are not tasks). */
  tasks: AnalysedTask[];
  /** What the posting asks of the candidate: the main source of `skills` and of the skill gap. */
  requirements: RequirementLine[];
  /** Pay, hours, benefits and terms (they feed the gig-work notice). */
  benefits: { text: string }[];
  /** Every line read, with its role, in page order. */
  lines: PostingLine[];
  exposure: ExposureSummary | null;
  cards: CardSummary[];
  skills: string[];
  /** The occupation the posting's title was read as (absent when it names none SkillShift knows). */
  occupation?: OccupationRef;
  /** Why nothing was read, when nothing was. */
  reason?: string;
  /** The site adapter threw (the other readers were still tried): the page's layout may have changed. */
  adapterError?: AdapterFailure;
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
