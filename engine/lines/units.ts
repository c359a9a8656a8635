// A posting's sections cut into the units a reader judges one by one: each heading, and each sentence of
// a list item or paragraph, with bullets and inline heading prefixes ("岗位职责：") stripped.
import dutyVerbsJson from '../../data/lines/duty-verbs.json';
import { checkedData } from '../data-files';
import { headingKind } from '../extract/headings';
import { HIRING } from '../extract/sections';
import { stem } from '../rules/tokenize';
import { cleanText, hasHan, KANA } from '../text';
import { simplified } from '../traditional';
import { ROMANCE_LANGUAGE, romanceBalance, TERMS_FIELD } from './shapes';
import type { Posting, SectionKind } from '../types';
import type { DutyVerbsFile } from './schema';

export const DUTY_VERBS: ReadonlySet<string> = new Set(checkedData<DutyVerbsFile>(dutyVerbsJson).verbs);

export interface Unit {
  text: string;
  section: SectionKind;
  /** The section's heading, or the unit itself is one. */
  heading: boolean;
  /** Index of the section in the posting, so roles can look at the unit's neighbours. */
  sectionIndex: number;
  /** A short line ending in a colon that names no work: it likely introduces the lines after it. */
  leadIn?: boolean;
}

export const MAX_UNITS = 600;
const MAX_LINE_CHARS = 20_000;

const BULLET = /^(?:[•·・●▪◦■□◆◇▶►‣⁃*\-–—>✓✔☑✅➤➢→]+|\d{1,2}\s*[、.．)）](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[a-z]\)\s|[一二三四五六七八九十]{1,3}\s*[、.．])\s*/u;
const ZH_HEADING_PREFIX =
  /^(?:岗位职责|工作职责|职位职责|职责描述|职位描述|岗位描述|工作内容|任职要求|任职资格|岗位要求|职位要求|技能要求|我们希望你|你需要|(?:薪资|薪酬|职位|福利)?(?:福利|待遇)|我们提供|职位诱惑)\s*[:：]\s*/;
// "职位诱惑：扁平管理，期权激励" (拉勾's name for the perks) names the benefits as 福利 does.
const kindOfPrefix = (prefix: string): SectionKind | null => (/诱惑/.test(prefix) ? 'benefits' : headingKind(prefix));

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

// No character at which a sentence can end (UAX #29: a terminator, a full stop, a paragraph separator): one sentence,
// as the segmenter would return it, without its cost (a posting's lines are mostly such items).
const ONE_SENTENCE = /^[^\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]+$/u;

/** The sentences of `text` as the locale's sentence segmenter cuts them. */
export function sentencesOf(text: string, locale: string): string[] {
  return ONE_SENTENCE.test(text) ? [text] : Array.from(sentenceSegmenter(locale).segment(text), (s) => s.segment);
}

/** A line without its bullet, number or inline "岗位职责：" prefix, and without trailing separators. */
export function stripMarkers(text: string): string {
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

// Descriptions flattened to one run of text (JSON-LD without markup: "…and customers Conduct thorough analysis…")
// are cut before a capitalised word that opens a duty, a requirement or a section, after a word that can end one.
const RUN_ON = 200;
const OPENER = /^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+)$/;
const NOT_AN_END = /^(?:the|a|an|of|to|for|with|and|or|in|on|at|by|our|your|their|its|de|la|le|les|des|du|et|ou|en|à|au|aux|el|los|las|y|del|il|lo|gli|di|da|e|con|per|und|der|die|das|mit|von)$/i;
const REQUIREMENT_OPENER = /^(?:experience|proven|strong|excellent|solid|bachelor|master|degree|knowledge|ability|proficiency|familiarity|understanding|compétences|capacité|expérience|connaissance|maîtrise|baccalauréat|diplôme|conocimientos|experiencia|capacidad|esperienza|conoscenza|capacità|laurea)$/i;

/** Whether the words from i on read French, Spanish, Italian or Portuguese: their own function words, else the posting's language (a French posting may say it is in English; bilingual descriptions exist). */
function inRomance(words: readonly string[], i: number, postingRomance: boolean): boolean {
  const balance = romanceBalance(words.slice(i, i + 12).join(' '));
  return balance > 0 || (balance === 0 && postingRomance);
}

/** What follows a subject, never an item's opening verb: "(the Senior Software) Engineer works closely…". */
const AFTER_SUBJECT = /^(?:is|are|was|were|will|shall|would|can|could|may|might|must|should|does|did|has|have|works|plays|serves|acts|leads|reports|joins)$/;

function opensItem(word: string, next: string, romance: () => boolean): boolean {
  if (!OPENER.test(word) || AFTER_SUBJECT.test(next)) return false;
  const lower = word.toLowerCase();
  if (DUTY_VERBS.has(stem(lower)) || REQUIREMENT_OPENER.test(lower)) return true;
  // Not in English: "the Senior Software Engineer" holds no infinitive.
  if (/^(?:s['’])?[a-zà-ÿ]{2,}(?:er|ir|re|ar)$/.test(lower) && romance() && (lower.length >= 6 || /^[a-zà-ÿ]/.test(next))) return true;
  return headingKind(word) !== null || headingKind(`${word} ${next}`) !== null;
}

/**
 * Whether `word` goes on a name in title case rather than opening an item: after a capitalised word ("The COVID Eviction
 * Legal Help Project", "a Public Works Supervisor", "Senior Machine Learning Engineer"), or before one that is neither a
 * verb, an ask's opening nor a section's name when it is none itself ("relevant Education Bureau sections", "em Funções
 * Públicas"; not "Skills Python, SQL…", "Education Bachelor's degree…" nor "…stakeholders Support Autodesk at…").
 */
function insideName(before: string, word: string, next: string, romance: () => boolean): boolean {
  // (A French, Spanish or Italian infinitive opens the next item, whatever is around it: "…clés Représenter Autodesk lors…".)
  const infinitive = /(?:er|ir|re|ar)$/.test(word) && romance();
  if (/^\p{Lu}\p{Ll}/u.test(before)) return !infinitive;
  const opener = (w: string): boolean => DUTY_VERBS.has(stem(w)) || REQUIREMENT_OPENER.test(w);
  const following = next.replace(/['’]s$/, '').toLowerCase();
  return !infinitive && !opener(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(next) && !opener(following) && headingKind(next) === null;
}

/** A long sentence with no stops inside, cut where a new item evidently starts. */
function splitRunOn(sentence: string, romance: boolean): string[] {
  if (sentence.length < RUN_ON) return [sentence];
  const words = sentence.split(' ');
  const out: string[] = [];
  let start = 0;
  // Brackets open before word i: "(Hospital Registration, … Seniors Program Coordinators etc.)" is one list.
  let open = 0;
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!;
    open = Math.max(0, open + (before.match(/[([]/g)?.length ?? 0) - (before.match(/[)\]]/g)?.length ?? 0));
    if (open > 0 || /[.;:!?]$/.test(before) || NOT_AN_END.test(before) || !/[\p{L}\p{N})]$/u.test(before)) continue;
    const piece = words.slice(start, i).join(' ');
    // "Qualifications minimales 8 à 10 ans…": a section name, then its first item.
    const afterHeading = i - start <= 3 && /^[\p{Lu}\d]/u.test(words[i]!) && headingKind(piece) !== null;
    // (Whether the words from i on read Romance, asked once and only when an infinitive is in question.)
    let romanceHere: boolean | undefined;
    const romanceAt = (): boolean => (romanceHere ??= inRomance(words, i, romance));
    if (!afterHeading && (insideName(before, words[i]!, words[i + 1] ?? '', romanceAt) || !opensItem(words[i]!, words[i + 1] ?? '', romanceAt))) continue;
    if (!afterHeading && i - start < 4 && headingKind(piece) === null) continue;
    out.push(words.slice(start, i).join(' '));
    start = i;
  }
  out.push(words.slice(start).join(' '));
  return out;
}

const ABBREVIATION_END = /(?:^|[\s.(])(?:\p{Lu}\p{Ll}{0,3}|ca|art|n|nr|max|min|inkl|mind|tel|std)\.\s*$/u;
/** "Liên hệ: Ms. Lan", "Contact Mr. Smith", "Ansprechpartner: Fr. Weber", "Mag. Julia Hofer", "Dott. Rossi", "St. Luke's is…": a title before a name ends no sentence. */
const HONORIFIC_END = /(?:^|[\s(:])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mme|Mlle|Sr|Sra|Srta|Hr|Fr|Mag|Ing|Dott|Dra|Lic|Avv)\.\s*$/u;
const opensBracket = (text: string): boolean => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/** An item that opens with what someone does: "scheduling posts…", "planning, assigning…", "use hands to…". */
const opensWithDoing = (item: string): boolean => {
  const first = /^[\p{L}-]+/u.exec(item)?.[0]?.toLowerCase() ?? '';
  return /^\p{Ll}[\p{L}-]+ing$/u.test(first) || DUTY_VERBS.has(stem(first));
};

/**
 * A sentence that lists three or more pieces of work kept apart by semicolons ("drafting press releases; scheduling
 * posts; sending review copies"), as its items; null unless every item after the first opens with what someone does
 * and runs from three words to a sentence's length ("offices in New York; Porto, Portugal; Singapore", a bracket's
 * "(religious; spiritual; community)" and "…may not be hired; you may be fired" stay whole).
 */
function semicolonItems(sentence: string): string[] | null {
  const items = sentence.split(/;\s+/).map((item) => item.trim()).filter(Boolean);
  const lengths = items.map((item) => item.split(' ').length);
  if (items.length < 3 || lengths.some((n) => n < 3 || n > 25)) return null;
  return items.slice(1).every(opensWithDoing) ? items : null;
}

const PAY_OPENS = /(?<=\p{Ll}{2}\.)\s+(?=[$€£]\s?\d)/u;

/** The sentences of one line: Chinese at 。；！？ and inline numbering, other languages by Intl.Segmenter. */
export function splitSentences(line: string, locale: string): string[] {
  if (hasHan(line)) return splitZh(line);
  // Duties there open with an infinitive in -er, -ir, -re or -ar ("Gérer…", "Diseñar…", "Gestire…").
  const romance = ROMANCE_LANGUAGE.test(locale);
  const out: string[] = [];
  // "…a food handler card. $18-21/hr plus tips": the segmenter ends no sentence before a currency sign.
  for (const segment of line.split(PAY_OPENS).flatMap((part) => sentencesOf(part, locale))) {
    const items = semicolonItems(segment);
    if (items) out.push(...items);
    // "(AI depth)" after a full stop belongs to the sentence before it.
    else if (/^\s*\([^)]{1,40}\)\s*$/.test(segment) && out.length > 0) out[out.length - 1] += segment;
    // "…with .NET Core": the segmenter ends a sentence at a full stop that opens a word; it belongs to the next one.
    else if (out.length > 0 && /(?:^|\s)\.$/.test(out[out.length - 1]!) && /^\S/.test(segment)) out.push(...splitRunOn(out.pop()! + segment, romance));
    // "(40 Std./Woche)", "Tel. 0221 123456", "D.Lgs. 198/2006": a full stop inside brackets, after an abbreviation before a number or after a title ends no sentence.
    else if (out.length > 0 && (opensBracket(out[out.length - 1]!) || HONORIFIC_END.test(out[out.length - 1]!) || (ABBREVIATION_END.test(out[out.length - 1]!) && /^[\d/]/.test(segment)))) out.push(...splitRunOn(out.pop()! + segment, romance));
    else out.push(...splitRunOn(segment, romance));
  }
  return out;
}

// A heading that names both the work and the asks ("Top Duties and Qualifications", "Responsibilities & Requirements",
// "Skills and Duties", 职位要求及描述, 岗位职责及要求): its lines are of both kinds, and each says which by its own words.
const NAMES_BOTH = /^(?=.*\b(?:duties|responsibilities|tasks)\b)(?=.*\b(?:qualifications|requirements|skills)\b)|^(?=.*(?:职责|描述|工作内容))(?=.*(?:要求|任职资格|任职条件))/i;

// A heading that names whom the employer seeks ("A good candidate for this role would:", "The right candidate",
// "Successful hairstylists must also:") or what doing the job takes of them ("To adequately perform their jobs, hair
// stylists must:"): the asks, whatever else it names ("role").
const NAMES_CANDIDATE = /\b(?:good|ideal|right|successful|perfect|strong|great|best|suitable) (?:candidate|applicant)s?\b|^successful [\w -]+s must\b|^to (?:\w+ly )?perform (?:their|the|this|these) (?:jobs?|roles?|position)\b[^:]*\bmust\b/i;

// A heading that names how the hire is to work ("Work Style & Organization", "Working style", "How you work"): traits
// asked ("Independent and structured daily work organization"), not the work. Not the employer's own ("Our working style").
const WORK_STYLE = /^(?:your )?work(?:ing)? style\b|^how you(?:['’]ll| will)? work\b/i;

/**
 * The kind of section a heading names: the asks when it names the candidate sought, 'other' when it names the work and
 * the asks alike, else as the page's reader has it.
 */
export function sectionKindOf(heading: string): SectionKind | null {
  if (NAMES_CANDIDATE.test(heading) || WORK_STYLE.test(heading)) return 'requirements';
  return NAMES_BOTH.test(heading) ? 'other' : headingKind(heading);
}

/** A unit that is a known section name on its own ("Responsabilités", "Minimum Qualifications"), not a sentence. */
function inlineHeading(text: string): SectionKind | null {
  // "Vergütung nach Tarif.", "Abwechslungsreiche Aufgaben.": a German line capitalises its nouns, but a full stop ends a sentence, not a name.
  if (/[.,;!?。，；！？]/.test(text.slice(0, -1)) || /[^.]\.$/.test(text)) return null;
  // "Job Type: Full-time", "Salary: $40k", "Salary 60k-70k", "EPA Certification (Preferred)": a field and its value, not a section's name.
  if (/[:：]\s*\S/.test(text) || /\d/.test(text) || /\((?:preferred|required)\)$/i.test(text)) return null;
  // "Active Texas CNA certification", "Valid driver's license": a credential held, no section's name.
  if (/^(?:active|current|valid|unrestricted|clean)\s/i.test(text)) return null;
  // "Depends on Experience", "Contract W2": the terms' field (pay, contract) on a job-details chip.
  if (TERMS_FIELD.test(text)) return null;
  // "Repetitive tasks", "Physical tasks" among work conditions: what the tasks are like, not a heading ("Main tasks", "Your tasks").
  if (/^\p{L}+ tasks$/iu.test(text) && !/^(?:main|key|your|daily|core|primary|essential|typical|principal|major|general|specific|job|work|role|other|additional|our)\s/i.test(text)) return null;
  if (hasHan(text)) return text.length <= 8 && !/^(?:持|负责|具|熟|有|能|会)/.test(text) ? headingKind(text) : null;
  const words = text.split(' ');
  // Title Case or CAPITALS, and no verb up front: "Qualifications minimales" yes, "Screen resumes against requirements" no.
  if (words.length > 4 || DUTY_VERBS.has(stem(words[0]!.toLowerCase())) || words.filter((w) => /^\p{Ll}/u.test(w) && w.length > 3).length > 1) return null;
  return sectionKindOf(text);
}

// Japanese postings wrap a sentence over lines ("今回募集するのは、" / "ビジター…スタッフ"): a line ending in a comma,
// a particle or an open bracket goes on in the next, unless that one opens an item of its own.
const JA_GOES_ON = /(?:[、，はのやにをでがとも]|において|として|による|となる)$/u;
const OPENS_ITEM = /^[・※★☆■□◆◇●○【［<＜(（「『\-*•]/u;
const WRAPPED_MAX = 300;

function unclosed(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if ('＜<（(「『【'.includes(ch)) depth++;
    else if ('＞>）)」』】'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The section's lines with Japanese sentences wrapped over several lines put back together. */
export function joinWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const prev = out[out.length - 1];
    if (prev !== undefined && KANA.test(prev) && prev.length + line.length <= WRAPPED_MAX && (hasHan(line) || KANA.test(line)) && !OPENS_ITEM.test(line) && (JA_GOES_ON.test(prev) || unclosed(prev))) {
      out[out.length - 1] = prev + line;
    } else out.push(line);
  }
  return out;
}

const JA_FOLLOWING = /(?:以下|下記)の[^。]{0,8}?(?:業務|仕事|内容)を/u;

const ZH_NAMED_PART = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*([^\s，,。；;：:！!？?]{2,14})$/;

/**
 * A short line that ends in a colon and names no work of its own likely introduces the lines after it: "Your
 * responsibilities will include:", "In this role, you will:". Not "Design: own the component library".
 */
function leadIn(sentence: string, text: string): boolean {
  // "(一)行政制度建设与落地", "二、运营与卫生管理": a part of the list named, under a Chinese numeral.
  const part = ZH_NAMED_PART.exec(sentence.trim());
  if (part && !ZH_DUTY_OPENER.test(simplified(part[1]!))) return true;
  // "当社経理部にて、以下の業務をお任せします。": the work that follows, announced.
  if (JA_FOLLOWING.test(text) && text.length <= 40) return true;
  // "Essential Duties and Responsibilities include the following.": announced with a full stop, not a colon.
  const announced = /\b(?:the following|as follows|(?:summari[sz]ed|listed|outlined|described|set out|detailed) below)\.$/i.test(text);
  if (!announced && (!/[:：]\s*$/.test(sentence) || /[:：]/.test(text) || HIRING.test(sentence))) return false;
  // ("以下是运维工程师的主要职责：", "主要工作内容如下：": longer, but saying what follows.)
  if (hasHan(text)) return text.length <= 12 || (text.length <= 24 && /^以下(?:是|为)|(?:如下|包括)$/.test(text));
  const words = text.split(' ');
  // "Supplies and Equipment:", "Guest Room Cleaning:": a group's name in title case, its first word a verb or not.
  if (words.length <= 5 && titleCased(words)) return true;
  if (DUTY_VERBS.has(stem(words[0]!.toLowerCase()))) return false;
  if (announced) return words.length <= 16;
  // Longer when it ends as a lead-in does: "As a Support Specialist, your day-to-day responsibilities will include:",
  // "Se incorporará al equipo de rampa del aeropuerto de Málaga para realizar:", "…rejoindra l'équipe pour :",
  // "…vous serez chargé(e) de :", "The following outline gives a range of duties and responsibilities which reflect the position:".
  return words.length <= 8 || (words.length <= 16 && (/^the following\b|\b(?:duties|responsibilities|tasks)\b/i.test(text) || /\b(?:include|includes|including|following|follows|are|be|will|to|for|such as|para(?: realizar)?|como|incluyen|siguientes|pour|comme|notamment|suivantes|seguintes|folgende|come|seguenti|de|di)$/i.test(text)));
}

/** Words in title case, short joining words aside: "Supplies and Equipment", "Test Design & Execution", "Care of the Elderly". */
export function titleCased(words: readonly string[]): boolean {
  return words.every((w) => /^(?:[\p{Lu}(]|&$|\/$|and$|of$|the$|to$|for$|in$|with$)/u.test(w));
}

export function localeOf(posting: Pick<Posting, 'language'>): string {
  return posting.language.toLowerCase().startsWith('zh') ? 'zh' : posting.language || 'en';
}

/** Every unit of the posting in page order, at most MAX_UNITS; empty sentences dropped. */
export function postingUnits(posting: Posting): Unit[] {
  const locale = localeOf(posting);
  const out: Unit[] = [];
  // The last unit pushed when it was a short numbered name ("1、客户咨询与解答"): it heads the items "(1)…", "(2)…" after it.
  let numberedName: Unit | null = null;
  // The units whose line opened with a number ("1、"), for groupNames.
  const numbered = new Set<Unit>();
  posting.sections.forEach((section, sectionIndex) => {
    let kind = section.kind;
    if (section.heading && out.length < MAX_UNITS) out.push({ section: kind, sectionIndex, text: cleanText(section.heading), heading: true });
    for (const raw of joinWrapped(section.lines)) {
      for (const sentence of splitSentences(raw.slice(0, MAX_LINE_CHARS), locale)) {
        if (out.length >= MAX_UNITS) return;
        const text = stripMarkers(sentence);
        // "Apply anyway! 🙌": an emoji after the last sentence is no line of its own.
        if (text && !/[\p{L}\p{N}]/u.test(text)) continue;
        // "任职要求：1、大专…" cut before its first item: the bare prefix names the section of the items after it.
        if (!text) {
          const named = headingKind(sentence);
          const name = cleanText(sentence).replace(/[:：]$/, '');
          // The name shows as the heading it is ("任职要求", a line of pre-wrap text).
          if (named && name) out.push({ section: named, sectionIndex, text: name, heading: true });
          kind = named ?? kind;
          continue;
        }
        // "岗位要求：中专以上学历…", "【要求】女性，50岁以下…": the prefix names the section of this item and those after it.
        const bare = (locale === 'zh' ? simplified(sentence) : sentence).trim().replace(BULLET, '');
        const prefix = ZH_HEADING_PREFIX.exec(bare) ?? /^【[^】]{2,8}】/.exec(bare);
        if (prefix) kind = kindOfPrefix(prefix[0]) ?? kind;
        // A section name inside a flattened description starts a section of its own kind.
        // "Flexible schedule" or "Weekly pay" among the benefits is one of them, not a heading naming their section again,
        // nor "Knowledge of HIPAA" among the asks (a name with its object).
        // ("Manpower requisitions;": an item of a list that runs on, not a name.)
        const named = /[;；,，]\s*$/.test(sentence) ? null : inlineHeading(text);
        const again = named === kind && (/\s\p{Ll}{4,}/u.test(text) || (kind === 'benefits' && /\s(?!(?:and|the|for|our|you)\b)\p{Ll}{3}\b/u.test(text)) || (kind === 'requirements' && /^\S+ (?:of|in|with) /.test(text)));
        const heading = named !== null && !again ? named : null;
        // "Capital requirements", "Reporting requirements" among duties: a group of the work named by its topic, not the asks.
        const topic = heading === 'requirements' && kind === 'responsibilities' && /^\p{L}+ requirements$/iu.test(text) && !CANDIDATE_REQUIREMENTS.test(text);
        if (heading && !topic) kind = heading;
        if (numberedName && /^\s*[（(]1[)）]/.test(sentence)) numberedName.leadIn = true;
        const unit: Unit = { section: kind, sectionIndex, text, heading: heading !== null, leadIn: leadIn(sentence, text) };
        // "Duties and responsibilities will entail:" among the asks: the lines after it are the work.
        if (kind === 'requirements' && unit.leadIn && !heading && WORK_LEAD.test(text) && !ASKS_NAMED.test(text)) kind = 'responsibilities';
        const isNumbered = NUMBERED.test(sentence);
        numberedName = isNumbered && shortZhName(text) ? unit : null;
        out.push(unit);
        if (isNumbered) numbered.add(unit);
      }
    }
  });
  groupNames(out, numbered);
  return out;
}

const NUMBERED = /^\s*\d{1,2}\s*[、.．]/;

// A lead-in that names the work to follow ("Duties and responsibilities will entail:", "主要职责如下："), and one that names
// asks beside it ("In addition to the duties above, the candidate must:").
const WORK_LEAD = /\b(?:duties|responsibilities|tasks)\b|职责|工作内容/i;
const ASKS_NAMED = /\b(?:above|must|should|candidates?|applicants?|required|qualifications?|requirements?|skills)\b|要求|任职/i;

// What a candidate's requirements are called ("Minimum requirements", "Physical requirements"), not a topic of the work.
const CANDIDATE_REQUIREMENTS = /^(?:minimum|key|job|essential|position|basic|other|additional|special|physical|education(?:al)?|experience|skills?|language|licen[cs]ing|entry|general|role|candidate|desired|preferred|mandatory|core|technical|your|our|the)\s/i;

/** A few Chinese characters with no punctuation inside: what a group's name looks like ("客户咨询与解答", "餐前准备"). */
const shortZhName = (text: string): boolean => hasHan(text) && text.length <= 10 && !/[\p{P}]/u.test(text);
const ZH_DUTY_OPENER = /^(?:负责|协助|参与|完成|做好|配合|根据|按照|按|对|及时|定期|每[日天周月])/;

/**
 * Chinese work set out in groups, each group's name on its own line before its text ("1、日常清洁维护" then "负责酒店大堂…的
 * 清洁工作…", "餐前准备。" then "服务员需要参加班前例会…"): the names head their items. A section that opens with a name and
 * alternates three or more names (a few characters, no inner punctuation, no duty opener such as 负责) with longer items
 * numbered otherwise than the names.
 */
function groupNames(units: readonly Unit[], numbered: ReadonlySet<Unit>): void {
  const isName = (u: Unit): boolean => shortZhName(u.text) && !ZH_DUTY_OPENER.test(u.text);
  const isItem = (u: Unit): boolean => hasHan(u.text) && (u.text.length >= 12 || /[，,；;、]/.test(u.text));
  let start = 0;
  while (start < units.length) {
    const index = units[start]!.sectionIndex;
    let end = start;
    while (end < units.length && units[end]!.sectionIndex === index) end++;
    const body = units.slice(start, end).filter((u) => !u.heading);
    const names = new Set(body.filter((u, i) => isName(u) && (i === 0 || !isName(body[i - 1]!)) && body[i + 1] && isItem(body[i + 1]!)));
    const items = body.filter((u) => !names.has(u));
    const grouped =
      names.size >= 3 &&
      names.has(body[0]!) &&
      items.every(isItem) &&
      !([...names].every((u) => numbered.has(u)) && items.some((u) => numbered.has(u)));
    if (grouped) for (const u of names) u.leadIn = true;
    start = end;
  }
}
