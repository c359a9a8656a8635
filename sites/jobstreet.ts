import type { SiteAdapter } from '../engine/adapter';
import { SEEK_CARD_ID_ATTRIBUTES, seekCards, seekPosting, seekTitle } from './lib/seek-platform';

// JobStreet (<country>.jobstreet.com) and Jobsdb (hk. and th.jobsdb.com), on SEEK's platform since their move:
// jobs at /job/<id>, searches at /<keywords>-jobs.
const HOSTS = ['id.jobstreet.com', 'my.jobstreet.com', 'ph.jobstreet.com', 'sg.jobstreet.com', 'hk.jobsdb.com', 'th.jobsdb.com'];

export const jobstreet: SiteAdapter = {
  id: 'jobstreet',
  name: 'JobStreet / Jobsdb',
  matches: HOSTS.map((h) => `https://${h}/*`),
  exampleUrls: [
    'https://ph.jobstreet.com/job/94515945',
    'https://id.jobstreet.com/job/90589797',
    'https://hk.jobsdb.com/job/92249354?type=standard&ref=search-standalone',
    'https://my.jobstreet.com/software-engineer-jobs',
  ],
  test: (url) => HOSTS.includes(url.hostname),
  extractPosting: seekPosting,
  findCards: seekCards,
  cardIdAttributes: SEEK_CARD_ID_ATTRIBUTES,
  titleAnchor: seekTitle,
};
