import type { SiteAdapter } from '../engine/adapter';
import { PLATFORM_CARD_ID_ATTRIBUTES, platformCards, platformPosting, platformTitle } from './lib/stepstone-platform';
import { onDomains } from './lib/domains';

const DOMAINS = ['stepstone.de', 'stepstone.at', 'stepstone.be', 'stepstone.nl', 'stepstone.fr', 'stepstone.lu'];

export const stepstone: SiteAdapter = {
  id: 'stepstone',
  name: 'StepStone',
  ...onDomains(DOMAINS),
  exampleUrls: [
    'https://www.stepstone.de/jobs/software-engineer/in-40210',
    'https://www.stepstone.de/jobs/werkstudent-ai-engineer',
    'https://www.stepstone.de/stellenangebote--Software-Engineer-Azure-all-genders-Aachen-adesso-SE--12872534-inline.html',
    'https://www.stepstone.at/jobs/pflege/in-wien',
  ],
  extractPosting: platformPosting,
  findCards: platformCards,
  cardIdAttributes: PLATFORM_CARD_ID_ATTRIBUTES,
  titleAnchor: platformTitle,
};
