// The title and company of a posting no adapter knows, read from its heading and the page's title.
import { pageHeading, paneHeading, titlingHeading } from './job-heading';
import { cleanText, shownText, textOf } from './text';
import { escapedForRegExp } from '../text';

const AT = /\s+(?:at|@)\s*$/i;
const SEPARATOR = /^\s*(?:[-–—|·:]|\bat\b)\s*/i;

/** "Backend Engineer (India) at <a>VectorShift</a><span>(S23)</span>": the title before "at", the company its own element. */
function splitAt(h1: Element): { title: string; company: string } | null {
  for (const child of Array.from(h1.children)) {
    let before = '';
    for (let n = child.previousSibling; n; n = n.previousSibling) before = (n.textContent ?? '') + before;
    const company = textOf(child);
    if (company && AT.test(before)) return { title: cleanText(before.replace(AT, '')), company };
  }
  return null;
}

const squeezed = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Before the next part of a page's title, a place or a word of the site's that follow the job's title. */
const TITLE_TAIL = /^(?:\s+in\s+[^|–—·]+?|\s+(?:job details|job description|job posting|job opening|vacancy|careers?))(?=\s+[|–—·]\s+|\s+-\s+)/i;

/** What follows the job's title (at `at`) in the page's title: " in Rockford, Illinois | Mercyhealth" → " | Mercyhealth". */
const afterTitle = (page: string, at: number): string => page.slice(at).replace(TITLE_TAIL, '');

/** The site is the company's own: its host holds the name, or the name's first two words ("Spruce Valley School District"). */
function hostNames(host: string, name: string): boolean {
  const at = squeezed(host);
  const lead = squeezed(name.split(/\s+/).slice(0, 2).join(''));
  return squeezed(name).length >= 2 && (at.includes(squeezed(name)) || (lead.length >= 6 && at.includes(lead)));
}

/**
 * "Analytics Engineer – Vercel" on vercel.com: the name after the title in the page's title, when the site is that
 * company's own (its name is in the host). A board's name there ("… | Indeed") is no employer of the job. The page's
 * title may shorten the heading ("Registered Nurse - Med/Surg | Riverside Health" over "Registered Nurse - Med/Surg
 * (Nights)"): then its last part is the name.
 */
function ownSiteCompany(doc: Document, title: string, host: string): string | null {
  const page = cleanText(doc.title);
  if (!title) return null;
  if (!page.toLowerCase().startsWith(title.toLowerCase())) {
    const parts = partsOf(page);
    const last = parts[parts.length - 1] ?? '';
    const lead = page.slice(0, page.length - last.length).replace(/[\s|–—·-]+$/, '').toLowerCase();
    const shortened = parts.length >= 2 && lead.length >= 4 && title.toLowerCase().startsWith(lead) && /^\W/.test(title.slice(lead.length));
    return shortened && hostNames(host, withoutSiteWord(last)) ? employer(last, null) : null;
  }
  const rest = afterTitle(page, title.length);
  if (!SEPARATOR.test(rest)) return null;
  const name = withoutSiteWord(cleanText(rest.replace(SEPARATOR, '').split(/\s[-–—|·]\s/)[0]));
  return name && hostNames(host, name) ? name : null;
}

/** "Riverside Health Careers", "Acme Jobs", "Northwind Recruiting": the employer's name before the word for its job site. */
const SITE_WORD = /\s+(?:careers?(?:\s+(?:site|portal|page|center|centre))?|jobs?(?:\s+(?:board|site|portal))?|recruit(?:ing|ment)|job openings|vacancies|talent (?:community|network))$/i;
const withoutSiteWord = (name: string): string => name.replace(SITE_WORD, '') || name;

const PARTS = /\s+[|–—·]\s+|\s+-\s+/;
/** "Job Application for Senior Staff AI Engineer at Sonatus", "Forward Deployed Engineer - SF @ OpenAI": after the title. */
const AT_COMPANY = /^\s+(?:at|@)\s+(.+?)(?:\s+[|–—·]\s+|\s+-\s+|$)/i;
/** "Maintenance Technician | Careers at Pinecrest Foods": the site's own part names the employer. */
const CAREERS_AT = /^\s+[|–—·-]\s+(?:careers?|jobs?|work(?:ing)?|opportunities) (?:at|with) (.+?)(?:\s+[|–—·]\s+|\s+-\s+|$)/i;
/** A name with its legal form ("Müller Logistik GmbH", "Acme Ltd", "Harmon & Reyes, P.A.", "杭州云帆科技有限公司", "株式会社みなと商事") is an employer's, never a job board's. */
const LEGAL_FORM = /(?:\s(?:GmbH(?: & Co\. KG)?|AG|KG|SE|Ltd\.?|Limited|Inc\.?|P?LLC|LLP|P\.[AC]\.|PLC|plc|Corp\.?|Corporation|S\.A\.S?\.?|SAS|SARL|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|B\.V\.?|N\.V\.?|Pty Ltd|Oy|AB|A\/S|ASA|S\.L\.?|Lt?da\.?)|[\u4e00-\u9fff]{2,}(?:有限公司|有限责任公司|集团|股份公司))$|^(?:株式会社|有限会社|合同会社)\S{2,}|\S{2,}(?:株式会社|有限会社|合同会社)$/;
/** "Rai sta assumendo DATA ANALYST in Rome", "Association Monsieur Vincent hiring Secrétaire…": before the title. */
const HIRING = /^(.{2,60}?)\s+(?:is hiring|hiring|sta assumendo|recrute|contrata|está contratando|sucht|stellt ein)\s*$/i;
/** A part of a page title that names no employer: a count, a date, a place ("Thành phố Hồ Chí Minh", "Kent County", 杭州市, not 惠民超市; "City of Austin" hires), the site's own pages. */
const NO_EMPLOYER =
  /\d|,|^(?:jobs?|careers?|job details|job description|home|apply|job application|vacancies|openings|linkedin|indeed(?:\.com)?|glassdoor)$|^(?:thành phố|tỉnh|ciudad de|ville de|comune di)\s|(?<!\bschool)\s(?:city|county|province|district)$|(?<![超门])市$|[省县区]$/i;
// "「测试开发工程师招聘」_新华三技术有限公司招聘-BOSS直聘", "Python工程师招聘-聚美优品招聘-拉勾网".
const ZH_COMPANY_HIRING = /[_-]([^_\-–|「」【】]{2,40}?)招聘(?:[-_|–—]|$)/;

const employer = (part: string | undefined, site: string | null): string | null => {
  const name = cleanText(part ?? '');
  return name && name.length <= 80 && (!NO_EMPLOYER.test(name) || LEGAL_FORM.test(name)) && squeezed(name) !== squeezed(site ?? '') ? withoutSiteWord(name) : null;
};

const partsOf = (text: string): string[] => text.split(PARTS).map((p) => p.trim()).filter(Boolean);

/**
 * The employer a page's title names beside the job's title, on a site no adapter knows: "<title> at <company>",
 * "<company> hiring <title>", "<title> | <company> | <site>", "<company> - <title>", "…_<company>招聘-<site>". A lone
 * "<title> | <name>" names the site as often as the employer: not taken.
 */
export function titleCompany(doc: Document, title: string, text?: string): string | null {
  const page = cleanText(doc.title);
  const at = title ? page.toLowerCase().indexOf(title.toLowerCase()) : -1;
  if (at < 0) return null;
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  const before = page.slice(0, at);
  const after = afterTitle(page, at + title.length);
  const parts = partsOf(after);
  const named = AT_COMPANY.exec(after)?.[1] ?? CAREERS_AT.exec(after)?.[1] ?? HIRING.exec(before)?.[1] ?? parts.find((p) => LEGAL_FORM.test(p));
  if (named) return employer(named, site);
  if (/[\u3400-\u9fff]/.test(page)) return employer(ZH_COMPANY_HIRING.exec(after)?.[1], site);
  // "<title> - Lyon | Groupe Dumas" with "Lyon (69) · CDI" in the posting: a part that opens the posting's place line is the job's place.
  const next = parts.filter((part) => !text || !new RegExp(`(?:^|\\n)${escapedForRegExp(part)}\\s*(?:\\(\\d|[·|,]|-\\s)`, 'u').test(text));
  if (next.length >= 2) return employer(next[0], site);
  const previous = partsOf(before);
  return next.length === 0 && previous.length === 1 && /(?:\s[|–—·]|\s-)\s*$/.test(before) ? employer(previous[0], site) : null;
}

const marked = (words: string[]): string =>
  words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).flatMap((w) => [`[class*="${w}"]`, `[id*="${w}"]`, `[data-testid*="${w}"]`]).join(',');
/** Elements a page marks as the employer's name, in either case of the word. */
const EMPLOYER_MARK = `${marked(['company', 'employer', 'organization'])},[itemprop="hiringOrganization"]`;
/** A government posting's hiring agency, named before its department's sub-office ("Indian Health Service", not "Rapid City IHS"). */
const AGENCY_MARK = marked(['agency']);
/** A link to the employer's page on the board ("/company/acme", "/co/Acme", "/cmp/acme"). */
const COMPANY_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:company|companies|co|cmp|employers?|organi[sz]ations?|empresas?|entreprises?|unternehmen)\/[^/]/i;
/** Text in an employer-marked element that is no name: sizes, counts, links to the company's other pages. */
const NOT_A_NAME = /\d|employees|employés|empleados|dipendenti|mitarbeiter|followers|website|sito web|site web|reviews?|\bjobs?\b|\blogo\b|\babout\b|profile|overview|show more|[!?:]$/i;
const HEADER_LEVELS = 3;
const MAX_NAME = 60;
/** A name ends in a full stop only as an abbreviation ("Acme Inc.", "Odiin."), not as a sentence does. */
const SENTENCE = /^(?:\S+\s+){3,}.*\.$/;

const isName = (name: string): boolean => name.length >= 2 && name.length <= MAX_NAME && !NOT_A_NAME.test(name) && !SENTENCE.test(name);

/** "Veterans Affairs, Veterans Health Administration": an agency under its department is the last part. */
function agencyName(text: string): string {
  const parts = text.split(/,\s+/);
  return parts.length > 1 && parts.every((p) => p.split(' ').length >= 2) ? (parts[parts.length - 1] ?? text) : text;
}

function companyLink(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  try {
    return COMPANY_PATH.test(new URL(href, 'https://x.invalid/').pathname);
  } catch {
    return false;
  }
}

/** The marked elements holding no other: a box marked "company" around the name and the place reads as both run together. */
const innermost = (els: Element[]): Element[] => els.filter((el) => !els.some((other) => other !== el && el.contains(other)));

/** The employer one header box names: its agency, else its employer-marked text, else its link to a company page. */
function nameIn(box: Element, heading: Element): string | null {
  const found = (els: Element[], read: (t: string) => string = (t) => t): string | null => {
    for (const el of els) {
      const name = read(shownText(el));
      if (isName(name) && !el.contains(heading)) return name;
    }
    return null;
  };
  return (
    found(Array.from(box.querySelectorAll(AGENCY_MARK)), agencyName) ??
    found(innermost(Array.from(box.querySelectorAll(EMPLOYER_MARK)))) ??
    found(Array.from(box.querySelectorAll('a[href]')).filter(companyLink))
  );
}

/**
 * "<div class="job-header"><h1>Title</h1><a class="company-name">Acme</a></div>": the first short employer-marked
 * text in the posting's header — the heading's ancestors up to HEADER_LEVELS above it.
 */
function headerCompany(h1: Element | null): string | null {
  let box = h1?.parentElement;
  for (let level = 0; h1 && box && level < HEADER_LEVELS; level++, box = box.parentElement) {
    const name = nameIn(box, h1);
    if (name) return name;
  }
  return null;
}

// Chinese boards title their pages "【上海_会计】某某公司招聘会计-前程无忧" or "会计招聘_某某公司_智联招聘": the job is the
// bracket's last part, else what follows 招聘 ("hiring") or the part before it.
// "【游戏UI设计师招聘】_猎头顾问招聘信息-猎聘": the bracket names the job hiring; "招聘信息" ("hiring news") names none.
const ZH_BRACKET = /^【[^】_]*_([^】]+)】/;
const ZH_BRACKET_HIRING = /^【([^】_]{2,30}?)招聘】/;
const ZH_HIRING_JOB = /招聘(?!信息|网|平台|频道)([^-_|–—]{2,30})(?:[-_|–—]|$)/;
const ZH_JOB_HIRING = /^([^-_|–—]{2,30})招聘/;

/** A Chinese page title cut to its job, or the title as it is. */
function zhPageTitle(title: string): string {
  const bracket = ZH_BRACKET.exec(title) ?? ZH_BRACKET_HIRING.exec(title);
  if (bracket) return cleanText(bracket[1]);
  const hiring = ZH_HIRING_JOB.exec(title) ?? ZH_JOB_HIRING.exec(title);
  return hiring ? cleanText(hiring[1]) : title;
}

/** "Graduate Data Engineer | Flow Traders" read from the page's title: the job, when the rest is the employer the page's title names. */
function splitReadTitle(doc: Document, title: string): { title: string; company: string } | null {
  const [job, ...rest] = partsOf(title);
  const company = job && rest.length > 0 ? titleCompany(doc, job) : null;
  return job && company && squeezed(rest.join('')).endsWith(squeezed(company)) ? { title: job, company } : null;
}

/**
 * "山东灶十三企业管理 · 招聘者": the employer of the recruiter who posts the job, in the pane beside it. The recruiter's
 * own name ("鞠先生 · 人事") is none; nor is an English "Jane Doe · Recruiter", which names the person.
 */
const RECRUITER_OF = /^(\S.{1,40}?)\s*[·・]\s*(?:招聘者|招聘(?:经理|专员|主管)|人事(?:经理|专员|主管)?)$/;
const PERSON = /(?:先生|女士|小姐)$/;
const MAX_PANE_ELEMENTS = 2000;

/** The employer a recruiter's line names in the pane that holds both the job's heading and its description. */
function recruiterCompany(heading: Element | null, description: Element | null): string | null {
  let pane = heading?.parentElement ?? null;
  while (pane && description && !pane.contains(description)) pane = pane.parentElement;
  if (!pane || !description || pane === pane.ownerDocument.body) return null;
  const els = pane.querySelectorAll('*');
  for (let i = 0; i < els.length && i < MAX_PANE_ELEMENTS; i++) {
    const el = els[i]!;
    if (el.childElementCount > 0 || description.contains(el)) continue;
    const name = RECRUITER_OF.exec(textOf(el))?.[1];
    if (name && isName(name) && !PERSON.test(name)) return name;
  }
  return null;
}

/** Where a posting sits in the page: its description (found when asked), its text and the page's job cards beside it. */
/** The head of a job's pane beside a list of jobs: its heading's title and the employer named beside it. */
export const paneHead = (heading: Element, title: string): { title: string; company: string | null } => ({ title, company: headerCompany(heading) });

export interface Placement {
  description?: () => Element | null;
  text?: string;
  cards?: readonly Element[];
}


/** The lines of a posting that introduce its employer by the (escaped) name `n`: "About X", "At X, we…", "X is a…", "X operates…", "X es una…". */
function introductions(n: string): RegExp {
  const notPlace = (words: string): string => `(?!(?:[\\p{L}-]+ ){0,2}(?:${words})\\b)`;
  return new RegExp(
    [
      `(?:^|\\n)About (?:the )?${n}\\b`,
      `\\bAt ${n}, we\\b`,
      `(?:^|\\n)(?:The )?${n} is (?:(?:committed|proud|one of|hiring|looking for|seeking)\\b|(?:an?|the) ${notPlace('city|town|place|region|area|neighbou?rhood')})`,
      `(?:^|\\n)(?:The )?${n} (?:is building|helps|builds|makes|operates|designs|develops|creates|powers|was founded|has been)\\b`,
      `(?:^|\\n)(?:(?:Le|La|El|Il|Lo|Die|Der|Das) |L['’])?${n},? (?:es|est|è|é|ist) (?:une?|una|uma|um|eine?|el|la|le|il|lo) ${notPlace('ville|ciudad|città|cidade|stadt')}`,
    ].join('|'),
    'u',
  );
}

/** The first element with text after the job's heading: the line under it ("<h1>Line Cook</h1><div>The Copper Table</div>"). */
function lineUnder(heading: Element | null): string {
  for (let el = heading?.nextElementSibling, n = 0; el && n < 2; el = el.nextElementSibling, n++) {
    const text = shownText(el);
    if (text) return text;
  }
  return '';
}

/**
 * "Analytics Engineer – Vercel" with "About Vercel", "At Vercel, we…", "Vercel is committed…", "The Copper Table is a
 * chef-driven restaurant…", "Northwind Grocers operates 220 stores" or "Conservas Ribera es una empresa…" in the posting
 * (a line that opens by saying what the name is or does): the lone name after the job's title is its employer when the
 * posting introduces itself by it. A board's name there ("… | Jobboard") is in no posting's own words, nor is a place's
 * ("… – London": "our London office" introduces no one; "London is a vibrant city" is no company).
 */
function selfNamedCompany(doc: Document, title: string, text: string | undefined, heading: Element | null): string | null {
  const page = cleanText(doc.title);
  if (!text || !title || !page.toLowerCase().startsWith(title.toLowerCase())) return null;
  const after = afterTitle(page, title.length);
  const rest = partsOf(after);
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  const name = rest.length === 1 && SEPARATOR.test(after) ? employer(rest[0], site) : null;
  // "… – Remote" with "Remote is an option": the job's arrangement, no one's name.
  if (!name || /^(?:remote|hybrid|on-?site|in[- ]office|full[- ]time|part[- ]time)\b/i.test(name)) return null;
  // The page's title and the line under the job's heading name the same one (employer() has refused a place's comma or
  // number: "Boise, ID").
  if (squeezed(lineUnder(heading)) === squeezed(name)) return name;
  const n = escapedForRegExp(name);
  if (introductions(n).test(text)) return name;
  // "Mercyhealth offers a retirement plan…", "Paid Time Off: Mercyhealth offers…": lines of the posting (after a short
  // label) whose subject is the name, twice or more (a place's name starts a line once, if ever: "London offers…").
  const subject = new RegExp(`(?:^|\\n)(?:[^\\n:]{1,40}:\\s*)?(?:The )?${n}(?:['’]s)? (?:offers|provides|has|employees|values|believes|supports|participates|is|are)\\b`, 'gu');
  return (text.match(subject) ?? []).length >= 2 ? name : null;
}

/**
 * The posting's title and its company when the page says it: its h1 when it may be a job's title (engine/extract/job-heading.ts),
 * else "<job> | <company>" of Readability's title, else the heading of the pane holding the description beside a list
 * of jobs, else Readability's or the page's title.
 */
export function pageHead(doc: Document, readTitle: string | null, host: string, { description, text, cards = [] }: Placement = {}): { title: string; company: string | null } {
  const first = pageHeading(doc);
  const h1 = first === undefined ? titlingHeading(doc) : first;
  const split = h1 && splitAt(h1.el);
  if (split) return split;
  const fromTitle = !h1 && readTitle ? splitReadTitle(doc, readTitle) : null;
  if (fromTitle) return fromTitle;
  const desc = h1 ? null : (description?.() ?? null);
  const heading = h1 ?? (desc && paneHeading(doc, desc, cards));
  const pageTitle = heading || readTitle ? null : cleanText(doc.title);
  const parted = pageTitle ? splitReadTitle(doc, pageTitle) : null;
  if (parted) return parted;
  const title = heading?.text || (readTitle && zhPageTitle(readTitle)) || zhPageTitle(pageTitle ?? '');
  const company = ownSiteCompany(doc, title, host) ?? titleCompany(doc, title, text) ?? headerCompany(heading?.el ?? null);
  return { title, company: company ?? selfNamedCompany(doc, title, text, heading?.el ?? null) ?? recruiterCompany(heading?.el ?? null, desc) };
}
