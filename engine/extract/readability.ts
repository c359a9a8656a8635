import Readability from '@mozilla/readability/Readability.js';
import { dropHiddenRuns, hiddenClasses } from './hidden-style';
import { cleanText, inertDocument, textWithoutCode } from './text';
import { pageHeading } from './job-heading';
import { chipTexts, GIG_ASK, namesTheJob, toSections } from './sections';
import { simplifiedForExtraction } from '../traditional';

/**
 * A failure says whether the page's text reads like a job's (`jobLike`): its main text was no posting's, or it had none;
 * `short`, a main text too short to take first that heads its duties or asks, for when no other reader finds more.
 */
export type ReadResult =
  | { ok: true; root: Element; title: string | null; prose?: boolean }
  | { ok: false; reason: string; jobLike?: boolean; short?: { root: Element; title: string | null } };

// Words that a job posting almost always contains: a page with fewer than three is not one, nor a main text with fewer than two.
const JOB_WORDS = /\b(responsibilit\w*|requirements?|qualifications?|apply|applicants?|salary|benefits|full[- ]time|part[- ]time|jobs?|position|role|candidat[eo]?|hiring|skills|missions?|profil|poste|empleo|puesto|funciones|jornada|requisitos|lavoro|requisiti|mansioni|atividades|exp[ée]rience|experiencia|esperienza|experi[êe]ncia|sal[aá]rio|salaire|r[ée]mun[ée]ration|stipendio|contrat(?:t?o)?|ofe?recemos|offr(?:e|ons|iamo)|richied\w*|aufgaben|anforderungen|bewerb\w*|vollzeit|teilzeit|erfahrung|gehalt|per hour|an hour|hourly|paid weekly|wages?|shifts?|we offer)\b|\/\s?hr\b|[$£€]\s?\d[\d,.]*k?\s?(?:-|–|to)\s?[$£€]?\d|岗位|职位|职责|任职|要求|薪资|招聘|福利|经验|学历|待遇|[兼全]职|工作(?:内容|时间)|仕事内容|応募|給与|勤務/gi;
const MIN_TEXT = 400;
const MAX_ELEMENTS = 40000;
const MAX_TEXT = 1_500_000;

// A client's freelance brief has few of them: its deliverables, budget and fixed price count as theirs when it asks
// for someone (GIG_ASK), not when a freelancer's own page offers them.
const GIG_WORDS = /\b(deliverables|budget|proposals?|freelancer|fixed[- ]price)\b/gi;

// textContent runs one block into the next ("Sales AssociatePart-time", "kitchenRequirements", "ManagementWe need"): a
// capital after a small letter starts a word again.
const unrun = (text: string): string => text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

function jobWordCount(text: string): number {
  const head = unrun(text.slice(0, 50000));
  // 工作內容, 學歷 (traditional characters) count as 工作内容, 学历.
  const words = [...(simplifiedForExtraction(head).match(JOB_WORDS) ?? []), ...(GIG_ASK.test(head) ? (head.match(GIG_WORDS) ?? []) : [])];
  return new Set(words.map((w) => w.toLowerCase())).size;
}

/**
 * Rows of tag chips show their names apart (sections.ts); Readability moves their chips into paragraphs of its own,
 * classless, so each chip is marked before, to be spaced after (spaced before, the longer text would change its pick).
 */
function markChips(root: ParentNode): void {
  // (A row's class names its chips, or the first chip's own class does: each classed element in the body and its parent.)
  for (const el of Array.from(root.querySelectorAll('body [class]'))) for (const row of [el, el.parentElement!]) if (chipTexts(row)) for (const chip of Array.from(row.children)) chip.setAttribute('data-chip', '');
}

/**
 * Readability on `fresh`. The article keeps its classes until the runs of text the page's style sheets hide inside
 * its lines are dropped (`hidden`, a board's decoys), then loses them as Readability's own cleaning would (a page of
 * atomic CSS hides thousands of classes: too many for Readability's list of classes to keep).
 */
function run(fresh: Document, hidden: ReadonlySet<string> = new Set()): { root: Element; title: string | null } | null {
  markChips(fresh);
  const article = new Readability<Node>(fresh, {
    serializer: (n) => n,
    maxElemsToParse: MAX_ELEMENTS,
    charThreshold: 200,
    keepClasses: true,
    // The page's JSON-LD is read by jsonld.ts; Readability's bundles carry no reader of it (scripts/quiet-readability.ts).
    disableJSONLD: true,
  }).parse();
  const root = article?.content;
  if (!root || root.nodeType !== 1) return null;
  dropHiddenRuns(root as Element, hidden);
  for (const chip of Array.from((root as Element).querySelectorAll('[data-chip]+[data-chip]'))) chip.before(' · ');
  for (const el of [root as Element, ...Array.from((root as Element).querySelectorAll('[class]'))]) {
    if (el.classList.contains('page')) el.setAttribute('class', 'page');
    else el.removeAttribute('class');
  }
  return { root: root as Element, title: cleanText(article.title) || null };
}

/**
 * Readability on a copy of one description container: Readability mutates its document, and on a
 * two-pane board the whole page would make it pick the list of other jobs.
 */
export function readContainer(doc: Document, container: Element): ReadResult {
  const fresh = inertDocument(doc);
  if (!fresh?.body) return { ok: false, reason: 'no document to read into' };
  try {
    fresh.body.innerHTML = container.outerHTML;
    // Words the page's style sheets hide inside the text (a board's decoys) are no part of it.
    dropHiddenRuns(fresh.body, hiddenClasses(doc));
    // Collapsed "show more" panels hide the text from assistive tech until expanded; the copy may show it.
    for (const el of Array.from(fresh.body.querySelectorAll('[aria-hidden], [hidden]'))) {
      el.removeAttribute('aria-hidden');
      el.removeAttribute('hidden');
    }
    const read = run(fresh);
    // Short descriptions fall below Readability's thresholds; the copy itself is then the text.
    return { ok: true, root: read?.root ?? fresh.body, title: null };
  } catch (e) {
    return { ok: false, reason: `readability failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

const mostlyHan = (text: string): boolean => (text.match(/[\u3400-\u9fff]/g) ?? []).length > text.length / 3;
// A Chinese character says about as much as an English word: four duties and two asks of a short posting run to 90.
const looksLikeJob = (text: string): boolean => text.length >= (mostlyHan(text) ? MIN_TEXT / 4 : MIN_TEXT / 2) && jobWordCount(text) >= 3;

// A small employer's job page written as prose, with no duty or requirement heading and few of the job words: its h1
// names one job ("Weekend Baker", "Handyman", "Kitchen Staff", "Line Cook - Evenings", "Crew Member - $18/hr",
// "Recepcionista de hotel", "Cercasi pizzaiolo", "Nhân viên bán hàng", "Tuyển nhân viên phục vụ", "门店店员", "経理スタッフ", a
// short Chinese or Japanese name: 行政前台, 一般事務; no article's "Meet our head baker", no page's 会社概要), the text says what
// the reader will do ("You'll bake…", "You'd cut…", "Duties include…", "Funciones:…", "vous accueillerez…", "vous
// l'aiderez…", "se encargará…", "负责…", "主要工作是…", "お仕事は…"), and asks for applications, says whom the employer seeks
// ("We're looking for…", "…restaurant in Tucson looking for a line cook", "Office cleaner needed…", "Se necesita…",
// "Riverside Apartments seeks…", "As our second support specialist, you'll…"; not a freelancer's "Looking for someone
// to build your site?") or, in Chinese or Japanese, the schooling asked (大专以上学历) or the pay (月薪4500元, 4500-6000元/月,
// 月給22万円). "Apply" is found inside text that runs one block into the next ("#LI-JM1Apply for this job").
const JOB_TITLE = /^(?!(?:.*\s)?(?:the|an?|our|your|my|how|what|why|meet)\s).*(?:(?:er|or|ist|ant|ent|ive|ian|man|hand|ess|mate|eur|euse|ier|i[eè]re|ero|era|ista|ora|cook|chef|clerk|aide|nurse|tech|staff|[员师工手]|助理|经理|主管|店长|总监|护士|会计|导购|编辑|代表|顾问|专家|运营|实习生|スタッフ|事務|担当)(?: d[eiu]\b.{2,30})?(?:\s*\(.*\)|\s[-–]\s[\w $/.]{2,20})?$|^(?:tuyển )?nhân viên |\b(?:wanted|vacancy|hiring|cercasi)\b|\(e\)|\/a\b|[hfmw]\/[hfmwd])|招聘|^招|^(?!.*(?:概要|简介|紹介)$)[\u4e00-\u9fff]{2,6}$/i;
const YOU_WILL = /\byou(?:'|’)?(?:ll|d)\b|\byou will\b|\bvous (?:\w')?\w+rez\b|\b\w+rás\b|\b\w+[ei]r(?:à|ai)(?=[\s,.;]|$)|\bvoc[êe] (?:vai|ir[áa])\b|\b\w+st du\b|\bs[ei] \w+r[áà](?=[\s,.;]|$)|\b(?:du wirst|sie werden)\b|\bzu (?:ihren|deinen) aufgaben\b|\bduties include\b|\bfun(?:cione|çõe)s:|负责|你将|主要工作|工作内容|お仕事は|お任せ|công việc/i;
const CALL = /\bcv\b|r[ée]sum[ée]|curr[ií]cul|appl(?:y|ication)|candidat|postul|bewerb|简历|投递|应聘|以上学历|学历(?:要求|不限)|经验不限|\w (?:looking|searching) for\b|\bseek(?:s|ing)?\b|\bas our\b|\bwe need|(?:er|or|ist)s? (?:urgently )?needed\b|hiring|join (?:us|our)\b|\bfit\b|take on|buscamos|cherche|recrut|\bcerc(?:a|hiamo)\b|si richiede|contrata|\bbusca\b|\bse necesita|suchen wir|wir suchen|需要一名|招聘|[月底时日]薪|元\/月|募集|応募|[月時]給|tuyển/i;
// 2 when the text says what the reader will do; 1 when it names the hire by the title's last word twice more ("The
// custodian is responsible for…", "Substitute teachers follow…", 招聘美容师…有美容师资格证优先) beside two job words (no
// staff profile, no article on the work): read then only as long as a posting with its headings.
// -1 when the title names a job and the text is no such prose: a small employer's page that lists the work under the
// job's name alone ("Cashier": "Greet customers…", "Count the cash drawer…"; 采购助理: "1、协助采购经理…"), with none of
// the job words. Its main text is read then as one under no heading, which the background keeps only when its lines
// say work (engine/analyze.ts).
const inProse = (doc: Document, text: string): number => {
  const title = pageHeading(doc)?.text ?? '';
  // 負責, 以上學歷: traditional characters read as the simplified ones.
  const read = unrun(simplifiedForExtraction(text));
  // (The title's last word names the hire; a title that ends in no word splits the text by nothing: one part.)
  const named = (): boolean => text.toLowerCase().split(/\p{L}{3,}(?=\W*$)/u.exec(title)?.[0].toLowerCase() as string).length > 3 && jobWordCount(read) > 1;
  return !JOB_TITLE.test(title) ? 0 : !CALL.test(read) ? -1 : YOU_WILL.test(read) ? 2 : named() ? 1 : -1;
};

/**
 * An accordion's panels or a set of tabs', closed on the page until their button is pressed, opened in the copy under
 * their button's words as its heading: Readability drops hidden nodes and buttons. A menu's panel stays shut.
 */
function openAccordions(doc: Document): void {
  for (const toggle of Array.from(doc.querySelectorAll('[aria-controls][aria-expanded],[role=tab][aria-controls]'))) {
    const panel = doc.getElementById(toggle.getAttribute('aria-controls')!.split(' ')[0]!);
    const words = cleanText(toggle.textContent);
    if (!panel || !words || words.length > 60 || panel.closest('nav, header, [role=menu]')) continue;
    for (const attr of ['hidden', 'aria-hidden', 'style']) panel.removeAttribute(attr);
    const heading = doc.createElement('h3');
    heading.textContent = words;
    toggle.remove();
    panel.before(heading);
  }
}

/** Readability on a whole page, only when the page reads like a job posting. */
export function readWholePage(doc: Document): ReadResult {
  const root = doc.body ?? doc.documentElement;
  let bodyText = cleanText(root?.textContent ?? '');
  // Only a page that fails on its whole text is read again without its scripts' and styles'.
  if ((!looksLikeJob(bodyText) || bodyText.length > MAX_TEXT) && root?.querySelector('script, style')) bodyText = cleanText(textWithoutCode(root, ' '));
  const prose = inProse(doc, bodyText);
  if (!prose && !looksLikeJob(bodyText)) {
    return { ok: false, reason: 'the page does not look like a job posting' };
  }
  if (bodyText.length > MAX_TEXT) return { ok: false, reason: 'the page is too large to be one posting' };
  let read: { root: Element; title: string | null } | null;
  try {
    const fresh = inertDocument(doc);
    if (!fresh?.documentElement) return { ok: false, reason: 'no document to read into' };
    // A copy of the page's nodes, not its markup serialized and parsed again (linkedom's round trip costs more, and drops an nbsp).
    fresh.documentElement.replaceChildren(...Array.from(doc.documentElement?.childNodes ?? [], (node) => fresh.importNode(node, true)));
    openAccordions(fresh);
    read = run(fresh, hiddenClasses(doc));
  } catch (e) {
    return { ok: false, reason: `readability failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!read) return { ok: false, reason: 'no readable article on the page', jobLike: true };
  const text = cleanText(read.root.textContent);
  const cjk = mostlyHan(text);
  // Chinese main text counted as its page is (above): 80 characters, as 400 letters. A text half as long that heads
  // its duties or asks ("Work includes:") is kept for when no other reader finds more.
  const least = cjk ? MIN_TEXT / 5 : prose > 1 ? MIN_TEXT / 3 : MIN_TEXT;
  const words = jobWordCount(text);
  if (text.length < least || (!prose && words < 2)) {
    const short = text.length >= least / 2 && words >= 2 && namesTheJob(toSections(read.root));
    return { ok: false, reason: 'the main text does not look like a job posting', jobLike: true, ...(short ? { short: read } : {}) };
  }
  return { ok: true, ...read, prose: prose > 0 };
}
