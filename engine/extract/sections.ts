import type { PostingSection, SectionKind } from '../types';
import { cleanText } from './text';
import { headingKind } from './headings';

type BlockKind = 'li' | 'heading' | 'text';
interface Block { kind: BlockKind; text: string }
interface Piece { text: string; bold: boolean }

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'TABLE', 'TBODY', 'THEAD',
  'TR', 'TD', 'TH', 'BLOCKQUOTE', 'PRE', 'DL', 'DT', 'DD', 'FIGURE', 'HR', 'UL', 'OL', 'FORM', 'FIELDSET', 'NAV', 'CENTER']);
const HEADING = /^H[1-6]$/;
// "3.5" is a number, not item 3; "3、5年以上" is item 3 (、 never starts a decimal).
const BULLET = /^(?:[•·・▪◦●■○◆◇►▶➤✓✔☑*\-–—]|\d{1,2}(?:[.)](?!\d)|、)|[a-z]\)|[（(]\d{1,2}[)）]|[①-⑳])\s*/;
const MAX_BLOCKS = 5000;
// Browsers' HTML parsers stop nesting at 512; deeper trees are script-built junk.
const MAX_DEPTH = 400;

function isHidden(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return el.getAttribute('aria-hidden') === 'true' || /\bvisually-hidden\b|\bsr-only\b/.test(cls);
}

/** Flatten a description into blocks: list items, headings, and text lines (split at <br> and block edges). */
function toBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let line: Piece[] = [];
  const flush = (): void => {
    const text = cleanText(line.map((p) => p.text).join(''));
    const visible = line.filter((p) => cleanText(p.text));
    // (A bold field with a figure for its value, "Pay Range: $19 - $23", is a line of its own, not a heading over nothing.)
    if (text) blocks.push({ kind: visible.every((p) => p.bold) && isShort(text) && !/[:：].*\d/.test(text) ? 'heading' : 'text', text });
    line = [];
  };
  const inlineText = (el: Element): string => {
    const parts: string[] = [];
    const walk = (n: Node, depth: number): void => {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      if (n.nodeType !== 1 || depth > MAX_DEPTH) return;
      const e = n as Element;
      if (SKIP.has(e.tagName.toUpperCase()) || isHidden(e) || e.tagName === 'UL' || e.tagName === 'OL') return;
      if (e.tagName === 'BR' || BLOCK.has(e.tagName)) parts.push(' ');
      e.childNodes.forEach((c) => walk(c, depth + 1));
    };
    el.childNodes.forEach((c) => walk(c, 0));
    return cleanText(parts.join(''));
  };
  const visit = (n: Node, bold: boolean, depth = 0): void => {
    if (blocks.length > MAX_BLOCKS || depth > MAX_DEPTH) return;
    if (n.nodeType === 3) {
      line.push({ text: n.nodeValue ?? '', bold });
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(el)) return;
    if (tag === 'BR') return flush();
    // Plain text keeps its lines, and markdown its headings: a posting pasted into a <pre> ("**What you'll do**\n* Build…").
    if (tag === 'PRE') {
      flush();
      for (const text of (el.textContent ?? '').split('\n')) {
        const marked = /^\s*(?:#{1,6}\s+(.+)|\*\*([^*]+)\*\*:?)\s*$/.exec(text);
        if (marked) blocks.push({ kind: 'heading', text: cleanText(marked[1] ?? marked[2]) });
        else line.push({ text, bold });
        flush();
      }
      return;
    }
    // A definition list's term heads its definition ("Vacantes" over "1", "Estudios mínimos" over the degree), and an
    // accordion's role="heading" its panel (its text in the button that opens the panel).
    const role = el.getAttribute('role') === 'heading';
    if (HEADING.test(tag) || tag === 'DT' || role) {
      flush();
      const text = role ? cleanText(el.textContent) : inlineText(el);
      if (text) blocks.push({ kind: tag === 'DT' && !isShort(text) ? 'text' : 'heading', text });
      return;
    }
    if (tag === 'LI') {
      flush();
      const text = inlineText(el);
      const lists = Array.from(el.children).filter((list) => list.tagName === 'UL' || list.tagName === 'OL');
      // An item that names a section over a list of its own heads it ("<li><strong>Requirements</strong><ul>…"), in a
      // list the page doesn't introduce itself ("You will:<ul><li>Technical Skills:<ul>…" are duties).
      if (text) blocks.push({ kind: lists[0] && headingKind(text) && !introduced(el.parentElement!) ? 'heading' : 'li', text });
      for (const list of lists) visit(list, bold, depth + 1);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const chips = block ? chipTexts(el) : null;
    if (chips) {
      blocks.push({ kind: 'text', text: chips.join(' · ') });
      return;
    }
    const b = bold || tag === 'STRONG' || tag === 'B';
    el.childNodes.forEach((c) => visit(c, b, depth + 1));
    if (block) flush();
  };
  visit(root, false);
  flush();
  return blocks;
}

// A row of a board's tag chips (<div class="job-tags"><span>仓储管理</span><span>叉车证</span></div>) shows its names apart,
// however close the markup runs them ("仓储管理叉车证").
const CHIP_ROW = /(?:tag|chip|keyword|label|badge|skill)s?\b/i;

/** The names of a row of tag chips, else null. */
export function chipTexts(el: Element): string[] | null {
  // (The row's class names them, or its first chip's own does: <div><span class="chip">…, not a field's label and value.)
  if (!CHIP_ROW.test(el.getAttribute('class') ?? '') && !/chip|pill|badge/i.test(el.firstElementChild?.getAttribute('class') ?? '')) return null;
  const texts = Array.from(el.children, (chip) => cleanText(chip.textContent ?? ''));
  const bare = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue!.trim());
  return texts.length > 1 && !bare && texts.every((t) => t && t.length <= 30) ? texts : null;
}

/** A list after a heading or a line ending in a colon. */
function introduced(list: Element): boolean {
  let prev = list.previousSibling;
  while (prev && !prev.textContent!.trim()) prev = prev.previousSibling;
  return !!prev && (HEADING.test(prev.nodeName) || /[:：]\s*$/.test(prev.textContent!));
}

function isShort(text: string): boolean {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  // ("Minimum Qualifications..." trails off; it ends no sentence.)
  return cjk > text.length / 3 ? text.length <= 24 : text.length <= 80 && !/(?<!\.\.)[.!?]$/.test(text);
}

/** The employer announcing the hire before its title or duties: "Empresa líder solicita:", "現誠聘：". */
export const HIRING = /\b(?:solicita|busca|contrata|recrute|cerca|seleziona|sucht|seeks|is hiring)\s*:$|聘[:：]$/i;
const MARKED = /^[•·・▪◦●■○◆◇►▶➤✓✔☑*\-–—]/;
const YES_NO = /^(?:do|does|are|is|have|has|can|could|will|would)\b/i;

function looksShort(text: string): boolean {
  return text.length <= 60 && text.split(' ').length <= 9 && !/(?<!\.\.)[.;,]$/.test(text);
}

/**
 * A plain text line that reads as a heading: "Requirements:", "岗位职责：", a bare known heading, a question that names a
 * section ("¿Qué harás?", "Qui sommes-nous ?"; not one asking the reader, "Do you have experience in retail?"), or a
 * short line introducing a list or a paragraph by a known word.
 */
function isHeadingLine(text: string, next: Block | undefined): boolean {
  const han = /[\u3400-\u9fff]/.test(text);
  if (!han && /[?？]$/.test(text) && text.length <= 60 && !MARKED.test(text)) return !YES_NO.test(text) && headingKind(text) !== null;
  // (A square before a short Chinese or Japanese name marks a heading, as 【】 do: "■仕事内容".)
  if (!isShort(text) || MARKED.test(text.replace(/^[■◆](?=\p{sc=Han})/u, ''))) return false;
  // (Not a sentence before its lead-in: "You'll be our second designer. You will:"; nor the employer announcing the
  // hire: "Empresa líder en autopartes solicita:", "本公司現誠聘：".)
  if (/[:：]$/.test(text) && text.length <= 60 && !/[.!?]\s/.test(text)) return !HIRING.test(text);
  const bare = text.replace(/^([一二三四五六七八九十]+、|\d{1,2}[.、)]|[【[■◆])\s*/, '').replace(/[】\]]$/, '');
  // "2、两年以上会计工作经验；" is an item that ends as a sentence does, "上班时间自由，可兼职" one of two clauses; a heading is
  // neither. "薪资：8-12K·13薪" is a field with its value, "1-1.5万/月" a value alone.
  if (/[\u3400-\u9fff]/.test(bare)) return bare.length <= 12 && !/[；;。，,\d]|[:：]\s*\S/.test(bare) && headingKind(bare) !== null;
  if (BARE_HEADING.test(bare)) return true;
  // ("employment type: part-time" over a paragraph is a field with its value.)
  if (!looksShort(text) || /[:：]\s*\S/.test(text)) return false;
  if (next && (next.kind === 'li' || (next.kind === 'text' && MARKED.test(next.text)))) return true;
  // Or before a paragraph, or before short lines when set in capitals ("WHAT YOU WILL DO" over one line per duty).
  return !!next && next.kind === 'text' && (next.text.length > 80 || !/\p{Ll}/u.test(text)) && text.split(' ').length <= 6 && headingKind(text) !== null;
}

/**
 * A paragraph that opens with the name of the duties or the requirements and goes on with them: "Responsibilities:
 * drafting press releases; scheduling posts…", "任职要求：本科以上学历…", "【岗位职责】1、负责…". A field ("Salary: £24,000") is no such name.
 */
function runInHeading(text: string): { heading: string; rest: string } | null {
  const m = /^【?([^:：.;。；【】]{3,40})[:：】]\s*(\S.*)$/su.exec(text);
  const heading = m?.[1]!.trim() ?? '';
  if (!m || /\d/.test(heading) || heading.split(/\s+/).length > 4 || !/\p{L}/u.test(m[2]!)) return null;
  const kind = headingKind(heading);
  return kind === 'responsibilities' || kind === 'requirements' ? { heading, rest: m[2]!.trim() } : null;
}

const BARE_HEADING = /^(key |main |core |your |the |our |job |role |minimum |preferred |basic )?(responsibilities|requirements|qualifications|benefits|duties|perks|skills|about us|missions|profil|profile|requisitos|requisiti|what you('|’)?ll do|what we offer)$/i;

/** A description's list items: its <li>, and its lines that open with a bullet or dash ("-sms funnel<br>"), bullet left out. */
export function listItems(root: Element): string[] {
  return toBlocks(root).flatMap((b) => (b.kind === 'li' ? [b.text] : b.kind === 'text' && MARKED.test(b.text) ? [stripBullet(b.text)] : []));
}

function stripBullet(text: string): string {
  return text.replace(BULLET, '').trim() || text;
}

/** Split a description into headed sections of lines; text without headings is one 'other' section. */
export function toSections(root: Element | null): PostingSection[] {
  if (!root) return [];
  const blocks = toBlocks(root);
  const sections = sectionsOf(blocks, false);
  // A page with no duty or requirement heading may name them at the start of its paragraphs.
  return namesTheJob(sections) ? sections : sectionsOf(blocks, true);
}

// A client's freelance brief asks for bids or says the client needs someone; a freelancer's own page offers the same
// deliverables, budgets and proposals to clients.
export const GIG_ASK = /\byour (?:proposal|bid|quote)\b|\bi(?:'m| am)? (?:need|looking for|seeking|want to hire)\b|\bneed (?:an? |some )?(?:\w+ ){0,2}(?:developer|designer|freelancer|expert|writer|editor|specialist|assistant)\b/i;
const BRIEF_HEADING = /^(?:deliverables|scope of (?:the )?(?:work|project))$/i;

/**
 * Whether the sections name the job's duties or requirements (a listing read as an article names neither); a brief's
 * "Deliverables" names them only in a brief that asks for someone.
 */
export function namesTheJob(sections: readonly PostingSection[]): boolean {
  let brief = false;
  let briefNames = false;
  for (const s of sections) {
    // A heading that names no section of its own ("How it works") goes on with the section before it.
    const named = s.heading !== null && BRIEF_HEADING.test(s.heading);
    if (named || (s.heading && headingKind(s.heading) !== null)) brief = named;
    if (s.kind !== 'responsibilities' && s.kind !== 'requirements') continue;
    if (!brief) return true;
    briefNames = true;
  }
  return briefNames && sections.some((s) => s.lines.some((line) => GIG_ASK.test(line)));
}

function sectionsOf(blocks: readonly Block[], runIns: boolean): PostingSection[] {
  const sections: PostingSection[] = [];
  let current: PostingSection = { heading: null, kind: 'other', lines: [] };
  const start = (heading: string): void => {
    if (current.lines.length) sections.push(current);
    const clean = heading.replace(/[:：]\s*$/, '').trim();
    current = { heading: clean, kind: headingKind(clean) ?? inherit(current.kind), lines: [] };
  };
  blocks.forEach((b, i) => {
    const runIn = runIns && b.kind === 'text' ? runInHeading(b.text) : null;
    if (b.kind === 'heading' || (b.kind === 'text' && isHeadingLine(b.text, blocks[i + 1]))) start(b.text);
    else if (runIn) {
      start(runIn.heading);
      current.lines.push(runIn.rest);
    } else current.lines.push(b.kind === 'li' ? b.text : stripBullet(b.text));
  });
  if (current.lines.length) sections.push(current);
  // A last heading with a figure and nothing under it heads nothing: it is a line ("Sign-on bonus of $10,000" in bold;
  // not a page's "Trending employee content" after the posting). No heading at all tests as "null", with no figure.
  else if (/\d/.test(current.heading!)) sections.at(-1)?.lines.push(current.heading!);
  return sections;
}

// An unknown sub-heading (e.g. "Architecture & Design" inside the duties) keeps the enclosing kind,
// except when it follows the generic page wrapper.
function inherit(previous: SectionKind): SectionKind {
  return previous === 'responsibilities' || previous === 'requirements' ? previous : 'other';
}
