import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../engine/types';
import { scorePage, type Annotation } from '../../scripts/lines-metrics';

// eval:lines matches hand-read lines to the engine's tasks by text, one inside the other (segmentation may differ).
const annotation: Annotation = {
  page: 'board/page.html',
  url: 'https://board.example/job/1',
  lang: 'fr',
  title: 'Secrétaire',
  lines: [
    { text: 'Gestion de la facturation', role: 'heading' },
    { text: 'Gestion de la facturation aux résidents ou au conseil général', role: 'duty', label: 'automatable' },
    { text: 'Rigueur et discrétion professionnelle', role: 'requirement' },
  ],
};
const task = (text: string) => ({ text, label: 'automatable', exposure: 0.8, unclear: false });
const analysis = (texts: string[]) => ({ tasks: texts.map(task), lines: [] }) as unknown as Analysis;

describe('scorePage (scripts/lines-metrics.ts)', () => {
  it('counts a heading inside the duty listed under it as no line listed: the task is the duty', () => {
    const f = scorePage(annotation, analysis(['Gestion de la facturation aux résidents ou au conseil général']));
    expect(f).toMatchObject({ duties: 1, listedDuties: 1, others: 2, leaked: 0, labelsAgree: 1 });
  });

  it('counts a line the engine lists as a task of its own as listed', () => {
    const f = scorePage(annotation, analysis(['Rigueur et discrétion professionnelle']));
    expect(f).toMatchObject({ duties: 1, listedDuties: 0, leaked: 1 });
    expect(scorePage(annotation, analysis(['Gestion de la facturation'])).leaked).toBe(1);
  });
});
