import { stepstone } from '../../sites/stepstone';
import { describeBoard, describeOwnPages } from './board';

describeBoard('stepstone', stepstone);

describeOwnPages(stepstone, [
  {
    file: 'stepstone-style.html',
    url: 'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Buchhaltung-Bremen-Nordlicht--10000000-inline.html',
    what: 'job ad page read by its data-at names, with a similar job',
    source: 'site:stepstone',
    posting: { title: 'Sachbearbeiter Buchhaltung (m/w/d)', company: 'Nordlicht Logistik GmbH', location: 'Bremen', language: 'de' },
    hasNot: /Lagerist/,
    jobId: '10000000',
    cards: [['10000001', 'Lagerist (m/w/d)', 'Nordlicht Logistik GmbH', 'Bremen']],
  },
]);
