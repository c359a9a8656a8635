import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { reed } from '../../sites/reed';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('reed', reed, {
  'posting-software-developer-trimmed.html: extracts the posting on screen':
    'its repo author cut the description to "This is a test description.", below the cascade\'s 40-character minimum',
});

describe('reed (our fixture: job page with microdata)', () => {
  const url = 'https://www.reed.co.uk/jobs/payroll-administrator/50000001';
  const doc = ownDocument('reed-style.html');

  it('reads the posting (microdata first, the adapter supplies the shown location)', () => {
    const result = extractPosting(doc, url, reed);
    expect(result.ok && result.source).toBe('microdata');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Payroll Administrator', company: 'Aire Accounts', location: 'Leeds, West Yorkshire' });
    expect(result.posting.sections.map((s) => s.kind)).toEqual(['responsibilities', 'requirements']);
  });

  it('gives the job id and the title anchor', () => {
    expect(reed.extractPosting(doc, new URL(url))?.jobId).toBe('50000001');
    expect(reed.titleAnchor(doc)?.textContent).toBe('Payroll Administrator');
  });
});
