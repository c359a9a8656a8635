import type { Language } from './language';

/** What an adapter reads from the job shown on screen; the engine turns it into a `Posting`. */
export interface AdapterPosting {
  /** Board's own job id when the page shows one (used to match JSON-LD to the job on screen). */
  jobId: string | null;
  title: string;
  company: string | null;
  location: string | null;
  language: Language | null;
  /** The description container of the job on screen: only this is given to Readability. */
  description: Element | null;
}

export interface AdapterCard {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  /** The card's element, where a badge goes. */
  element: Element;
  /** The element the title was read from, inside `element`: the badge goes beside it (found by text when absent). */
  titleElement?: Element;
}

export interface SiteAdapter {
  id: string;
  /** The board's name, for people (README, tests); the extension's bundles drop it (scripts/without-example-urls.ts). */
  name: string;
  /** Manifest match patterns for the content script. */
  matches: string[];
  /**
   * The board's own pages under those patterns that hold no jobs (its recruiter app, its marketing site): the content
   * script's exclude patterns, and `test` rejects them.
   */
  excludeMatches?: string[];
  /**
   * A platform that serves companies' career sites on their own domains (jobs.<company>.com): whether the page is
   * one of its sites, by markup it reads there. Asked only of pages no adapter's URL test claims, where SkillShift
   * reads the page at all (the "any site" permission, the toolbar click, the CLI).
   */
  ownsPage?(doc: Document): boolean;
  /** Real URLs this adapter must accept (and every other adapter must reject); not in the extension's bundles. */
  exampleUrls: string[];
  test(url: URL): boolean;
  /** The job shown on screen, or null when the page shows none. */
  extractPosting(doc: Document, url: URL): AdapterPosting | null;
  /** Job cards of a listing page (may be empty). */
  findCards(doc: Document, url: URL): AdapterCard[];
  /**
   * The attributes a card's id is read from, on the card's element or inside it. A list that recycles an element
   * for another job changes one of them, and the content script watches them for that.
   */
  cardIdAttributes: readonly string[];
  /**
   * Its finder compares the page's items with each other (the generic listing reader), so it reads the whole page
   * on every pass; without this the content script gives it only what changed (entrypoints/shared/card-tracker.ts).
   */
  cardsReadWhole?: boolean;
  /** Where the badge for the posting goes (beside the title). */
  titleAnchor(doc: Document): Element | null;
  /**
   * A hosted career site whose job pages it leaves to the readers after it (their schema.org JobPosting): where a
   * page has none, it is read whole, as an unknown site's page is, rather than found to show no job.
   */
  readsWholePage?: boolean;
}
