import { hostedBoard } from './lib/hosted-board';
import { companySubdomains } from './lib/domains';

// Recruitee career sites: <company>.recruitee.com, the job list at the root, each job at /o/<slug> (or
// /l/<language>/o/<slug>), the careers_url of Recruitee's offers API. Recruitee's app, API, docs, help and blog sit
// on subdomains of their own, and are excluded. Lists go to the generic listing reader, told that /o/ paths are jobs.
const JOB = /^(?:\/l\/[a-z-]+)?\/o\/[^/]+/;

export const recruitee = hostedBoard({
  id: 'recruitee',
  name: 'Recruitee',
  ...companySubdomains('recruitee.com', ['app', 'www', 'api', 'docs', 'support', 'blog']),
  exampleUrls: [
    'https://yays.recruitee.com/o/acquisition-development-intern-amsterdam',
    'https://make.recruitee.com/o/ai-automation-expect',
    'https://yays.recruitee.com/',
  ],
  isJobPage: (url) => JOB.test(url.pathname),
  jobPath: JOB,
});
