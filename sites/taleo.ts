import { hostedBoard } from './lib/hosted-board';

// Oracle Taleo career sections: <tenant>.taleo.net/careersection/<section>/jobsearch.ftl (the search) and
// …/jobdetail.ftl?job=<id> (a job); examples from public scrapers' configurations. Cards by the generic listing
// reader (a result's link names its job in ?job=).
export const taleo = hostedBoard({
  id: 'taleo',
  name: 'Oracle Taleo',
  matches: ['https://*.taleo.net/careersection/*'],
  exampleUrls: [
    'https://santanderus.taleo.net/careersection/2/jobsearch.ftl?lang=en',
    'https://vfc.taleo.net/careersection/timberland+external/jobsearch.ftl?lang=en',
    'https://hdr.taleo.net/careersection/ex/jobdetail.ftl?job=195537&lang=en&src=SNS-10025',
  ],
  test: (url) => url.hostname.endsWith('.taleo.net') && url.pathname.startsWith('/careersection/'),
  isJobPage: (url) => url.pathname.endsWith('/jobdetail.ftl'),
});
