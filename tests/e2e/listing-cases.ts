import { hasShared, E2E_PAGES, SHARED_PAGES } from './cases';
import type { ServedPage } from './offline';

export interface ListingCase extends ServedPage {
  name: string;
  cards: number;
}

/** Our two-pane listing (six cards, the first job open): runs without ../shared. */
export const ownListing: ListingCase = {
  name: 'LinkedIn-style two-pane listing (ours)',
  url: 'https://www.linkedin.com/jobs/search?keywords=clerk&location=New%20York',
  file: `${E2E_PAGES}linkedin-listing.html`,
  cards: 6,
};

export const listingCases: ListingCase[] = [
  ownListing,
  ...(hasShared
    ? [{
        name: 'LinkedIn guest SEO listing (saved page)',
        url: 'https://www.linkedin.com/jobs/data-engineer-jobs-new-york',
        file: `${SHARED_PAGES}linkedin/guest-seo-search-data-engineer-ny.html`,
        cards: 25,
      }]
    : []),
];
