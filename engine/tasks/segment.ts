import type { Posting, SectionKind } from '../types';
import { cleanText, hasHan } from '../text';

export interface Segment {
  text: string;
  section: SectionKind;
}

export const MAX_TASKS = 80;
export const MAX_TASK_CHARS = 300;
const MAX_LINE_CHARS = 3000;
const MAX_LINES = 400;

const BULLET = /^(?:[•·●▪◦■□◆◇▶►‣⁃*\-–—>]+|\d{1,2}\s*[、.．)）](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*/;
const ZH_HEADING_PREFIX =
  /^(?:岗位职责|工作职责|职位职责|职责描述|职位描述|岗位描述|工作内容|任职要求|任职资格|岗位要求|职位要求|技能要求|我们希望你|你需要)\s*[:：]?\s*/;
const EN_HEADING =
  /^(?:(?:key\s+)?responsibilities|duties|requirements|qualifications|(?:minimum|basic|preferred)\s+qualifications|what\s+you(?:'|’)?ll\s+do|what\s+you\s+will\s+do|what\s+we(?:'|’)?re\s+looking\s+for|who\s+you\s+are|about\s+(?:you|the\s+role|the\s+job|us)|nice\s+to\s+haves?|benefits|perks)\s*[:：]?$/i;
const BENEFIT =
  /\b(?:401\s*\(?k\)?|health(?:care)?,?\s+(?:dental|insurance|benefits)|dental|vision\s+insurance|paid\s+(?:time\s+off|parental|holidays?|leave)|pto\b|stock\s+options?|equity\s+(?:package|grant)|salary\s+range|pay\s+range|base\s+salary|competitive\s+(?:salary|compensation|pay)|(?:annual|performance|signing)\s+bonus|free\s+(?:lunch|snacks|meals)|gym\s+membership|wellness\s+stipend|commuter\s+benefits|equal\s+opportunity\s+employer)/i;
const ZH_BENEFIT = /五险一金|六险一金|带薪年假|年终奖|餐补|餐饮补贴|节日福利|交通补贴|住房补贴|补充医疗|定期体检|弹性工作|团建|薪资|薪酬|福利/;
// Duty lines about pay and benefits ("Administer the 401(k) plan", "负责薪酬福利体系") are work, not perks.
const DUTY_START =
  /^(?:manage|administer|design|develop|process|coordinate|oversee|maintain|prepare|support|lead|own|run|handle|negotiate|review|ensure|calculate|track|analy[sz]e|benchmark)\b|负责|参与|协助|制定|管理|设计|核算|熟悉|掌握/i;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let seg = segmenters.get(locale);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(locale, seg);
  }
  return seg;
}

function stripMarkers(text: string): string {
  let out = cleanText(text);
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(BULLET, '').replace(ZH_HEADING_PREFIX, '');
  }
  return out.replace(/[；;，,、：:。\s]+$/, '');
}

function splitZh(line: string): string[] {
  return line
    .split(/(?<=[。；;！!？?])|(?<![A-Za-z0-9.])(?=\d{1,2}[、．.](?!\d))|(?=[（(]\d{1,2}[)）])/)
    .filter((part) => part.trim() !== '');
}

function splitSentences(line: string, locale: string): string[] {
  if (hasHan(line)) return splitZh(line);
  return Array.from(sentenceSegmenter(locale).segment(line), (s) => s.segment);
}

function isHeading(text: string, raw: string): boolean {
  if (EN_HEADING.test(text)) return true;
  const trimmed = raw.trim();
  if (!/[:：]$/.test(trimmed)) return false;
  return hasHan(text) ? text.length <= 12 : text.split(' ').length <= 6;
}

function isTooShort(text: string): boolean {
  if (hasHan(text)) return text.replace(/[\s\p{P}]/gu, '').length < 4;
  return text.length < 12 || text.split(' ').length < 3;
}

function isBenefit(text: string): boolean {
  return (BENEFIT.test(text) || ZH_BENEFIT.test(text)) && !DUTY_START.test(text);
}

function truncate(text: string): string {
  if (text.length <= MAX_TASK_CHARS) return text;
  const cut = text.slice(0, MAX_TASK_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TASK_CHARS * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Which sections hold tasks: duties and requirements; unheaded text only when no duties section exists. */
function taskSections(posting: Posting): Posting['sections'] {
  const hasDuties = posting.sections.some((s) => s.kind === 'responsibilities');
  return posting.sections.filter(
    (s) => s.kind === 'responsibilities' || s.kind === 'requirements' || (s.kind === 'other' && !hasDuties),
  );
}

/** Splits a posting's duty and requirement lines into task statements, in page order. */
export function segmentPosting(posting: Posting): Segment[] {
  const locale = posting.language.toLowerCase().startsWith('zh') ? 'zh' : posting.language || 'en';
  const out: Segment[] = [];
  const seen = new Set<string>();
  let lines = 0;
  for (const section of taskSections(posting)) {
    for (const raw of section.lines) {
      if (++lines > MAX_LINES || out.length >= MAX_TASKS) return out;
      const line = raw.slice(0, MAX_LINE_CHARS);
      for (const sentence of splitSentences(line, locale)) {
        const text = stripMarkers(sentence);
        if (!text || isHeading(text, sentence) || isTooShort(text) || isBenefit(text)) continue;
        const task = truncate(text);
        if (seen.has(task)) continue;
        seen.add(task);
        out.push({ text: task, section: section.kind });
        if (out.length >= MAX_TASKS) return out;
      }
    }
  }
  return out;
}
