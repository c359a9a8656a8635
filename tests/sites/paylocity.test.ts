import { paylocity } from '../../sites/paylocity';
import { describeBoard, describeOwnPages } from './board';

describeBoard('paylocity', paylocity);

describeOwnPages(paylocity, [
  {
    file: 'paylocity-style.html',
    url: 'https://recruiting.paylocity.com/Recruiting/Jobs/All/0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8/LANTERNFISH',
    what: 'a company job list',
    cards: [
      ['3672229', 'Customer Support Specialist', null, 'Porto'],
      ['3672230', 'Bookkeeper', null, 'Remote'],
    ],
  },
]);
