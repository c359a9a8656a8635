import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { stepstone } from '../../sites/stepstone';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('stepstone', stepstone);

describe('stepstone (our fixture: job ad page with a similar job)', () => {
  const url = 'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Buchhaltung-Bremen-Nordlicht--10000000-inline.html';
  const doc = ownDocument('stepstone-style.html');

  it('reads the job ad by its data-at names', () => {
    const result = extractPosting(doc, url, stepstone);
    expect(result.ok && result.source).toBe('site:stepstone');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Sachbearbeiter Buchhaltung (m/w/d)', company: 'Nordlicht Logistik GmbH', location: 'Bremen', language: 'de' });
    expect(result.posting.sections.flatMap((s) => s.lines)).not.toContain('Lagerist (m/w/d)');
    expect(stepstone.extractPosting(doc, new URL(url))?.jobId).toBe('10000000');
  });

  it('finds the similar-job card with its job number', () => {
    expect(stepstone.findCards(doc, new URL(url)).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['10000001', 'Lagerist (m/w/d)', 'Nordlicht Logistik GmbH', 'Bremen'],
    ]);
  });
});
