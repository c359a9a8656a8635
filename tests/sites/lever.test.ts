import { lever } from '../../sites/lever';
import { describeBoard, describeOwnPages } from './board';

describeBoard('lever', lever);

describeOwnPages(lever, [
  {
    file: 'lever-style.html',
    url: 'https://jobs.lever.co/orchard/0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
    what: 'posting with list sections: company from the logo, all locations, the intro, lists and closing without the apply button',
    source: 'site:lever',
    posting: { title: 'Field Service Technician', company: 'Orchard Robotics', location: 'Fresno, CA / Yakima, WA' },
    has: ['Repair robots in the field during harvest', 'A driving licence and two years of mechanical work'],
    hasNot: /Apply for this job/,
    jobId: '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
  },
]);
