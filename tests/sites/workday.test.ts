import { describe, expect, it } from 'vitest';
import { workday } from '../../sites/workday';
import { describeBoard, describeOwnPages } from './board';
import { ownDocument } from './helpers';

describeBoard('workday', workday, {
  'autodesk-jobview-jsonld-shell.html: splits the text into sections':
    'the JSON-LD description is flattened plain text (no headings, no line breaks), French then English',
});

describeOwnPages(workday, [
  {
    file: 'workday-style.html',
    url: 'https://acme.wd3.myworkdayjobs.com/en-US/External/job/Leiden/Clinical-Data-Coordinator_R1234-1',
    what: 'rendered job page beside its search results',
    source: 'site:workday',
    posting: { title: 'Clinical Data Coordinator', company: null, location: 'Leiden, Netherlands' },
    has: ['Clean and query trial data before each database lock'],
    jobId: 'R1234-1',
    cards: [
      ['R1234-1', 'Clinical Data Coordinator', null, 'Leiden, Netherlands'],
      ['R5678', 'Biostatistician', null, '2 Locations'],
    ],
  },
]);

describe('workday (cards)', () => {
  it('badges the <li> of each job link', () => {
    const cards = workday.findCards(ownDocument('workday-style.html'), new URL('https://acme.wd3.myworkdayjobs.com/en-US/External'));
    expect(cards.length).toBe(2);
    expect(cards.every((c) => c.element.tagName === 'LI')).toBe(true);
  });
});
