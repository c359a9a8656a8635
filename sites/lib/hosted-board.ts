import type { SiteAdapter } from '../../engine/adapter';
import { genericCards } from '../../engine/extract/listing';

/** What a hosted career site's adapter says of its own: where it is, and which of its pages are single jobs. */
export type HostedBoard = Pick<SiteAdapter, 'id' | 'name' | 'matches' | 'excludeMatches' | 'exampleUrls' | 'test'> & {
  /** A job's own page (the site's other pages are the company's lists of jobs). */
  isJobPage(url: URL): boolean;
  /** The board's own card reader where its list markup is known; else the generic listing reader's. */
  findCards?: SiteAdapter['findCards'];
  /** For the generic reader: the path of a job's page on the board, where its words name no job ("/p/<id>"). */
  jobPath?: RegExp;
  cardIdAttributes?: readonly string[];
  /** The board's own reader compares items with each other too (it builds on the generic one): read whole. */
  cardsReadWhole?: boolean;
};

/**
 * An applicant-tracking system's career site for one company: its job pages are left to the readers after the
 * adapter (the page's schema.org JobPosting, else the whole page by Readability), its lists to the board's card
 * reader or the generic one (engine/extract/listing.ts). Claiming the site runs SkillShift there on load.
 */
export function hostedBoard({ isJobPage, findCards, jobPath, cardIdAttributes, cardsReadWhole, ...site }: HostedBoard): SiteAdapter {
  return {
    ...site,
    extractPosting: () => null,
    findCards: (doc, url) => (isJobPage(url) ? [] : findCards ? findCards(doc, url) : genericCards(doc, url.href, jobPath)),
    cardIdAttributes: cardIdAttributes ?? ['href'],
    titleAnchor: () => null,
    readsWholePage: true,
    cardsReadWhole: cardsReadWhole ?? !findCards,
  };
}
