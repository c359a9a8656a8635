import type { Analysis } from '../engine/types';

// `skillshift analyze --summary`: one row per page, tab-separated (reads in a terminal, pastes into a spreadsheet).
const COLUMNS = ['file', 'kind', 'title', 'company', 'exposure', 'automatable', 'augmentable', 'human-led', 'unclear', 'cards'];

const cell = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim());

export const summaryHeader = (): string => `${COLUMNS.join('\t')}\n`;

export function summaryRow(file: string, a: Analysis): string {
  const counts = a.exposure?.counts;
  const exposure = a.exposure ? `${Math.round(a.exposure.score * 100)}% ${a.exposure.label}` : '';
  const title = a.posting?.title ?? (a.kind === 'none' ? `(${a.reason ?? 'no job here'})` : '');
  return `${[file, a.kind, title, a.posting?.company, exposure, counts?.automatable, counts?.augmentable, counts?.['human-led'], a.exposure?.unclear, a.cards.length].map(cell).join('\t')}\n`;
}
