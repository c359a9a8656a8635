import { isFields, type Fields } from './json';
import { payLine } from './salary';
import { all, cleanText, parseDetached } from './text';
import { escapedForRegExp } from '../text';

/** A schema.org JobPosting read from JSON-LD or microdata. */
export interface StructuredPosting {
  title: string | null;
  company: string | null;
  location: string | null;
  url: string | null;
  identifier: string | null;
  /** Detached, sanitized (JSON-LD) or live (microdata) description root. */
  description: Element | null;
}

/** What the adapter says is on screen; JSON-LD for another job (e.g. a similar-jobs block) is ignored. */
export interface OnScreen {
  jobId: string | null;
  title: string | null;
}

/** A plain value, or the name / value / @value of an object, as text. */
const PLACEHOLDER = /^(unavailable|n\/?a|null|undefined|-)$/i;

export function ldText(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') {
    const t = cleanText(String(v));
    return t && !PLACEHOLDER.test(t) ? t : null;
  }
  if (Array.isArray(v)) return ldText(v[0]);
  if (isFields(v)) return ldText(v.name ?? v.value ?? v['@value']);
  return null;
}

export function ldLocation(v: unknown): string | null {
  const place = Array.isArray(v) ? v[0] : v;
  if (typeof place === 'string') return cleanText(place) || null;
  if (!isFields(place)) return null;
  const addr = place.address;
  if (typeof addr === 'string') return cleanText(addr) || null;
  if (!isFields(addr)) return ldText(place.name);
  const parts = [addr.addressLocality, addr.addressRegion, addr.addressCountry]
    .map((p) => ldText(p))
    .filter((p): p is string => !!p);
  return parts.length ? [...new Set(parts)].join(', ') : null;
}

function identifierOf(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isFields(v)) return ldText(v.value ?? v['@value'] ?? v['@id']);
  return null;
}

const typesOf = (v: Fields): unknown[] => (Array.isArray(v['@type']) ? v['@type'] : [v['@type']]);
const isJobPosting = (v: Fields): boolean => typesOf(v).some((x) => typeof x === 'string' && /(^|[/:])JobPosting$/.test(x));

/** Walk arrays, @graph and mainEntity / itemListElement wrappers, collecting JobPosting nodes. */
function collect(v: unknown, out: Fields[], depth = 0): void {
  if (depth > 6 || out.length > 50) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isFields(v)) return;
  if (isJobPosting(v)) {
    // A node whose @type list holds anything but names is not one we trust.
    if (typesOf(v).every((x) => typeof x === 'string')) out.push(v);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) collect(v[key], out, depth + 1);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Some sites leave raw control characters inside strings.
    try {
      // eslint-disable-next-line no-control-regex -- stripping them is the point
      return JSON.parse(text.replace(/[\u0000-\u001F]+/g, ' '));
    } catch {
      return null;
    }
  }
}

// A sum of money in the description: its pay is told there already.
const MONEY = /[$€£¥₹]\s?\d|\d\s?(?:元|円|万)|\b(?:usd|eur|gbp|cny|rmb|inr|aud|cad)\b/i;

/** The description, with the baseSalary's pay as a last paragraph when the description names no sum of its own. */
// (The lines' BENEFIT pattern knows more sums, but lives in the background: this runs in the content script.)
function withPay(description: Element | null, salary: unknown): Element | null {
  const pay = description && !MONEY.test(description.textContent ?? '') && payLine(salary);
  if (pay) description.appendChild(Object.assign(description.ownerDocument.createElement('p'), { textContent: pay }));
  return description;
}

function toStructured(doc: Document, node: Fields): StructuredPosting {
  const html = typeof node.description === 'string' ? node.description : null;
  return {
    title: ldText(node.title) ?? ldText(node.name),
    company: ldText(node.hiringOrganization),
    location: ldLocation(node.jobLocation),
    url: typeof node.url === 'string' ? node.url : null,
    identifier: identifierOf(node.identifier),
    description: html ? withPay(parseDetached(doc, html), node.baseSalary) : null,
  };
}

// A page with a thousand JSON-LD blocks (or one of megabytes) is not parsed block after block on the main thread.
const MAX_BLOCKS = 100;
const MAX_BLOCK_CHARS = 1_000_000;

function jobPostingNodes(doc: Document): Fields[] {
  const nodes: Fields[] = [];
  for (const script of all(doc, 'script[type="application/ld+json"]').slice(0, MAX_BLOCKS)) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_BLOCK_CHARS && text.includes('JobPosting')) collect(parseJson(text), nodes);
    if (nodes.length > 50) break;
  }
  return nodes;
}

/** Every schema.org JobPosting in the page's JSON-LD blocks; malformed blocks are skipped. */
export function findJsonLdPostings(doc: Document): StructuredPosting[] {
  return jobPostingNodes(doc).map((n) => toStructured(doc, n));
}

const norm = (s: string): string => cleanText(s).toLocaleLowerCase();

/** Does this posting describe the job on screen? Without a hint, only a lone posting counts. */
export function matchesOnScreen(p: StructuredPosting, hint: OnScreen | null, count: number): boolean {
  // A lone posting that names no job cannot contradict the one on screen.
  if (!hint || (!hint.jobId && !hint.title) || (!p.url && !p.identifier && !p.title)) return count === 1;
  if (hint.jobId) {
    const id = hint.jobId;
    if (p.identifier === id) return true;
    const escaped = escapedForRegExp(id);
    if (p.url && new RegExp(`(^|[^0-9A-Za-z])${escaped}([^0-9A-Za-z]|$)`).test(p.url)) return true;
  }
  return !!hint.title && !!p.title && norm(hint.title) === norm(p.title);
}

export function jsonLdPosting(doc: Document, hint: OnScreen | null): StructuredPosting | null {
  const nodes = jobPostingNodes(doc);
  const headers = nodes.map((n) => ({ ...toStructured(doc, { ...n, description: undefined }), node: n }));
  const hit = headers.find((p) => matchesOnScreen(p, hint, nodes.length));
  return hit ? toStructured(doc, hit.node) : null;
}
