import type { SiteAdapter } from '../engine/adapter';
import { PLATFORM_CARD_ID_ATTRIBUTES, platformCards, platformPosting, platformTitle } from './lib/stepstone-platform';

// Totaljobs runs on the StepStone platform: same markup, its own domain.
export const totaljobs: SiteAdapter = {
  id: 'totaljobs',
  name: 'Totaljobs',
  matches: ['https://*.totaljobs.com/*'],
  exampleUrls: [
    'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3',
    'https://www.totaljobs.com/job/java-developer/acme-digital-job104759431',
  ],
  test: (url) => /(^|\.)totaljobs\.com$/.test(url.hostname),
  extractPosting: platformPosting,
  findCards: platformCards,
  cardIdAttributes: PLATFORM_CARD_ID_ATTRIBUTES,
  titleAnchor: platformTitle,
};
