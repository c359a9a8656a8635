// A posting in a layout no reader knows (an older or newer layout of a board's job page, where the adapter's
// selectors find nothing and Readability picks the wrong block) read from its section headings: the block
// that holds its "岗位职责" / "Responsibilities" heading, widened to take in its "任职要求" / "Requirements"
// heading when one follows nearby, is its description.
import type { SectionKind } from '../types';
import { headingKind } from './headings';
import { cleanText } from './text';

/** A heading is short (a few words, a few characters in Chinese); one that runs on into its text ("岗位职责：1、负责…") is named before its colon. */
const MAX_HEADING = 60;
const MAX_HEADING_WORDS = 8;
const MAX_HEADING_CJK = 12;
const LEADING_HEADING = /^(.{2,24}?)[:：]/;
/** A description holds at least this much text, and a block past the second bound is the page, not the posting. */
const MIN_BLOCK = 60;
const MAX_BLOCK = 20_000;
/** Elements looked at as headings: past this many the page is not one posting in an unknown layout. */
const MAX_ELEMENTS = 20_000;
/** A description is this many levels above its heading at most (a page nested thousands deep costs no more). */
const MAX_CLIMB = 12;
/** Headings of each kind tried, in page order. */
const MAX_TRIED = 5;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'A', 'BUTTON', 'SELECT', 'OPTION', 'LABEL', 'LI']);
/** Duty and requirement headings, and the job's description headings ("Job description", "Descriptif du poste", "About the job": 'other'). */
const ANCHORS: readonly SectionKind[] = ['responsibilities', 'requirements', 'other'];
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

const isShortHeading = (text: string): boolean => {
  return CJK.test(text) ? text.length <= MAX_HEADING_CJK : text.length <= MAX_HEADING && text.split(' ').length <= MAX_HEADING_WORDS;
};

/** The element's own text before its first child element ("岗位职责：" of "岗位职责：<br>1、负责…"). */
function ownLeadingText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n && n.nodeType === 3; n = n.nextSibling) text += n.textContent ?? '';
  return cleanText(text);
}

/** At most three children, none with children of its own: its text costs little to read, however deep the page. */
function isShallow(el: Element): boolean {
  if (el.childElementCount > 3) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.childElementCount > 0) return false;
  return true;
}

/** A heading the block opens with: "岗位职责：…" before its colon, or a short line of its own ("Les missions<br>"). */
function leadingHeading(el: Element): string | undefined {
  const own = ownLeadingText(el);
  const onItsLine = el.firstElementChild?.tagName === 'BR' && own !== '' && isShortHeading(own);
  return onItsLine ? own : LEADING_HEADING.exec(own)?.[1];
}

/** The kind of heading the element is or opens with: a duty or requirement heading, or one of the job's description ('other'). */
function anchorKind(el: Element): SectionKind | null {
  if (NOT_CONTENT.has(el.tagName)) return null;
  // A heading element holds little; a block that opens with its heading ("岗位职责：<br>1、…") is named by its own first text.
  const text = isShallow(el) ? cleanText(el.textContent) : '';
  const heading = text && isShortHeading(text) ? text : leadingHeading(el);
  const kind = heading ? headingKind(heading) : null;
  return kind && ANCHORS.includes(kind) && (kind !== 'other' || /descri|the job/i.test(heading!)) ? kind : null;
}

const textLength = (el: Element): number => cleanText(el.textContent).length;

interface Anchor {
  el: Element;
  /** Its place in page order. */
  at: number;
}

/** The page's first few duty headings and requirement headings, in page order. */
function anchors(doc: Document): Map<SectionKind, Anchor[]> | null {
  const found = new Map<SectionKind, Anchor[]>(ANCHORS.map((k) => [k, []]));
  const elements = doc.body?.querySelectorAll('*');
  if (!elements || elements.length > MAX_ELEMENTS) return null;
  Array.from(elements).forEach((el, at) => {
    const kind = anchorKind(el);
    if (!kind || el.closest('nav, header, footer, a, button, h1')) return;
    const list = found.get(kind)!;
    if (list.length < MAX_TRIED && !list.some((a) => a.el.contains(el))) list.push({ el, at });
  });
  return found;
}

/** The block around one heading: its nearest ancestor with text enough, widened to take in `other` when a near ancestor holds it. */
function blockAround(doc: Document, heading: Element, other: Element | undefined): Element | null {
  let block: Element | null = heading;
  let up = 0;
  while (block && block !== doc.body && textLength(block) < MIN_BLOCK && up++ < MAX_CLIMB) block = block.parentElement;
  if (!block || block === doc.body || up > MAX_CLIMB) return null;
  // A paragraph that opens with its heading ("<p><b>Vos missions :</b><br>…") is one section of the description its
  // sibling paragraphs and lists make up (the employer's lead-in, the terms' fields).
  const parent = block.parentElement;
  if (block.tagName === 'P' && parent && parent !== doc.body && Array.from(parent.children).every((c) => /^(?:P|UL|OL|H\d)$/.test(c.tagName))) block = parent;
  if (other && !block.contains(other)) {
    let wider: Element | null = block.parentElement;
    for (up = 0; wider && wider !== doc.body && !wider.contains(other) && up < MAX_CLIMB; up++) wider = wider.parentElement;
    if (wider && wider !== doc.body && wider.contains(other) && textLength(wider) <= MAX_BLOCK) block = wider;
  }
  return textLength(block) <= MAX_BLOCK ? block : null;
}

/** The block holding the page's duty heading (else a description heading, else its requirement heading) and their text, or null when there is none. */
export function readByHeadings(doc: Document): Element | null {
  const found = anchors(doc);
  if (!found) return null;
  const asks = found.get('requirements')!;
  const duties = found.get('responsibilities')!;
  // No duty heading: a description heading with a requirement heading after it ("Descriptif du poste", "Profil recherché").
  // A duty heading's block takes in the asks after it, else the next duty heading ("About the role", then "Responsibilities").
  for (const heading of [...duties, ...found.get('other')!.filter((d) => asks.some((a) => a.at > d.at))]) {
    const block = blockAround(doc, heading.el, [...asks, ...duties].find((a) => a.at > heading.at)?.el);
    if (block) return block;
  }
  for (const heading of asks) {
    const block = blockAround(doc, heading.el, undefined);
    if (block) return block;
  }
  return null;
}
