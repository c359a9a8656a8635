import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { workday } from '../../sites/workday';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('workday', workday, {
  'autodesk-jobview-jsonld-shell.html: splits the text into sections':
    'the JSON-LD description is flattened plain text (no headings, no line breaks), French then English',
});

describe('workday (our fixture: rendered job page beside its search results)', () => {
  const url = 'https://acme.wd3.myworkdayjobs.com/en-US/External/job/Leiden/Clinical-Data-Coordinator_R1234-1';
  const doc = ownDocument('workday-style.html');

  it('reads the job pane', () => {
    const result = extractPosting(doc, url, workday);
    expect(result.ok && result.source).toBe('site:workday');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Clinical Data Coordinator', company: null, location: 'Leiden, Netherlands' });
    expect(result.posting.sections.flatMap((s) => s.lines)).toContain('Clean and query trial data before each database lock');
    expect(workday.extractPosting(doc, new URL(url))?.jobId).toBe('R1234-1');
  });

  it('finds cards by their job link, the <li> as element', () => {
    const cards = workday.findCards(doc, new URL(url));
    expect(cards.map((c) => [c.id, c.title, c.location])).toEqual([
      ['R1234-1', 'Clinical Data Coordinator', 'Leiden, Netherlands'],
      ['R5678', 'Biostatistician', '2 Locations'],
    ]);
    expect(cards.every((c) => c.element.tagName === 'LI')).toBe(true);
  });
});
