import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { welcometothejungle } from '../../sites/welcometothejungle';
import { ownDocument } from './helpers';

// No saved Welcome to the Jungle page exists in ../shared: our own fixture only.
describe('welcometothejungle (our fixture: job page with a related-job list)', () => {
  const url = 'https://www.welcometothejungle.com/fr/companies/maison-verte/jobs/charge-de-clientele_lyon';
  const doc = ownDocument('welcometothejungle-style.html');

  it('reads the header and both description sections', () => {
    const result = extractPosting(doc, url, welcometothejungle);
    expect(result.ok && result.source).toBe('site:welcometothejungle');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Chargé de clientèle', company: 'Maison Verte', location: 'Lyon', language: 'fr' });
    const lines = result.posting.sections.flatMap((s) => s.lines);
    expect(lines).toContain('Suivre les commandes jusqu\'à la livraison');
    expect(lines).toContain('Deux ans d\'expérience en relation client');
  });

  it('finds cards by their job slug', () => {
    expect(welcometothejungle.findCards(doc, new URL(url)).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['charge-de-clientele_lyon', 'Chargé de clientèle', 'Maison Verte', 'Lyon'],
    ]);
  });
});
