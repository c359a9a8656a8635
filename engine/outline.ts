// The shape of the posting region, for a "this page was read wrong" report: tags, ids and classes only — no
// text, no attribute values, no form values — so a maintainer can see how the board lays a posting out.
import type { SiteAdapter } from './adapter';

/** `tag#id.class…`, how many like siblings in a row it stands for, and its children. */
export interface OutlineNode {
  el: string;
  repeat?: number;
  kids?: OutlineNode[];
}

export interface PageOutline {
  /** The region's ancestors, from <body> down. */
  path: string[];
  region: OutlineNode;
  /** Elements left out once the outline reached its bound. */
  cut: number;
}

export const OUTLINE_LIMITS = { nodes: 1_500, depth: 30, classes: 6, name: 60 } as const;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
// Leaves: their inside is drawing or another document, not layout.
const OPAQUE = new Set(['svg', 'iframe', 'canvas', 'video', 'picture', 'math']);
// A name that could carry a person's data (an address, a long number) is left out.
const PRIVATE = /@|\d{6,}/;

const name = (token: string): string | null => (PRIVATE.test(token) || token.length > OUTLINE_LIMITS.name ? null : token);

export function signature(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  const safeId = id ? name(id) : null;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).map(name).filter((c): c is string => c !== null);
  return `${tag}${safeId ? `#${safeId}` : ''}${classes.slice(0, OUTLINE_LIMITS.classes).map((c) => `.${c}`).join('')}`;
}

const ours = (el: Element): boolean => el.tagName.toLowerCase().startsWith('skillshift-');

function outlineOf(el: Element, depth: number, budget: { left: number; cut: number }): OutlineNode {
  budget.left--;
  const node: OutlineNode = { el: signature(el) };
  const tag = el.tagName.toLowerCase();
  if (OPAQUE.has(tag)) return node;
  const children = Array.from(el.children).filter((c) => !SKIPPED.has(c.tagName.toLowerCase()) && !ours(c));
  if (children.length === 0) return node;
  if (depth >= OUTLINE_LIMITS.depth) {
    budget.cut += children.length;
    return node;
  }
  const kids: OutlineNode[] = [];
  for (const child of children) {
    if (budget.left <= 0) {
      budget.cut++;
      continue;
    }
    const kid = outlineOf(child, depth + 1, budget);
    const last = kids[kids.length - 1];
    // Like siblings in a row (list items, cards) fold into one with a count.
    if (last && JSON.stringify({ ...last, repeat: undefined }) === JSON.stringify(kid)) last.repeat = (last.repeat ?? 1) + 1;
    else kids.push(kid);
  }
  return { ...node, kids };
}

function ancestorsOf(el: Element): string[] {
  const path: string[] = [];
  for (let at = el.parentElement; at && at.tagName.toLowerCase() !== 'html'; at = at.parentElement) path.unshift(signature(at));
  return path;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let at: Element | null = a; at; at = at.parentElement) if (at.contains(b)) return at;
  return null;
}

/**
 * The posting region: the element holding both the adapter's title and description; else the title's
 * surroundings; else the page's main region, else its body. An adapter that throws is passed over.
 */
export function postingRegion(doc: Document, url: string, adapter: SiteAdapter | null): Element | null {
  let title: Element | null = null;
  let description: Element | null = null;
  try {
    title = adapter?.titleAnchor(doc) ?? null;
    description = adapter?.extractPosting(doc, new URL(url))?.description ?? null;
  } catch {
    // The report is filed because reading failed; the outline is then of the main region.
  }
  const inPage = (el: Element | null): el is Element => el !== null && doc.documentElement.contains(el);
  if (inPage(title) && inPage(description)) return commonAncestor(title, description);
  if (inPage(description)) return description.parentElement ?? description;
  if (inPage(title)) return title.parentElement?.parentElement ?? title.parentElement ?? title;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

export function pageOutline(doc: Document, url: string, adapter: SiteAdapter | null): PageOutline | null {
  const region = postingRegion(doc, url, adapter);
  if (!region) return null;
  const budget = { left: OUTLINE_LIMITS.nodes, cut: 0 };
  return { path: ancestorsOf(region), region: outlineOf(region, 0, budget), cut: budget.cut };
}
