import { seek } from '../../sites/seek';
import { jobstreet } from '../../sites/jobstreet';
import { describeOwnPages } from './board';

// No saved SEEK, JobStreet or Jobsdb page in ../shared yet: our pages follow the data-automation markup public
// scrapers of SEEK's platform read (sites/lib/seek-platform.ts).
describeOwnPages(seek, [
  {
    file: 'seek-style.html',
    url: 'https://www.seek.com.au/support-jobs/in-All-Perth-WA',
    what: 'a search, a premium card listed again among the normal ones',
    cards: [
      ['67177411', 'Customer Support Lead', 'Lanternfish', 'Perth WA'],
      ['67177412', 'Bookkeeper', 'Harbour Accounting', 'Fremantle WA'],
    ],
  },
  {
    file: 'seek-job-style.html',
    url: 'https://www.seek.com.au/job/67177411',
    what: 'a job page',
    source: 'site:seek',
    posting: { title: 'Customer Support Lead', company: 'Lanternfish', location: 'Perth WA' },
    jobId: '67177411',
    anchor: 'Customer Support Lead',
    has: ['Coach a team of six support agents.', "Two years leading a customer service team."],
    hasNot: /Service Desk Analyst|Career advice|Apply/,
  },
]);

describeOwnPages(jobstreet, [
  {
    file: 'jobstreet-style.html',
    url: 'https://hk.jobsdb.com/job/92249354',
    what: 'a Jobsdb job page',
    source: 'site:jobstreet',
    posting: { title: 'Accounts Executive', company: 'Harbour Trading Ltd', location: 'Kwun Tong, Kowloon' },
    jobId: '92249354',
    anchor: 'Accounts Executive',
    lines: { requirements: ['Diploma in Accounting or above.', 'Knowledge of Excel and MYOB.'] },
    hasNot: /Career advice|Companies/,
  },
]);
