import { ziprecruiter } from '../../sites/ziprecruiter';
import { describeBoard, describeOwnPages } from './board';

describeBoard('ziprecruiter', ziprecruiter);

describeOwnPages(ziprecruiter, [
  {
    file: 'ziprecruiter-style.html',
    url: 'https://www.ziprecruiter.com/jobs-search?search=dental+assistant&location=Tucson%2C+AZ',
    what: 'search page with detail pane (title from its first heading, the text after "Job description"), cards rendered twice',
    source: 'site:ziprecruiter',
    posting: { title: 'Dental Assistant', company: 'Desert Smiles', location: 'Tucson, AZ • On-site' },
    has: ['Take dental X-rays as directed'],
    hasNot: /Quick Apply/,
    cards: [
      ['AbC123', 'Dental Assistant', 'Desert Smiles', 'Tucson, AZ'],
      ['XyZ789', 'Front Desk Coordinator', 'Saguaro Dental', 'Marana, AZ'],
    ],
  },
]);
