import { smartrecruiters } from '../../sites/smartrecruiters';
import { describeOwnPages } from './board';

// No saved SmartRecruiters page exists in ../shared: our own fixture only.
describeOwnPages(smartrecruiters, [
  {
    file: 'smartrecruiters-style.html',
    url: 'https://jobs.smartrecruiters.com/FjordFoods/744000099999999-warehouse-shift-lead',
    what: 'posting with description sections',
    source: 'microdata',
    posting: { title: 'Warehouse Shift Lead', company: 'Fjord Foods', location: 'Bergen, Vestland, Norway' },
    has: ['Plan the night shift for twelve pickers', 'Forklift licence'],
    jobId: '744000099999999',
  },
]);
