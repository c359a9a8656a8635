import { totaljobs } from '../../sites/totaljobs';
import { describeBoard, describeOwnPages } from './board';

describeBoard('totaljobs', totaljobs);

describeOwnPages(totaljobs, [
  {
    file: 'totaljobs-style.html',
    url: 'https://www.totaljobs.com/jobs/chef/in-bristol',
    what: 'search page on the StepStone platform, card ids from the article',
    cards: [
      ['200000001', 'Sous Chef', 'Harbourside Kitchen', 'Bristol, BS1'],
      ['200000002', 'Kitchen Porter', 'Clifton Bistro', 'Clifton, BS8'],
    ],
  },
]);
