import type { PageOutline } from '../../engine/outline';
import type { Analysis } from '../../engine/types';

export const READ_REPORT_FORMAT = 'skillshift-read-report/1';

/**
 * What a "this page was read wrong" file holds: the page's URL, what SkillShift read there (the posting's
 * lines and their roles, the duties' labels, the cards, why nothing was read, an adapter's error) and the
 * posting region's outline (tags, ids, classes; no text). Nothing of the person: no profile, no history.
 */
export function readReport(analysis: Analysis, outline: PageOutline | null, savedAt: Date, version: string) {
  return {
    format: READ_REPORT_FORMAT,
    savedAt: savedAt.toISOString(),
    version,
    url: analysis.url,
    read: {
      kind: analysis.kind,
      source: analysis.source,
      posting: analysis.posting,
      ...(analysis.reason === undefined ? {} : { reason: analysis.reason }),
      ...(analysis.adapterError === undefined ? {} : { adapterError: analysis.adapterError }),
      lines: analysis.lines.map(({ text, role }) => ({ text, role })),
      tasks: analysis.tasks.map(({ text, section, label, unclear, rules }) => ({ text, section, label, unclear, rules })),
      cards: analysis.cards.map(({ id, title, company }) => ({ id, title, company })),
    },
    outline,
  };
}

/** skillshift-read-report-<host>-<yyyy-mm-dd>.json */
export function readReportName(url: string, savedAt: Date): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || host;
  } catch {
    // a page without a URL SkillShift can parse still gets its report
  }
  return `skillshift-read-report-${host}-${savedAt.toISOString().slice(0, 10)}.json`;
}
