import { cleanText } from '../../engine/extract/text';

const LEAD = /^(?:careers?|jobs?)\s+(?:at|with)\s+/i;
const TAIL = /\s*(?:careers?|jobs?|job search)$/i;

/**
 * The employer a company's own career site names: its og:site_name, else the last part of the page's title
 * ("Data Analyst in Leeds | Lanternfish Careers"), without the "Careers" / "Jobs" around it.
 */
export function careerSiteCompany(doc: Document): string | null {
  const named = cleanText(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const parts = cleanText(doc.title).split(/\s+[|–—-]\s+/);
  const name = (named || (parts.length > 1 ? parts[parts.length - 1]! : '')).replace(LEAD, '').replace(TAIL, '').trim();
  return name && name.length <= 60 ? name : null;
}

/** Whether the page carries both a platform's mark (its scripts, styles, attributes) and markup its adapter reads. */
export function carries(doc: Document, mark: string, readable: string): boolean {
  return doc.querySelector(readable) !== null && doc.querySelector(mark) !== null;
}
