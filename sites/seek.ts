import type { SiteAdapter } from '../engine/adapter';
import { SEEK_CARD_ID_ATTRIBUTES, seekCards, seekPosting, seekTitle } from './lib/seek-platform';

// SEEK (Australia, New Zealand): searches at /<keywords>-jobs/in-<place> or /jobs?…, jobs at /job/<id>.
export const seek: SiteAdapter = {
  id: 'seek',
  name: 'SEEK',
  matches: ['https://www.seek.com.au/*', 'https://www.seek.co.nz/*'],
  exampleUrls: [
    'https://www.seek.com.au/job/67177411?type=standout',
    'https://www.seek.com.au/software-engineer-jobs/in-All-Perth-WA',
    'https://www.seek.co.nz/jobs?where=All-New-Zealand&classification=1209',
  ],
  test: (url) => url.hostname === 'www.seek.com.au' || url.hostname === 'www.seek.co.nz',
  extractPosting: seekPosting,
  findCards: seekCards,
  cardIdAttributes: SEEK_CARD_ID_ATTRIBUTES,
  titleAnchor: seekTitle,
};
