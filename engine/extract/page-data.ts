// The job a page's script holds as data when the page's markup shows none of it (a shell saved or caught before its
// script drew it: `window._initialData = {…}`, `<script type="application/json">`): the object holding a job's
// description as HTML, with the job's title (and employer) in it or in the objects just around it. Read last, when no
// reader found the posting in the page's markup; an object that says nothing of a job (a story's title and body) is none.
import { isFields, type Fields } from './json';
import type { StructuredPosting } from './jsonld';
import { all, cleanText, parseDetached } from './text';

const DESCRIPTION = /^(?:sanitized)?(?:job)?description(?:html)?$/i;
const TITLE_KEYS = ['jobTitle', 'title', 'positionName', 'postingTitle'];
const COMPANY_KEYS = ['companyName', 'employerName', 'hiringOrganization', 'company', 'organizationName', 'employer'];
/** Keys only a job's data has. */
const JOB_KEY = /^(?:job(?:Id|Key|Title|Type|Description|Location)|employmentType|datePosted|validThrough|salary\w*|requisition\w*|applyUrl|hiringOrganization)$/i;
const HTML = /<(?:p|li|ul|br|div|h[1-6]|strong|b)\b/i;
// A page's scripts are parsed on the main thread: only those that name a description, and a few megabytes in all.
const MAX_SCRIPT_CHARS = 2_000_000;
const MAX_TOTAL_CHARS = 4_000_000;
const MAX_SCRIPTS = 50;
const MAX_NODES = 20_000;

/** The JSON a script holds: the whole text (type application/json) or the object a script assigns (`x = {…};`). */
function jsonOf(script: Element): unknown {
  const text = script.textContent ?? '';
  if (text.length > MAX_SCRIPT_CHARS) return null;
  const type = script.getAttribute('type') ?? '';
  const start = /json/i.test(type) ? text.indexOf('{') : text.search(/=\s*\{/);
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    return JSON.parse(text.slice(text.indexOf('{', start), end + 1));
  } catch {
    return null;
  }
}

const stringAt = (o: Fields, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const v = o[key];
    const text = typeof v === 'string' ? cleanText(v) : isFields(v) && typeof v.name === 'string' ? cleanText(v.name) : '';
    if (text && text.length <= 200) return text;
  }
  return null;
};

/** `o`, then the objects it holds, then its parent and the parent's other objects: the job's data around its description. */
function around(o: Fields, parent: Fields | null): Fields[] {
  const children = (x: Fields): Fields[] => Object.values(x).filter(isFields);
  return [o, ...children(o), ...(parent ? [parent, ...children(parent).filter((c) => c !== o)] : [])];
}

function fromHolder(doc: Document, o: Fields, key: string, parent: Fields | null): StructuredPosting | null {
  const near = around(o, parent);
  const title = near.map((x) => stringAt(x, TITLE_KEYS)).find(Boolean) ?? null;
  const jobLike = /job/i.test(key) || near.some((x) => Object.keys(x).some((k) => JOB_KEY.test(k)));
  if (!title || !jobLike) return null;
  return {
    title,
    company: near.map((x) => stringAt(x, COMPANY_KEYS)).find(Boolean) ?? null,
    location: null,
    url: null,
    identifier: null,
    description: parseDetached(doc, o[key] as string),
  };
}

/**
 * The first job's data in `root`, breadth-first (the page's own job before the similar jobs deep in its data); one of
 * a list of jobs (a listing's data) is no job on screen.
 */
function find(doc: Document, root: unknown): StructuredPosting | null {
  const queue: { o: Fields; parent: Fields | null; listed: boolean }[] = isFields(root) ? [{ o: root, parent: null, listed: false }] : [];
  for (let seen = 0; seen < queue.length && seen < MAX_NODES; seen++) {
    const { o, parent, listed } = queue[seen]!;
    for (const [key, v] of Object.entries(o)) {
      if (!listed && typeof v === 'string' && DESCRIPTION.test(key) && HTML.test(v)) {
        const found = fromHolder(doc, o, key, parent);
        if (found) return found;
      }
    }
    for (const v of Object.values(o)) {
      if (isFields(v)) queue.push({ o: v, parent: o, listed });
      else if (Array.isArray(v)) for (const x of v.slice(0, 50)) if (isFields(x)) queue.push({ o: x, parent: o, listed: listed || v.length > 1 });
    }
  }
  return null;
}

/** The job in the page's script data, if a script holds one; JSON-LD is read elsewhere. */
export function pageDataPosting(doc: Document): StructuredPosting | null {
  let budget = MAX_TOTAL_CHARS;
  for (const script of all(doc, 'script:not([src]):not([type="application/ld+json"])').slice(0, MAX_SCRIPTS)) {
    const length = script.textContent?.length ?? 0;
    if (length > budget) break;
    budget -= length;
    if (!/escription/.test(script.textContent ?? '')) continue;
    const found = find(doc, jsonOf(script));
    if (found) return found;
  }
  return null;
}
