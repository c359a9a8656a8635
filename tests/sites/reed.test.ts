import { reed } from '../../sites/reed';
import { describeBoard, describeOwnPages } from './board';

describeBoard('reed', reed, {
  'posting-software-developer-trimmed.html: extracts the posting on screen':
    'its repo author cut the description to "This is a test description.", below the cascade\'s 40-character minimum',
});

describeOwnPages(reed, [
  {
    file: 'reed-style.html',
    url: 'https://www.reed.co.uk/jobs/payroll-administrator/50000001',
    what: 'job page with microdata (read first; the adapter supplies the shown location)',
    source: 'microdata',
    posting: { title: 'Payroll Administrator', company: 'Aire Accounts', location: 'Leeds, West Yorkshire' },
    kinds: ['responsibilities', 'requirements'],
    jobId: '50000001',
    anchor: 'Payroll Administrator',
  },
]);
