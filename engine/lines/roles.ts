// Every line of a posting gets a role. Each role scores points: from the section the line sits in (its
// heading: "Responsibilities", "任职要求", "Profil recherché") and from the line's own words (years of
// experience, "$25/hr", "equal opportunity employer", "You will…", "负责…", a duty verb opening it).
// The highest score wins; a tie goes to the section's role. Only duties are classified.
import { headingKind } from '../extract/headings';
import { stem } from '../rules/tokenize';
import { escapedForRegExp, hasHan, KANA } from '../text';
import { simplified } from '../traditional';
import type { LineRole, Posting, PostingLine, SectionKind } from '../types';
import {
  ANNOUNCE, DESCRIPTION_TITLE, GOAL_REACHED, WORK_BY_THEN, YOU_TERMS, ON_THE_TEAM, SIGN_OFF, BENEFIT, EEO_EMPLOYER, EN_TERMS_CHIP, BENEFIT_START, BOILERPLATE, APPLYING, CHROME, CHROME_ANYWHERE, CHROME_START, CALL_TO_APPLY, COMPANY, EN_ADDRESS, WORK_PLACE, ZH_ADDRESS, ZH_CITY_CHIPS, MAX_CHROME_CHARS, MAX_ZH_CHROME_CHARS, RECRUITER_LINE, ZH_CHIP, ZH_COMPANY_FIELD, ZH_META_FIELD, ZH_TERMS_CHIP, CREDENTIAL, JA_ABOUT, JA_BRACKETED, JA_READING, JA_DESCRIBES, JA_PLACE, ZH_PLACE, DUTY_NOUN_EN, DUTY_NOUN_START, DUTY_OTHER, DUTY_STRONG, DUTY_ZH, SUPERVISED, WORK_DEMANDS, LABEL_VALUE, LEGAL, META_ANYWHERE,
  META_START, EMPTY_FIELD, PLACE, CONDUCT, TERMS_FIELD, TEAM_DESCRIBED, TRAVEL, JOB_SETTING, JOB_PITCH, GROWTH_OFFERED, CANDIDATE_SOUGHT, THIS_POSITION, ROMANCE_SETTING, ROMANCE_GROWTH, ROMANCE_SOUGHT, REQUIREMENT_START, REQUIREMENT_STRONG, REQUIREMENT_SURE, CREDENTIAL_KEPT, ROMANCE_INFINITIVE, FRENCH_YOU_DO, VI_ADDRESS, VI_BENEFIT, VI_DUTY, VI_REQUIREMENT, ROMANCE_ACTION, GERMAN_ACTION, ROMANCE_LANGUAGE, romanceBalance, SCHEDULE,
} from './shapes';
import { UNDER_DIRECTION } from './statement';
import { DUTY_VERBS, localeOf, postingUnits, sectionKindOf, titleCased, type Unit } from './units';

/** The role a section's heading gives its lines, and how much that counts against the line's own words. */
const SECTION_ROLE: Record<SectionKind, LineRole | null> = {
  responsibilities: 'duty',
  requirements: 'requirement',
  benefits: 'benefit',
  about: 'company',
  legal: 'legal',
  apply: 'meta',
  other: null,
};
const SECTION_WEIGHT = 2;
/** "About us" holds role summaries too ("As a consultant you will…"): their own words outweigh it. */
const ABOUT_WEIGHT = 1.5;
/** A section without a known heading lends the role most of its lines take, but less surely. */
const VOTED_WEIGHT = 1;
/** A short line ending in a colon (units.ts): it outweighs a section's prior, not a shape of the line's own with its prior. */
const LEAD_IN_WEIGHT = 3;

type Scores = Partial<Record<LineRole, number>>;

function add(scores: Scores, role: LineRole, points: number): void {
  scores[role] = (scores[role] ?? 0) + points;
}

/** The line's own words overrule one role with another: the points for `dropped` go, `role` earns `points`. */
function instead(scores: Scores, dropped: LineRole, role: LineRole, points: number): void {
  delete scores[dropped];
  add(scores, role, points);
}

/** A sum of money: "$1,500", "£12,791.50" (a bold line with one is the pay set in bold, no heading). */
const SUM_OF_MONEY = /[$€£¥₹₩]\s?\d/;

/** A duty opening with its verb: the pay, perk, place or setting in it is the verb's object, not the terms or a field. */
function dutyVerbOpens(scores: Scores, text: string): void {
  add(scores, 'duty', 2);
  // ("Pay £12,791.50 Salary", "Substitutes earn an hourly wage (a minimum of $16.20 per hour)…": a sum named is the pay.)
  const sum = SUM_OF_MONEY.test(text) && /\b(?:salary|wages?|hourly|per (?:hour|annum|year|month|week)|an hour)\b/i.test(text);
  for (const role of ['benefit', 'meta'] as const) if (scores[role] && !(role === 'benefit' && sum)) scores[role] = Math.min(scores[role]!, 1);
}

const ZH_REQUIREMENT_START = /^(?:你?(?:需要?|须|必须))?(?:(?:英语|日语|韩语|德语|法语|普通话|粤语)(?:[四六八专]级|口语|听说读写|读写|水平|能力)?(?:以上|流利|熟练|良好|标准|优秀|佳|强|较好|过关)|[四六]级|抗压|\d{2}\s*(?:[-~～—至到]\s*\d{2}\s*)?周?岁|(?:需|须)?自[备带]|入职[需须]|学徒|小白|零基础|应届|新手|会[使开用说讲看做弹骑写画修]|[\u4e00-\u9fff]{1,6}能力(?:强|较强|突出|优秀)|持有|持|细心|耐心|吃苦|踏实|做事(?:认真|踏实|细心|仔细|严谨|靠谱|积极|勤快|麻利)|开朗|性格|熟悉|精通|掌握|熟练|懂(?!事)|了解|具备|具有|拥有|有(?!关|意)|能够|能(?!源)|善于|擅长|本科|大专|专科|硕士|博士|研究生|学历|年龄|身体|为人|工作认真|责任心|良好|较强|优秀|扎实|思维|(?!(?:19|20)\d\d\s*年)\d+\s*年|[一二三四五两十]+年|男|女|不限|无需|接受|驾龄|要求(?=[\u4e00-\u9fff]))/;
/** A Chinese duty written as a noun phrase: "…的预定和行程安排", "…的收发及结算工作". */
const ZH_WORK_NAMED_LAST = /的[^，,。；;的]{0,10}?(?:预[定订]|安排|收发|结算|登记|归档|发放|跟进|对接|采购|维护|处理|检查|统计|整理)(?:等)?(?:工作|事宜|事务)?[。；;]?$/;
/** A short clause that says how the person is: 打字速度快, 反应灵敏, 对用户有耐心. */
const ZH_TRAIT_END = /(?:快|强|灵敏|敏捷|流利|流畅|耐心|细心|认真|踏实|开朗|稳重|乐观|健康)$/;
const ZH_WILLING = /^(?:能|可以?|愿意)?(?:适应|接受|服从)/;
const ZH_REQUIREMENT_END = /(?:优先|为佳|更佳|加分)[。；;!！]?$|者优先/;
const ZH_RESPONSIBLE = /(?<!认真|踏实|积极|细心|勤奋|、)负责(?!任|[，,。；;、！!\s]|$)/;
// "示例科技有限公司现招聘行政助理一名", "我们是一家…公司", "集团成立于2005年".
const ZH_COMPANY = /(?:有限公司|股份公司|集团|公司)(?:成立|位于|是|致力|旗下|拥有|主要|现|诚|急)|^(?:本店|本公司|我店|我司)?(?:招聘|急招)\S{1,20}?[\d一二两三四五六七八九十]+名|现招聘|公开招聘|诚聘|急聘|^因(?:工作|业务(?:发展)?|发展)需要|招募|招人(?:啦|了|喽|中)|招聘[^，。；、]{0,12}(?:啦|喽)|我们是|我司|是一[家所个座]|^(?:公司|我们|本公司)(?:为客户)?提供[^，。；]{0,20}(?:服务|产品|解决方案)|(?:成|创)立于|创办于|致力于|总部/;
const ZH_EXPERIENCE = /^\d{1,2}(?:\s*[-~–至]\s*\d{1,2})?\s*年(?:以上|以下)?$|经验|学历|(?:大专|专科|本科|中专|高中|初中|硕士|博士|研究生)(?:及|或)?以上|证书|资格|执照|操作证|健康证|职称|[^保]证$/;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.+#/-]*/gu;

function wordsOf(text: string): string[] {
  return text.match(WORDS) ?? [];
}

/**
 * "Calendar & Time Management – Own the CEO's schedule", "Business Acumen- Prepares…": a short label, then what it says
 * (a German word cut short before "und" is none: "Unit- und Integrationstests").
 */
const DASH_LABEL = /^(.{1,59}?[^\s–—-])(?:\s+[–—-]|[–—-](?=\s+\p{Lu}))\s+(.{8,})$/u;

// Words ending in -ly that are no adverb of manner or frequency, or that qualify a candidate ("Preferably holds…").
const NOT_ADVERB = /^(?:(?:bi)?(?:daily|weekly|monthly|yearly|quarterly|hourly|nightly)|early|friendly|family|elderly|orderly|costly|timely|likely|lonely|lovely|assembly|anomaly|italy|july|supply|apply|reply|comply|multiply|preferably|ideally|optionally|currently|previously)$/;
const FREQUENCY = /^(?:also|often|then|usually|sometimes|occasionally|frequently)$/;

/** "Accurately and efficiently process…", "Actively participate…", "Also make sure…": the words after such adverbs. */
function pastAdverbs(words: string[]): string[] {
  let i = 0;
  for (; i < Math.min(words.length - 2, 4); i++) {
    const w = words[i]!.toLowerCase();
    const adverb = FREQUENCY.test(w) || (/(?:[^l]ly|lly)$/.test(w) && w.length > 5 && !NOT_ADVERB.test(w) && !DUTY_VERBS.has(stem(w)));
    if (!adverb && !(w === 'and' && i > 0)) break;
  }
  return i > 0 && words[i - 1]!.toLowerCase() !== 'and' ? words.slice(i) : words;
}

/** The classes an equal-opportunity notice names. */
const PROTECTED_CLASS = /\b(?:race|colou?r|religion|creed|sex|gender(?: identity)?|age|national origin|ancestry|disabilit(?:y|ies)|marital status|sexual orientation|veteran status|genetic information|pregnancy)\b/gi;

/** The first word's stem when it is a verb duties open with ("Prepares", "Developing", "Own", "Analyse"). */
function opensWithDutyVerb(words: string[]): boolean {
  const past = pastAdverbs(words);
  // (After an adverb, a verb that agrees, not a participle: "Highly organized" is a quality.)
  // ("Promptly responding to alarms…": a gerund after its adverb is the work.)
  if (past !== words) return !/(?:ed|ings)$/i.test(past[0]!) && !(/ing$/i.test(past[0]!) && NOT_WORK.test(stem(past[0]!.toLowerCase()))) && opensWithDutyVerb(past);
  // ("Co-ordinate activities of the cooks": the British spelling of the verb; "Reconcile/ balance…", "Prepare/review…": the first of two.)
  const first = words[0]?.toLowerCase().replace(/[’'/].*$/, '').replace(/^co-(?=o)/, 'co');
  if (!first || words.length < 3) return false;
  // "May provide children with assistance…", "May also assist the lead…": what the hire may do is work too.
  if (first === 'may') return opensWithDutyVerb(words.slice(1));
  // "Do basic tune-ups" is work, "Do not hesitate to apply" and "Do you…" are not (nor "You will do great things").
  if (first === 'do') return !/^(?:not|you|we|it|this|what|whatever|great|good|amazing|your)$/i.test(words[1]!);
  // "Direct the night crew" is work; "direct wage at $5.12", "direct deposit", "direct patient care experience" name things.
  if (first === 'direct' && /^(?:wages?|deposits?|pay|hires?|reports?|supervision|care|patient|contact|experience|access|line|sales?|mail|debit|costs?)$/i.test(words[1]!)) return false;
  return DUTY_VERBS.has(stem(first)) || DUTY_VERBS.has(stem(first.replace(/is(e|es|ed|ing)$/, 'iz$1').replace(/ys(e|es|ed|ing)$/, 'yz$1')));
}

// What "you will …" and "the <hire> will …" say that is not work: being paid, evaluated, contacted, joining.
const NOT_WORK = /^(?:receive|hear|get|earn|enjoy|join|have|need|be|begin|start|learn|grow|gain|find|love|thrive|report|become)$/;
/** A verb duties use that says work, not being paid, joining or learning ("prepare", "file"; not "receive", "join"). */
function saysWork(verb: string): boolean {
  return !NOT_WORK.test(verb) && DUTY_VERBS.has(stem(verb));
}

const RECEIVED_WORK = /^receives? (?:and \w+ (?:away |in |up )?)?(?:(?:all|incoming|new|daily|the|food|customer|inbound|and|stock) )*(?:deliveries|shipments|goods|stock|orders|calls|patients|visitors|inquiries|enquiries|requests|payments|mail|packages|parcels|materials|products|samples|specimens)\b/i;
const ROLE_DESCRIBED = /^(?:offers|provides|gives|comes|includes|requires|pays|reports|sits|affords|presents|combines)$/;

// What the hire is said to answer for, after its subject: "is (also) responsible for…", "has responsibility for…".
const RESPONSIBLE_FOR = /^(?:(?:is|are|will be|shall be) (?:also |primarily |directly |ultimately |fully |solely )?(?:responsible|accountable) for|(?:is|are|will be) (?:mainly |primarily )?deployed (?:on|to) (?:\([a-z]\) )?\w+ing\b|ha(?:s|ve) (?:the |overall |primary )?responsibilit(?:y|ies) (?:for|of))\b/i;

// What the job takes, after "is": "is critical in managing…", "is varied and includes personal care; bathing…".
const JOB_TAKES = /^is (?:(?:critical|key|essential|vital|central|instrumental|crucial) (?:in|to|for) \w+ing\b|(?:varied|diverse) and includes?\b)/i;

// What the hire is required to do that is no ask of the candidate: a licence held, a check passed, the hours worked,
// the body's effort ("required to lift boxes of up to 25 kg").
const ASKED_TO = /^(?:hold|have|possess|obtain|undergo|pass|complete|attend|be|submit|provide|produce|show|present|demonstrate|work|travel|wear|comply|meet|maintain|undertake (?:training|a|an)\b|(?:lift|stand|sit|walk|kneel|stoop|climb|crouch)\b)/i;

/**
 * The work required of the hire, after its subject: "(The post holder) is required to undertake routine portering…",
 * "(The Room Attendant) is expected to clean…", "(Machine operators) will be required to move product…", "…must be sure
 * to park all equipment…" (not "…is required to hold a licence").
 */
function requiredToWork(text: string): boolean {
  const auxiliary = /^(?:is|are|will be|must be) /i.exec(text);
  return !!auxiliary && workRequired(text.slice(auxiliary[0].length));
}

/** "required to move product…", "expected to clean…", "sure to park…": a verb of work after, and no ask of the candidate. */
function workRequired(text: string): boolean {
  const m = /^(?:required|expected|sure) to (\w+)/i.exec(text);
  return !!m && !ASKED_TO.test(text.slice(m[0].length - m[1]!.length)) && DUTY_VERBS.has(stem(m[1]!.toLowerCase()));
}

/** "(As an X,) you will (also) (be) building…", "They are responsible for…": the verb after it must be one duties use. */
function doesWork(text: string, subject: RegExp): boolean {
  const m = subject.exec(text);
  if (!m) return false;
  const passive = m[1] !== undefined;
  const word = (m[2] ?? '').toLowerCase();
  // Where the verb starts in the line.
  const verbAt = m.index + m[0].length - word.length;
  // ("They must ensure the right quantity…" is work; "They must hold a valid CDL" an ask.)
  if (/\bmust\b/i.test(m[0]) && ASKED_TO.test(text.slice(verbAt))) return false;
  if (/^(?:responsible|accountable|tasked|in charge|charged|expected to)$/.test(word)) return true;
  const job = /^(?:[^.;:]*,\s*)?(?:the|this|our) (?:role|position|job)\b/i.test(text);
  // "This position is responsible for providing…": the job's responsibility named, whatever its object; "This role is
  // critical in managing…", "The role is varied and includes personal care; bathing…": the work it takes.
  if (/^(?:is|are)$/.test(word)) return RESPONSIBLE_FOR.test(text.slice(verbAt)) || (job && JOB_TAKES.test(text.slice(verbAt)) && !BENEFIT.test(text)) || requiredToWork(text.slice(verbAt));
  // "This position includes operating a security vehicle…", "This role combines customer support, operational
  // follow-through…": its work named (not "This role includes a competitive salary").
  if (job && /^(?:includes|combines|entails|encompasses|spans)$/.test(word)) return /^\w+ (?:\w+ing\b|[^.;]*,)/i.test(text.slice(verbAt)) && !BENEFIT.test(text);
  // "This position will be focused on four key areas…": what the job's work is about.
  if (job && /^focus(?:es|ed)?$/.test(word)) return /^focus(?:es|ed)? (?:\w+ly )?on\b/i.test(text.slice(verbAt));
  // "You will look after the parks": the phrasal verb, not "look" alone.
  if (word === 'look') return /^look after\b/i.test(text.slice(verbAt));
  // "You will be the CEO's most trusted partner…", "you will be a key member…": the role itself, described.
  // "You will be a qualified social worker…" (who is sought) is not the role described either.
  if (passive && /^(?:the|a|an|our|their|your)$/.test(word)) return !/^(?:[^,]*,\s*)?you(?:['’]ll| will) be (?:a |an |the )?(?:part|member) of\b/i.test(text) && !CANDIDATE_SOUGHT.test(text);
  // "You will report to the Controller and help build…": the work after the reporting line.
  // "S/he reports balances and cash flow to the Treasurer": the reporting is the work when something is reported.
  if (word === 'reports' && !/^reports (?:directly |administratively |functionally )?(?:to|into)\b/i.test(text.slice(verbAt))) return true;
  if (word === 'report') {
    const then = /^report (?:directly )?to\b[^.;,]{0,60}? and (?:help (?:to )?)?([a-z]+)/i.exec(text.slice(verbAt));
    return !!then && DUTY_VERBS.has(stem(then[1]!.toLowerCase()));
  }
  // "They receive and put away food deliveries…": goods, calls or people received are work (pay and training are not).
  if (/^receives?$/.test(word)) return RECEIVED_WORK.test(text.slice(verbAt));
  // "You will also be expected to clean and maintain…": the work expected of the hire (not "…expected to have…", nor
  // what the hire "can be required to" do).
  if (passive && /^(?:required|expected)$/.test(word)) return !/\b(?:can|may|might|could)\b/i.test(m[0]) && workRequired(text.slice(verbAt));
  if (NOT_WORK.test(word) || NOT_WORK.test(word.replace(/e?s$/, '')) || (passive && /ed$/.test(word))) return false;
  // "This role offers…", "The position reports to…", "This position requires…": the job described, not work done.
  // "This position works rotating 12-hour shifts": its hours, not work done.
  if (job && (ROLE_DESCRIBED.test(word) || (word === 'works' && SCHEDULE.test(text)))) return false;
  // "You'll help customers find the right gear": help is the work when no verb follows it.
  return DUTY_VERBS.has(stem(word)) || /\bhelp\s+$/i.test(m[0].slice(0, -word.length));
}
// An adverb between "will" and the work ("primarily", "directly"), not a verb in -ly ("apply", "supply").
const LY_ADVERB = String.raw`(?!(?:apply|supply|reply|rely|comply|multiply|fly|tally)\b)[a-z]{3,}ly`;
/** From after "will" to the verb of the work, the verb captured ("also be primarily responsible", "actively build"); "( be)" captured too. */
const toTheVerb = (more = ''): string => String.raw`(?: also| then${more}| help(?: to)?(?! with\b)| actively| directly| ${LY_ADVERB})*( be)?(?: [a-z]{3,}ly(?= responsible\b))?\s+([a-z]+)`;

// "(After the morning bake,) you'll clean…", "Later in the season you'll help install…", "A typical day starts at 7am,
// where you'll load…": a time, stage or place before the subject, with its comma or without.
const YOU_WILL = new RegExp(String.raw`^(?:(?!you(?:['’]ll| will)\b|they will\b)[^.;:]{0,100}?,["'”’]?\s*(?:(?:where|and|then)\s+(?=you\b))?|(?:after|before|once|when|on|during|each|every|later|throughout)\b[^.;:,]{0,60}?\s(?=you(?:['’]ll| will)\b))?(?:you(?:['’](?:ll|d)| will| are going to| would)|they(?: will| are| also| actively| must(?: also)?)?|(?:he ?\/ ?she|she ?\/ ?he|s\/he|he or she|she or he|s?he(?= (?:will|is|also|shall)\b))(?: will)?|(?:the|this|our) (?:ideal |successful )?(?:candidate|incumbent|hire|individual|person|employee|role|position|job|post ?holder|job ?holder)(?: in (?:the|this) (?:role|position|job))?(?: will| shall)?|incumbents in (?:the|this) (?:class(?:ification)?|position|role|job))` + toTheVerb('| get to'), 'i');

// "You work closely with the front desk…", "In this role, you manage the schedule…": the work in the present tense.
// Not what the candidate is or has ("You have…", "You thrive…", "You communicate clearly", "You work well under
// pressure"), nor a condition ("If you enjoy cooking, you…"). Lighter than "you will…": under a heading that names the
// asks ("About you") the heading still decides.
const YOU_DO = /^(?!(?:if|whether|unless)\b)(?:[^.;:,]{0,60},\s*)?you (?:also |often |usually |then |regularly |directly )?([a-z]+)\b/i;
const YOU_ARE_LIKE = /^(?:are|have|know|understand|bring|enjoy|love|thrive|care|like|want|seek|need|take|communicate|demonstrate|possess|show|display|exhibit|adapt|learn|think|hold|embrace|value|speak|excel|get|feel|believe|pay|stay|see|consider|can|should|must|may|might|could|would|will|shall|do|did|am|were|was|had|join|receive|earn|gain|grow|become|deserve|belong|fit|agree|read|hear|apply|submit|meet|qualify|live|reside|approach|prefer|listen|write|go|come|keep|make|put|set)$/i;

/** Whether the line says the work in the present tense of "you" ("You coordinate…", "You work closely with…"). */
function youDoWork(text: string): boolean {
  const verb = YOU_DO.exec(text)?.[1]?.toLowerCase();
  if (!verb || YOU_ARE_LIKE.test(verb)) return false;
  if (verb === 'work') return /\byou (?:\w+ )?work (?:closely |directly |hand in hand )?(?:with|alongside|across)\b/i.test(text);
  return saysWork(verb);
}

/** The catch-all duty: "Other duties as they may be required.", "Performs other related duties as assigned" (not "Other duties may be assigned": a notice). */
const OTHER_DUTIES = /^(?:and )?(?:(?:performs?|performing|carr(?:y|ies) out|completes?|undertakes?) )?(?:any |all )?other (?:related |similar |reasonable |job-related |incidental |administrative )?(?:duties|tasks|responsibilities)\b(?: and (?:duties|tasks|responsibilities))?(?: (?:as|that|which|when)\b|[.;]?$)/i;

/** The hours worked, said as an order: "Work evenings and Saturdays as scheduled", "Works rotating weekends" (not "Work weekends to stock shelves"). */
const WORKS_HOURS = /^works? (?:(?:some|occasional|rotating|alternating|all|various|flexible|additional|extra|early|late|long|overnight|day|night|evening|weekend|holiday)[, ]+(?:and |or )?)*(?:evenings?|weekends?|nights?|holidays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|shifts?|overtime)\b(?![^.;]{0,40}\bto (?!meet\b|cover\b)[a-z]+)/i;

/** "Will have authority and responsibility for…", "Will assist the charge nurse…": the hire's work with its subject left out. */
const BARE_WILL = new RegExp(String.raw`^(?:will|shall)` + toTheVerb(), 'i');

/** Whether the line names the posting's job by a word of its title. */
function namesTitle(text: string, titleWords: ReadonlySet<string>): boolean {
  return wordsOf(text.toLowerCase()).some((w) => titleWords.has(w));
}

// "The Hotel Housekeeper is responsible for…" on a Room Attendant's posting: a person's role named otherwise than the title.
const ROLE_SUBJECT = /^(?:[Tt]he|[Tt]his|[Oo]ur|[Aa]n?)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}\p{Ll}+(?:er|or|ist|ant|ent|ian|ee|aide|nurse|cook|clerk|guard))\s+/u;
const NOT_A_ROLE = /^(?:customer|user|employer|client|buyer|seller|member|provider|owner|holder|partner|supplier|vendor|tenant|landlord|applicant|student|patient|parent|resident|visitor|manufacturer|computer|server|printer|container|trailer|component|department|government|environment|center|president|management)$/i;

// "Interpreters maintain…", "These employees must produce…": people in a role, in the plural with no article or named by
// a generic head, as the subject.
const PEOPLE_SUBJECT = /^(?:(\p{Lu}\p{Ll}+(?:er|or|ist|ant|ent|ian)s)|(?:these|such|the|our) (?:[\w-]+ ){0,2}(?:employees|workers|staff|individuals|team members|crew members))\s+/iu;

/**
 * A person's role, named otherwise than the title, said to be responsible for work, to play a part in it or to do it
 * ("The Hotel Housekeeper cleans…", "Interpreters participate in…"; not "The Supervisor is responsible for training you").
 */
function roleSubjectDoesWork(line: string): boolean {
  const role = ROLE_SUBJECT.exec(line);
  const subject = role ?? PEOPLE_SUBJECT.exec(line);
  // (Not the hiring's people: "The Hiring Manager will offer the details…".)
  if (!subject || (subject[1] && NOT_A_ROLE.test(subject[1].replace(/s$/, ''))) || /\b(?:hiring|recruit\w*)\b/i.test(subject[0])) return false;
  const rest = line.slice(subject[0].length);
  if (/\byou(?:r)?\b/i.test(rest)) return false;
  if (RESPONSIBLE_FOR.test(rest) || /^plays? an? (?:\w+ )?role in\b/i.test(rest) || (/^(?:is|are) (?:a|an|the) /i.test(rest) && saysWhoWorks(rest))) return true;
  // The verb agreeing with one named in the singular ("The Chief Pharmacist furnishes…"), or with people in the plural,
  // past their modal ("must produce"); not their hours ("…will work 23 to 28 hours a week").
  const verb = (role ? /^(\w+)/ : /^(?:(?:will|must|shall|also|often) )*(\w+)/).exec(rest)?.[1]?.toLowerCase() ?? '';
  const modal = verb !== rest.split(/\s/)[0]!.toLowerCase();
  if (!modal && (role ? !/[^s]s$/.test(verb) : /s$/.test(verb))) return false;
  if (/^works?$/.test(verb) && SCHEDULE.test(rest)) return false;
  return !TRAIT_VERBS.test(verb) && saysWork(verb);
}

/** "The incumbent works under the supervision of attorneys…": the supervision received, with no work said after it ("…to provide basic care"). */
function supervisedOnly(text: string): boolean {
  const at = SUPERVISED.exec(text)?.index;
  return at !== undefined && !/\bto (?!the\b|an?\b|whom\b)\w+/i.test(text.slice(at));
}

/** A verb in the third person that duties use, not one said of a candidate ("operates", "implements"; not "thrives"). */
function dutyVerbAgreeing(verb: string): boolean {
  return /\w[^s]s$/.test(verb) && !TRAIT_VERBS.test(verb) && DUTY_VERBS.has(stem(verb.toLowerCase()));
}

/** A duty in two words, its verb agreeing with the hire left unsaid: "Operates jackhammer", "Mows lawns". */
function twoWordDuty(words: readonly string[]): boolean {
  const [verb, object] = words;
  return words.length === 2 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(verb!) && /^\p{Ll}{3,}$/u.test(object!) && dutyVerbAgreeing(verb!);
}

/** "…is a member of the team who implements…": a duty verb agreeing with "who" within the line's first clause. */
function saysWhoWorks(text: string): boolean {
  const verb = /^[^.;:]{0,80}?\bwho ((?:\w+ly )?\w+s)\b/i.exec(text)?.[1]?.split(' ').pop() ?? '';
  return dutyVerbAgreeing(verb);
}

// Words that name the hire in a line about the work ("The candidate will…", "The incumbent reviews…").
const THE_HIRE: ReadonlySet<string> = new Set(['candidate', 'incumbent', 'hire', 'employee', 'individual']);

/** "The Research Scientist 2 participates in…": the posting's own title (or "the candidate") as the subject of a duty verb. */
function titleDoesWork(line: string, titleWords: ReadonlySet<string>): boolean {
  // "The Pharmacy Technician, under the direct supervision of a pharmacist, prepares…": the aside between subject and verb.
  const text = line.replace(/^((?:the|this|our|a|an)\s+[^,]{2,60}?),\s*(?:under|with|in|working|reporting|while|as)\b[^,]{0,80},\s*/i, '$1 ');
  // "The Executive Assistant for the Center for Recruitment (…) will carry out…": the title, where it works at length, then its work.
  const placed = /^(?:the|this|our)\s+((?:[\w&'’-]+\s+){1,3}?)(?:for|at|in|of|with|within)\b[^.;:]{0,120}?\s(?:will|shall)\s+(?:also\s+)?([a-z]+)/i.exec(text.replace(/\s*\([^)]*\)/g, ''));
  if (placed && wordsOf(placed[1]!.toLowerCase()).some((w) => titleWords.has(w)) && saysWork(placed[2]!)) return true;
  const m = /^(?:[^.;:]{0,80}?,\s*)?(?:the|this|our|a|an)\s+(.*)$/i.exec(text);
  // With no article, only the title in the plural opening the line and doing the work: "Correctional Officers maintain security…".
  const bare = !m;
  // ("…will translate/edit meeting notes": either verb.)
  const words = (m ? m[1]! : text).split(/[\s/]+/, 9).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''));
  // Whether a word so far is the title's or names the hire.
  let titled = false;
  for (let k = 1; k < words.length && k <= 6; k++) {
    const last = words[k - 1]!;
    titled ||= titleWords.has(last) || THE_HIRE.has(last);
    // "Our assistant teachers supervise…": the title in the plural, its verb agreeing.
    // ("Library assistants help…": a generic head in the plural after a word of the title.)
    const plural = last.endsWith('s') && (titleWords.has(last.slice(0, -1)) || (k >= 2 && GENERIC_TITLE.has(last.slice(0, -1)) && titleWords.has(words[k - 2]!)));
    const named = plural || titled;
    if (!named && !bare) continue;
    // "A Room Attendant is responsible for the overall cleanliness…", "Line Cooks are responsible for prepping…", "The Dental
    // Assistant is also responsible for…", "The Personnel Assistant has responsibility for…", "The Bookkeeper is to maintain…".
    if (named && RESPONSIBLE_FOR.test(words.slice(k, k + 4).join(' '))) return true;
    if (named && /^(?:is|are) to$/.test(words.slice(k, k + 2).join(' ')) && DUTY_VERBS.has(stem(words[k + 2] ?? '')) && words[k + 3] !== 'to') return true;
    if (named && requiredToWork(words.slice(k).join(' '))) return true;
    let at = k;
    // ("The Pharmacy Technician may occasionally assist…": what the hire may do is work too.)
    while (at < words.length && /^(?:will|shall|may|might|can|must|also|occasionally|sometimes|often|actively|directly|is|are|responsible|for)$/.test(words[at]!)) at++;
    const verb = words[at] ?? '';
    // ("Animal Care Assistants must build relationships with clients" is work; "…must hold a licence" is an ask.)
    if (words.slice(k, at).includes('must') && ASKED_TO.test(verb)) continue;
    // ("Patient Access Representative acts as…": the whole of the line's opening the title's words, its verb agreeing.)
    const titleOpens = bare && !plural && at === k && /^\p{Lu}/u.test(line) && /[^s]s$/.test(verb) && !titleWords.has(verb) && words.slice(0, k).every((w) => titleWords.has(w));
    // ("Animal Care Assistants must build relationships…", "Drivers will deliver…": the plural title, then its modal.)
    const modal = at > k && words.slice(k, at).every((w) => /^(?:must|will|shall|also)$/.test(w));
    if (bare && !titleOpens && ((at > k && !modal) || !plural || verb.endsWith('s'))) continue;
    // "The Analyst is the first point of contact for staff who need help": who the hire answers, what they are asked.
    // ("The Health Care Assistant is a member of the department team who implements prescribed care…": the work said of
    // the hire after "who".)
    // ("The Litigation Paralegal is a seasoned legal professional responsible for supporting…": the work said of the hire
    // after who the hire is.)
    if (at > k && /^(?:is|are)$/.test(words[k]!) && words[k + 1] !== 'responsible') return /^(?:the|a|an) (?:(?:first|main|primary|single|key|central) )?(?:point of contact|liaison)\b|^(?:an?|the) (?:[\w-]+ ){1,5}(?:responsible|accountable) for\b/.test(words.slice(k + 1, k + 10).join(' ')) || saysWhoWorks(text);
    // With no "will" between, the title's verb agrees with it ("The Analyst reviews…"; not "a product exercise you…").
    if (!bare && at === k && !verb.endsWith('s') && !plural) continue;
    // "Dispatchers work 12-hour rotating shifts": their hours, not work done.
    if (/^works?$/.test(verb) && SCHEDULE.test(text)) return false;
    if (saysWork(verb) || /^(?:plays?|serves?|acts?|functions?)$/.test(verb)) return true;
  }
  return false;
}

// "The purpose of this classification is to support…", "The job's purpose is to teach…", "The focus of the job is on
// contributing…", "The primary duty is to receive order details…", "The primary responsibility of an Assisted Living CNA is to
// provide…", "Your primary focus is to maintain…", "Your role is to…", "It will be your responsibility to restock…": what
// the job is for, said as the work (not the employer's: "Our focus is to serve…"; nor an applicant's: "It is your
// responsibility to ensure your responses…").
const JOB_PURPOSE = /^(?:the )?(?:(?:main|primary|overall|key|chief|core) )?(?:purpose|aim|focus|objective|function) of (?:the|this) (?:job|role|position|post|classification|class)\s+is (?:to|on) (?:\w+ly )?(\w+)|^(?:the|this) (?:job|role|position|post)['’]s (?:main |primary |overall |core )?(?:purpose|aim|focus|function) is (?:to|on) (?:\w+ly )?(\w+)|^(?:the|your|their) (?:main |primary |principal |chief |core |key )?(?:duty|responsibility|task|focus)(?: of (?:the|this|an?|our) [^,.;]{1,50}?)? (?:is|will be) to (?:\w+ly )?(\w+)|^your (?:main |primary |principal |chief |core |key )?(?:role|job|mission) (?:is|will be) to (?:\w+ly )?(\w+)|^it (?:is|will be) your (?:responsibility|job|duty|task) to (?:\w+ly )?(\w+)\b(?! (?:that )?your\b)/i;

/** Whether the line says what the job is for by a verb that duties use. */
function purposeIsWork(text: string): boolean {
  const m = JOB_PURPOSE.exec(text);
  const verb = (m?.slice(1).find(Boolean) ?? '').toLowerCase();
  return !!verb && saysWork(verb);
}

/** A freelance client's brief: "Just need a GoHighLevel pro to help set up an account", "I need someone to…". */
const CLIENT_NEEDS = /^(?:(?:i|we)(?:'m| am| are)? )?(?:just |really )?(?:need|want|looking for)s? (?:a|an|someone|somebody)\b/i;

/** "We're seeking PHP developers to assist web designers…", a client's "Need a pro to…": an announcement that says what the hire will do. */
function announcesWork(text: string): boolean {
  const m = ANNOUNCE.exec(text) ?? CLIENT_NEEDS.exec(text);
  if (!m) return false;
  // "…is hiring a Membership Coordinator who will serve as…", "We're seeking a nurse who will lead…".
  if (goesOnToWork(text.slice(m.index), /\bwho will (?:also |help )?([a-z]+)/i)) return true;
  const said = text.slice(m.index);
  const to = /\b(to|para|pour|per) (\p{L}+)/iu.exec(said);
  // "…looking for people who work well within a team and have a genuine desire to provide…": who is sought, described
  // (not "…someone who will join our team as a teaching assistant to support children…").
  const who = /\bwho (?!will\b)/i.exec(said);
  if (!to || (who && who.index < to.index)) return false;
  const verb = to[2]!.toLowerCase();
  // "Estamos em busca de uma pessoa … para apoiar a rotina do escritório", "…un commercial pour développer…"; not to join or grow the team.
  if (to[1]!.toLowerCase() !== 'to') return ROMANCE_INFINITIVE.test(verb) && !ROMANCE_JOIN.test(verb);
  // ("…seeks a highly motivated individual to serve as a Press Assistant": the post named, not its work; "…is looking
  // for suitable candidates to apply for…": the call, not the work.)
  return !/^(?:join|hire|fill|recruit|add|welcome|find|grow|be|become|work|apply)$/.test(verb) && !/^serve as\b/i.test(said.slice(to.index + to[1]!.length + 1)) && DUTY_VERBS.has(stem(verb));
}

/** Infinitives that join, grow or make up the team (incorporarse, rejoindre, ampliare l’organico), fill the role (ricoprire il ruolo), or only say "work". */
const ROMANCE_JOIN = /^(?:integr|intégr|incorpor|unir|rejoindre|entrar|trabaj|trabalh|travaill|lavor|complet|refor[zç]|renforc|rafforz|ampli|compor|hacer|faire|fare|fazer|ser|ricopr|cubrir|occuper|ocupar|preencher)/;

// Day and month names (looksLikeHeading).
const CALENDAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** A short title-cased line with no verb up front inside a list: a sub-heading ("AI & Data Engineering Collaboration"). */
function looksLikeHeading(text: string, words: string[], ctx: LineContext): boolean {
  // (Nor does one end in a figure: "OSHA 30" is a card held.)
  if (/[.!?。！？;；,，]$/.test(text) || /\d{3,}|\d$/.test(text)) return false;
  if (hasHan(text)) return text.length <= 10 && headingKind(text) !== null;
  if (words.length === 0 || words.length > 7) return false;
  // One word is a heading only when it names a section ("Responsibilities") or is set in capitals longer than an
  // acronym ("FUNCTIONS"): "Dependability" is a quality asked for.
  if (words.length === 1 && headingKind(text) === null && !/^\p{Lu}{5,}$/u.test(text)) return false;
  // Days and months are capitalised in any sentence: "Fridays off in August" is a perk, not Title Case.
  const content = words.filter((w) => w.length > 3 && !CALENDAR.test(w));
  const capital = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  // Title Case capitalises the last word too: "Hands-on Google Ads and LinkedIn Ads experience" is an item.
  const last = words[words.length - 1]!;
  if (last.length > 3 && !/^\p{Lu}/u.test(last)) return false;
  // Romance headings are written in sentence case or all in capitals; a trade's name keeps its capitals in an item
  // ("Estudiantes avanzados de Contador Público").
  const share = capital / content.length;
  // Acronyms are capitals in any item: "LCSW or LMSW in Michigan" names licences, no section (a heading in capitals
  // is no acronym: "WORKING CONDITIONS").
  const acronyms = /\p{Ll}/u.test(text) ? content.filter((w) => /^\p{Lu}{2,}s?$/u.test(w)).length : 0;
  return content.length > 0 && (share === 1 || (share >= 0.75 && !isRomance(text, ctx))) && 2 * acronyms <= content.length && !opensWithDutyVerb(words);
}

// "指示された商品を棚から集めます", "データを入力していただきます": what is done to a thing, said of the hire, not the
// company's ongoing "…を展開しています".
const JA_DOES = /を[^。]{0,30}(?<!てい|てお|でい)ます[。！!]?$|いただきます[。！!]?$/;

/**
 * An address or station access is a place; in Japanese, a sentence ending in です/ます that names no work, the opening
 * announced or the workplace introduced describes the workplace, and a name in angle brackets is a label.
 */
function placeShapes(text: string, scores: Scores): void {
  if (JA_PLACE.test(text) || ZH_PLACE.test(text)) add(scores, 'meta', 3);
  // "当社は…を行っている不動産会社です": the company saying what it is, though it names what it does.
  else if (/^(?:当社|弊社)は/.test(text) && JA_DESCRIBES.test(text)) add(scores, 'company', 3);
  // "お仕事は、契約書類の作成やデータ入力などです", "…倉庫でのお仕事です": the work, though it ends as a description does;
  // opening with it ("お仕事は、パンの袋詰めや陳列…です"), the line is the work.
  else if (/^(?:お?仕事|業務)(?:内容)?は/.test(text)) add(scores, 'duty', 3);
  else if (DUTY_OTHER.test(text) || META_ANYWHERE.test(text) || /を(?:行|担当|お願い)|(?:お?仕事|業務)です/.test(text) || (JA_DOES.test(text) && !JA_ABOUT.test(text))) return;
  // (Not the pay or the asks said politely: "時給1,100円、週3日から勤務できます", "未経験の方も歓迎します".)
  else if (KANA.test(text) && (JA_DESCRIBES.test(text) || JA_ABOUT.test(text)) && !BENEFIT.test(text) && !/歓迎|不問|資格|免許|経験者|未経験/.test(text)) add(scores, 'company', 2.5);
  else if (JA_BRACKETED.test(text)) add(scores, 'heading', 2.5);
}

/**
 * A board's tag chips run together in English: a few names of one to three words on slashes or bars, none opening with
 * a duty verb ("Customer service / retail / sales", "No night shifts / weekends off", "Entry level / No experience
 * needed"): the terms, what is asked, else the job's categories.
 */
function englishChip(text: string): LineRole | null {
  if (/[.!?;:,]$/.test(text)) return null;
  // Spaced: "background/security investigation" joins two words inside a phrase.
  const parts = text.split(/\s+[/|·•]\s+/);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const words = wordsOf(part);
    if (words.length === 0 || words.length > 3 || DUTY_VERBS.has(stem(words[0]!.toLowerCase())) || DUTY_NOUN_START.test(part)) return null;
  }
  if (SCHEDULE.test(text) || BENEFIT.test(text)) return 'benefit';
  return REQUIREMENT_STRONG.test(text) || /\b(?:experience|entry[- ]level|graduates?|junior|senior)\b/i.test(text) ? 'requirement' : 'meta';
}

// A recruitment notice's steps and counts: when and where to sign up ("7月14日至7月20日报名", "网上报名，电子邮箱…",
// "2016年7月14日发布招聘公告"), what to write on the application (请注明应聘…), how many posts (审改外勤岗位1名).
const ZH_APPLYING = /\d{1,2}月\d{1,2}日.{0,24}?(?:报名|发布|截止|面试|笔试|公告)|(?:报名|面试|笔试)(?:时间|日期|地点)?[:：]?\s*\d{4}年|^(?:网上|现场|邮寄|电话|线上|线下)?报名(?:方式|地点|时间|办法)?[,，:：]|请注明应聘|岗位\s*\d{1,3}\s*[名人个]。?$/;

// What a class specification or a public body says around the work: the supervision received or none exercised ("Work
// is performed and reviewed under the regular supervision of…", "Supervision is not normally a responsibility of…", "The
// job does not have supervisory responsibilities"), and the panel the competition forms ("It is proposed to form a panel
// of qualified candidates…", "A panel may be formed as a result of this campaign…").
const AROUND_THE_WORK = /^work is (?:performed|done|reviewed)(?: and (?:performed|reviewed))? under\b|^supervision (?:is|are) not\b|^(?:this|the) (?:job|position|role) (?:does not|doesn['’]t) (?:have|include|involve) (?:any )?supervisory\b|\bpanel\b.{0,40}\b(?:formed|created|established)\b|\bform (?:a|the) panel of (?:qualified )?candidates\b|\bpanel (?:formed )?will be used to fill\b/i;

// A board's figures about the post and a forum's around a post: 申请人数 1383, 发出聘书 (Offer) 188, 冰川 发表于 2024-05-27,
// 7 次浏览, 0 条评论.
const ZH_PAGE_FIGURES = /^[\u4e00-\u9fff]{2,8}(?:人数|人次)\s*(?:[(（][^)）]{1,20}[)）]\s*)?\d+$|^发出聘书|发表于\s*\d{4}[-/年]|^\d+\s*(?:次浏览|条评论|人浏览|次阅读|人阅读|条回复)$/;
const ZH_HELD_TO = /^(?:[(（]?(?:[ivx]{1,4}|[一二三四五六七八九十])[)）]\s*)?[^，,。；;]{0,12}?(?:或|可能)?(?:须|需要?)(?:[净淨]工作\s*\d|工作\s*\d|穿着?制服|接受[^，,。；;]{0,12}?(?:调派|调职|训练|评核|培训)|轮班|当值|不定时|通宵|超时|加班|在(?:星期|周末|公众假期|偏远))/;
const ZH_HOURS = /每(?:星期|周|週|天|日)[^，,。；;]{0,4}?工作\s*\d{1,2}(?:\.\d)?\s*个?小[时時]/;
const ZH_TARGET = /^[\u4e00-\u9fff]{2,12}(?:率|量|度)(?:达到?|不低于|不少于|不超过|控制在|保持在?)\s*\d/;

/**
 * What a page shows beside the job, not work: its buttons and links, the recruiter's line, a board's tag chips
 * (categories and terms), the company's registration fields. Each outweighs a duties section's prior and a duty verb.
 */
function pageChrome(text: string, han: boolean, scores: Scores): void {
  const short = text.length <= (han ? MAX_ZH_CHROME_CHARS : MAX_CHROME_CHARS);
  if ((short && (CHROME.test(text) || CHROME_ANYWHERE.test(text))) || RECRUITER_LINE.test(text) || EN_ADDRESS.test(text) || WORK_PLACE.test(text) || APPLYING.test(text) || SIGN_OFF.test(text) || DESCRIPTION_TITLE.test(text)) add(scores, 'meta', 5);
  if (han && (ZH_ADDRESS.test(text) || ZH_CITY_CHIPS.test(text)) && !DUTY_ZH.test(text)) add(scores, 'meta', 5);
  if (!han) {
    const chip = englishChip(text);
    if (chip) add(scores, chip, 5);
    return;
  }
  const responsible = ZH_RESPONSIBLE.test(text);
  if (ZH_TERMS_CHIP.test(text)) add(scores, 'benefit', 5);
  else if (ZH_CHIP.test(text) && !DUTY_ZH.test(text) && !responsible) add(scores, scores.benefit || ZH_TERMS_CHIP.test(text.split(/[/／]/)[0]!) ? 'benefit' : 'meta', 5);
  // "注册资金：500万人民币" names money, but the company's, not the pay.
  if (ZH_META_FIELD.test(text) || ZH_PAGE_FIGURES.test(text) || (ZH_APPLYING.test(text) && !responsible && !DUTY_ZH.test(text))) add(scores, 'meta', 5);
  // "每星期须净工作45小时", "或须轮班当值…", "须穿着制服", "须接受…调派和调职": the terms the hire is held to.
  const held = ZH_HELD_TO.exec(text);
  if (held && !responsible) add(scores, /\d\s*小[时時]|轮班|当值|不定时|通宵|超时|加班|假期/.test(held[0] + text) ? 'benefit' : 'requirement', 5);
  else if (ZH_HOURS.test(text)) add(scores, 'benefit', 5);
  // "工作计划完成率达 80%以上": a target the work is measured by.
  if (ZH_TARGET.test(text) && !responsible) add(scores, 'meta', 5);
  if (ZH_COMPANY_FIELD.test(text)) instead(scores, 'benefit', 'company', 5);
}

/** The rest of a line goes on to work: the first word after `joiner` (its group 1) is a duty verb. */
function goesOnToWork(rest: string, joiner: RegExp): boolean {
  const joined = joiner.exec(rest);
  return !!joined && DUTY_VERBS.has(stem(joined[1]!.toLowerCase()));
}

/**
 * What a line says of the job that is no work in it, whatever section it sits in: who is sought (a requirement),
 * the terms told as what the job is, the team or setting joined (the company), growth offered (a benefit) —
 * unless it goes on to work ("You'll join the data team and build our pipelines").
 */
function jobDescribed(text: string): LineRole | null {
  if (CANDIDATE_SOUGHT.test(text) || ROMANCE_SOUGHT.test(text)) return 'requirement';
  if (ROMANCE_SETTING.test(text)) return 'company';
  if (ROMANCE_GROWTH.test(text)) return 'benefit';
  // "This is a full-time, on-site position", "This is a freelance contract" (not "This is a hands-on role: … before every shift").
  const position = THIS_POSITION.exec(text);
  if (position && (SCHEDULE.test(position[0]) || /\b(?:freelance|contract|seasonal|casual|fixed[- ]term|1099)\b/i.test(position[0]))) return 'benefit';
  const setting = JOB_SETTING.exec(text) ?? JOB_PITCH.exec(text);
  const growth = setting ? null : GROWTH_OFFERED.exec(text);
  const said = setting ?? growth;
  if (!said) return null;
  if (goesOnToWork(text.slice(said[0].length), /\b(?:and|to|where you(?:['’]ll| will)?)\s+(?:then\s+)?([a-z]+)/i)) return null;
  return setting ? 'company' : 'benefit';
}

/**
 * "You will receive and inspect incoming shipments", "You'll receive calls from customers and log their issues":
 * what the hire receives is work when other work is joined to it and no pay or perk is named.
 */
function receivesWork(text: string): boolean {
  const m = /^(?:[^.;:]{0,80}?,\s*)?you(?:['’]ll| will)(?: also)?\s+(?:receive|get)\b/i.exec(text);
  if (!m || BENEFIT.test(text)) return false;
  const rest = text.slice(m[0].length);
  // "You'll receive training and support", "You will get mentorship and grow…": what is given, not work.
  if (/\b(?:training|mentor\w*|coaching|guidance|feedback|support|onboarding|access|opportunit\w*|exposure|recognition|equipment|laptop|tools?|instructions?|information|notifications?|notice|details|confirmation|emails?|letters?|(?:an? )?offers?)\b/i.test(rest.split(/\s+/).slice(0, 4).join(' '))) return false;
  return goesOnToWork(rest, /(?:,|\band\b)\s+(?:then\s+)?([a-z]+)/i);
}

/**
 * A Chinese line that names where the job is as a field ("工作地点：…"), growth or training the company offers
 * ("公司提供完善的培训和晋升通道", "月薪3800元，提供工作餐") or welcomes the reader to join ("欢迎应届毕业生加入我们的团队"): no duty, in any section.
 */
function zhAboutJob(text: string, scores: Scores): void {
  const role: LineRole | null = /^(?:工作|上班|办公)地[点址][:：]/.test(text) || ZH_RESUME_NOTE.test(text)
    ? 'meta'
    : ZH_CLEAN_RECORD.test(text) || (ZH_OBEYS.test(text) && !ZH_OVERSEES.test(text))
      ? 'requirement'
      : !DUTY_ZH.test(text) && /(?:^|[，,；;])(?:公司|我们|我司|本公司)?(?:为(?:你|您|员工)|可|将)?(?:提供|享有|享受)(?:\S{0,6}?)(?:培训|晋升|发展空间|成长空间|职业发展|工作餐|午餐|食宿|住宿|宿舍|班车|五险|六险|社保)|晋升(?:通道|空间|机会)|发展空间大/.test(text)
      ? 'benefit'
      : /^(?:欢迎|期待)\S{0,14}?加入|^加入我们/.test(text)
        ? 'company'
        : null;
  if (!role) return;
  delete scores.duty;
  add(scores, role, 5);
}

// What the candidate must be clean of ("无犯罪记录", "无不良嗜好", "无重大事故记录"), must obey ("必须严格遵守…规章制度，服从
// 管理，听从指挥"; not the work of seeing that others do, "监督员工遵守规章制度", nor a standard kept in the work, "遵守车间5S
// 管理要求"), and a note for the résumé ("简历中注明家庭住址").
const ZH_CLEAN_RECORD = /无(?:任何)?(?:犯罪|违法|违纪|不良|刑事|重大(?:交通)?事故)(?:犯罪)?(?:记录|嗜好|行为|前科)/;
const ZH_OBEYS = /(?:必须|须)(?:严格)?遵守[^，,。；;]{0,14}?(?:规章制度|纪律)|服从(?:公司|领导|上级)?的?(?:管理|安排|分配|调配|调度)|听从(?:指挥|安排)/;
const ZH_OVERSEES = /监督|督促|确保|检查|落实|宣贯|组织|带领|指导|员工|下属/;
const ZH_RESUME_NOTE = /简历(?:中|里|上|内)?请?(?:注明|写明|附上|标明)/;

/**
 * What a Chinese line asks of the candidate past its first words: a willingness to take the terms ("能适应两班倒，
 * 服从加班安排", "能接受周末上课") outweighs the terms it names; traits or skills in half its clauses ("喜欢孩子，
 * 表达能力强，有亲和力", "打字速度每分钟60字以上，普通话标准") make a requirement of a line that names no work, pay or company.
 */
function zhAsked(body: string, scores: Scores): void {
  if (ZH_WILLING.test(body)) add(scores, 'requirement', 2.5);
  if (ZH_REQUIREMENT_START.test(body) || DUTY_ZH.test(body) || ZH_RESPONSIBLE.test(body) || BENEFIT.test(body) || ZH_COMPANY.test(body)) return;
  const clauses = body.split(/[，,；;]/).map((c) => c.trim()).filter(Boolean);
  const asked = clauses.filter((c) => ZH_REQUIREMENT_START.test(c) || ZH_WILLING.test(c) || ZH_REQUIREMENT_END.test(c) || (c.length <= 8 && ZH_TRAIT_END.test(c) && !DUTY_ZH.test(c))).length;
  if (asked > 0 && asked * 2 >= clauses.length) add(scores, 'requirement', 2.5);
}

const DUTIES_SPOKEN_OF = /^(?:the following |these |there are (?:also )?(?:other |additional |some )?)(?:duties|tasks|responsibilities)\b(?! (?:will )?(?:include|involve|consist|are to\b))|\b(?:perform|do|carry out)s?\b.{0,40}\b(?:these|the following|the above) (?:duties|tasks)\.?$/i;

/** A phrase of manner or occasion before a comma, the work after it (not the reader's: "Before you apply, select…"). */
const OCCASION = /^(?:using|with(?:in)?|under|when(?:ever)?|where|after|before|once|while|during|following|upon|in (?:coordination|collaboration|conjunction|partnership|accordance|consultation|cooperation|line) with|as (?:needed|required|directed|assigned))\b(?![^,]*\byou)[^,.;:]{0,80},/i;

/** What a line is read against: the posting's company, the words of its title and its language. */
export interface LineContext {
  company: RegExp | null;
  /** The company's name in lower case ('' when unknown or too short to tell). */
  companyName: string;
  titleWords: ReadonlySet<string>;
  /** The posting's title in lower case. */
  title: string;
  /** The posting is in French, Spanish, Italian, Portuguese…: its lines are read as such unless they look English. */
  romance: boolean;
  /** German capitalises every noun: a Title Case line is no heading by its shape. */
  german: boolean;
}

/** A line in a Romance language, whatever the posting's language says (bilingual postings exist). */
function isRomance(text: string, ctx: LineContext): boolean {
  const balance = romanceBalance(text);
  return balance > 0 || (ctx.romance && balance === 0);
}

/** The pay an applicant is asked to state, not the pay offered. */
const ASKED_PAY = /\b(?:(?:your )?(?:current and )?(?:expected|current|desired|present) (?:salary|pay)|salary expectations?)\b/gi;

const GENERIC_TITLE = new Set(['senior', 'junior', 'lead', 'staff', 'principal', 'head', 'chief', 'associate', 'assistant', 'remote', 'full', 'time', 'part', 'with', 'and', 'for', 'the']);

/** "Clinical Research Coordinator, Surgical Research" is "the CRC": the initials of its first capitalised words, three to five. */
function titleInitials(title: string): string[] {
  const words = title.split(/\s*[,(–—|]|\s+-\s+/)[0]!.split(/\s+/).filter((w) => w.length > 1);
  return words.length >= 3 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) ? [words.map((w) => w[0]!.toLowerCase()).join('')] : [];
}

/** "Sales Associate" is "the Associate", "Office Assistant" "the assistant": the title's last word when it names the hire. */
function titleHead(title: string): string[] {
  const head = /(\p{L}+)\s*$/u.exec(title.split(/\s*[,(–—|]|\s+-\s+/)[0]!)?.[1]?.toLowerCase();
  return head === 'assistant' || head === 'associate' ? [head] : [];
}

// The legal form after an employer's name ("Home Nursery, Inc.", "Acme GmbH"), left out with the comma before it.
const LEGAL_FORM = /\b(?:inc|llc|ltd|gmbh|s\.?a|s\.?l|s\.?r\.?l|s\.?p\.?a|sarl|b\.?v|ag|ltda|corp|co|plc|limited|group)\b\.?/gi;
const withoutLegalForm = (name: string): string => name.replace(LEGAL_FORM, '').trim().replace(/[\s,;·-]+$/, '');

export function lineContext(posting: Pick<Posting, 'company' | 'title' | 'language'>): LineContext {
  const name = withoutLegalForm(posting.company ?? '');
  const escaped = escapedForRegExp(name);
  return {
    company: name.length >= 3 ? new RegExp(`^(?:at |with |join |since |founded |when you join )?${escaped}(?:['’]s)?\\b|^[^.]{0,80}\\b${escaped} (?:is|are|has|was|offers|provides|builds|delivers|develops|combines|serves|helps|believes|operates|es|est|è|é|ist|son|sont|sind|cuenta|compte|conta|gestiona|betreut|bietet|steht)(?![\\wà-ÿ])`, 'i') : null,
    companyName: name.length >= 4 ? name.toLowerCase() : '',
    titleWords: new Set([...wordsOf(posting.title.toLowerCase()).filter((w) => w.length > 2 && !GENERIC_TITLE.has(w)), ...titleInitials(posting.title), ...titleHead(posting.title)]),
    // (A Chinese posting's lines are read in simplified characters: so is its title, "一級工人" as 一级工人.)
    title: (localeOf(posting) === 'zh' ? simplified(posting.title) : posting.title).toLowerCase(),
    romance: ROMANCE_LANGUAGE.test(posting.language),
    german: /^de\b/i.test(posting.language),
  };
}

const NO_CONTEXT: LineContext = { company: null, companyName: '', titleWords: new Set(), title: '', romance: false, german: false };

/** Points each role earns from the line's own words (the section is added by the caller). */
export function shapeScores(text: string, ctx: LineContext = NO_CONTEXT): Scores {
  const scores: Scores = {};
  const words = wordsOf(text);
  const han = hasHan(text);
  const colon = LABEL_VALUE.exec(text);
  const labelled = colon ?? DASH_LABEL.exec(text);
  const body = colon ? text.slice(colon[1]!.length).replace(/^[:：]\s*/, '') : labelled && (labelled[2] ?? '').length > 0 ? labelled[2]! : text;
  const bodyWords = body === text ? words : wordsOf(body);

  // "Northway is proud to be an equal opportunities employer": the notice, however the company opens it.
  // ("…equal educational opportunity to all individuals regardless of race, color, gender, age, marital status,
  // religion…": the classes a notice protects, named.)
  const notice = EEO_EMPLOYER.test(text) || (text.match(PROTECTED_CLASS) ?? []).length >= 4;
  if (notice || LEGAL.test(text)) add(scores, 'legal', notice ? 8 : 3);
  if (META_START.test(text)) add(scores, 'meta', 2.5);
  if (META_ANYWHERE.test(text) || CALL_TO_APPLY.test(text)) add(scores, 'meta', 2.5);
  if (PLACE.test(text) || VI_ADDRESS.test(text) || EMPTY_FIELD.test(text)) add(scores, 'meta', 5);
  if (CONDUCT.test(text) || TRAVEL.test(text)) add(scores, 'requirement', 5);
  const demands = WORK_DEMANDS.test(text);
  if (demands) add(scores, 'requirement', 3);
  // ("Performs routine clerical work under the direct supervision of…": the work done, the supervision its manner.)
  const supervised = SUPERVISED.test(text) && !(opensWithDutyVerb(words) && !/^(?:works?|working|receives?)$/i.test(words[0]!));
  if (supervised) add(scores, 'company', 3);
  // The team joined, or described ("The Grants team administers…": no title doing work, though "grants" is in it).
  const team = ON_THE_TEAM.test(text) || TEAM_DESCRIBED.test(text);
  if (team) add(scores, 'company', 5);
  if (BOILERPLATE.test(text)) add(scores, 'legal', 8);
  if (receivesWork(text)) add(scores, 'duty', 4);
  else if (BENEFIT_START.test(text)) add(scores, 'benefit', 2.5);
  // The employer's own name says nothing of the terms ("BrightSmile Dental is a busy practice").
  const lower = text.toLowerCase();
  const namesCompany = !!ctx.companyName && lower.includes(ctx.companyName);
  // Nor does the pay the applicant is asked to state ("apply with expected salary").
  const termsWords = (namesCompany ? lower.split(ctx.companyName).join(' ') : text).replace(ASKED_PAY, ' ');
  if (BENEFIT.test(termsWords) || VI_BENEFIT.test(termsWords)) add(scores, 'benefit', 2.5);
  else if (SCHEDULE.test(termsWords)) add(scores, 'benefit', 1.5);
  const termsField = TERMS_FIELD.test(text);
  if (termsField) add(scores, 'benefit', 3);
  if (namesCompany && !ctx.company?.test(text)) add(scores, 'company', 1.5);
  // The employer's name alone on its line ("Home Nursery, Inc." among the duties): no work of the hire's.
  if (namesCompany && withoutLegalForm(lower).replace(/[\s\p{P}]+$/u, '') === ctx.companyName) instead(scores, 'duty', 'company', 5);
  // "We are seeking an architect to design…": an announcement that says what the hire will do is not "we" describing the company.
  const announces = announcesWork(text);
  const weAnnounce = announces && /^we\b/i.test(text);
  // "We…" is the company speaking, unless it says how applicants are handled ("We'll assess you against…").
  if (!weAnnounce && (COMPANY.test(text) || ctx.company?.test(text) || (/^we\b/i.test(text) && !scores.meta) || /^[^.]{0,80}, (?:we|our (?:team|mission|company))\b|\breports? (?:directly )?to (?:the|our|a)\b|\b(?:integral|central|core|key) to our (?:culture|mission|values|dna)\b|\bour (?:culture|mission|values) (?:is|are)\b/i.test(text))) add(scores, 'company', 2.5);
  if (REQUIREMENT_START.test(body) || ZH_REQUIREMENT_START.test(body)) add(scores, 'requirement', 2.5);
  if (REQUIREMENT_SURE.test(text) || CREDENTIAL.test(text) || VI_REQUIREMENT.test(text)) add(scores, 'requirement', 3);
  else if (REQUIREMENT_STRONG.test(text)) add(scores, 'requirement', 1.5);
  if (han && (ZH_REQUIREMENT_END.test(text) || ZH_EXPERIENCE.test(text))) add(scores, 'requirement', 1.5);
  if (han) zhAsked(body, scores);

  const clause = /^[^.;:]{0,100}?,["'”’]?\s*(.+)$/.exec(body)?.[1] ?? '';
  const strong = (t: string): boolean => DUTY_STRONG.test(t) && !YOU_WILL.test(t);
  const directed = UNDER_DIRECTION.exec(body);
  const doneAsDirected = !!directed && opensWithDutyVerb(wordsOf(body.slice(directed[0].length)));
  // "Using library policies, calculate…", "When such problems arise, outlines them…": the manner or the occasion, then the work.
  const afterOccasion = OCCASION.test(body) && !/^\S+(?:ed|ing)\b/i.test(clause) && opensWithDutyVerb(wordsOf(clause));
  const youTerms = YOU_TERMS.test(body);
  if (youTerms) add(scores, 'benefit', 4);
  else if (!team && !demands && !(supervised && supervisedOnly(text)) && (doesWork(body, YOU_WILL) || doesWork(body, BARE_WILL) || titleDoesWork(body, ctx.titleWords) || roleSubjectDoesWork(body) || purposeIsWork(body) || strong(body) || strong(clause) || doneAsDirected)) add(scores, 'duty', 4);
  else if (youDoWork(body)) add(scores, 'duty', 2);
  if (announces) add(scores, 'duty', 3);
  // "…suchen wir einen Lagerhelfer (m/w/d)", "Onet recrute un agent d'entretien H/F", "RAI ricerca un/a Data Analyst",
  // "Hotel … busca recepcionista para el turno de tarde": the opening announced by its title.
  else if (ANNOUNCE.test(text)) add(scores, 'company', /\((?:[mwfdh]\/){1,2}[mwfdh]\)|\b[hf]\/[hf]\b|\bun(?:\/(?:a|una)|\(e\))/i.test(text) || namesTitle(text, ctx.titleWords) ? 3 : 1.5);
  if (han && ZH_COMPANY.test(text)) add(scores, 'company', 2.5);
  if (han && /工作地[点址][:：]|地址[:：]/.test(text)) add(scores, 'meta', 1.5);
  // A row of a commission table ("月销售额10W,10W*0.0010"): the pay, figured.
  if (han && /^[月季年]?度?(?:销售额|业绩|营业额|回款)\s*[\d.]+\s*[wW万千kK]?[,，、:：\s]+[\d.]+\s*[wW万]?\s*[*×xX]\s*[\d.]+%?$/.test(text)) add(scores, 'benefit', 4);
  if (han && !ZH_RESPONSIBLE.test(text)) zhAboutJob(text, scores);
  const field = META_START.exec(text);
  // "Giving back is integral to our culture": a gerund as the subject of a description, not an instruction.
  // "Visits to the school are welcome": a plural noun, not a verb, opens it.
  const described = /^\S+ing(?:\s+\S+){0,2}?\s+(?:is|are|was|were)\b|^\p{L}+s (?:to|of|from|by|with|for|in|at) (?:[\w'’-]+ ){0,4}(?:is|are|was|were|will be|can be)\b/iu.test(body);
  // Read once: the line's own words, or the posting's language when they weigh even.
  const romanceLine = isRomance(text, ctx);
  // An English verb opens no French or Spanish line ("Poste à pourvoir", "Plan de formación"): its own infinitives and nouns are read below.
  // "Questions?": a question asks the reader, it is no work ("question" opens O*NET's duties).
  const bodyOpens = opensWithDutyVerb(bodyWords);
  if ((bodyOpens || afterOccasion) && !romanceLine && !described && !termsField && !CHROME_START.test(body) && !CALL_TO_APPLY.test(body) && !(field && /\s/.test(field[0].trim())) && !/[?？]$/.test(body)) {
    // "Meet with clients to review their insurance needs", "Contact customers…": the verb's object, not the terms.
    dutyVerbOpens(scores, body);
  }
  if (!han && CREDENTIAL_KEPT.test(body)) instead(scores, 'duty', 'requirement', 3);
  if (han && ZH_RESPONSIBLE.test(text)) add(scores, 'duty', 3);
  // "熟悉并遵守收银制度，保证收银准确", "了解客户需求，为客户推荐房源", "熟练操作收银系统，完成现金/刷卡等支付工作", "具备良好的服务
  // 意识…，委婉礼貌地解答和处理…", "精通大锅菜的烹饪制作及搭配，完成学校食堂每日供餐", "熟悉…费用开支的有关规定，…，认真审核各种费用单据":
  // knowing what the work needs, then doing it (not "熟悉办公软件，能独立制作报表": what one can do).
  else if (han && /^(?:熟练)?(?:熟悉|了解|掌握)|^精通|^熟练(?:操作|使用|运用)|^(?:具备|具有)[^，,；;]*意识/.test(body) && body.split(/[，,；;]/).slice(1).some((c) => DUTY_ZH.test(c.replace(/^(?:并且?|同时|正确|准确|及时|积极|主动|认真|严格|仔细|耐心|礼貌地?|委婉礼貌地)+/, '')) && !c.startsWith('与'))) add(scores, 'duty', 2.5);
  // "安排员工班车路线", "营造良好的团队氛围": the perk or the setting is the work's object, not the terms.
  else if (han && DUTY_ZH.test(body)) dutyVerbOpens(scores, body);
  // "策划执行企业活动：包括年会、团建…": the label names the work, the body lists what it covers (perks among them).
  else if (han && colon && DUTY_ZH.test(colon[1]!) && /^(?:包括|包含|涵盖|例如|如)/.test(body)) dutyVerbOpens(scores, body);
  // "客户的住宿、出行、用餐的预定和行程安排": the work named last, its objects before it.
  else if (han && ZH_WORK_NAMED_LAST.test(body) && !/时间|休/.test(body)) dutyVerbOpens(scores, body);
  if (DUTY_OTHER.test(body)) add(scores, 'duty', 1.5);
  // "Chấm công, tính lương cho nhân viên": a Vietnamese verb opens the duty; the pay it works on is its object, not the terms.
  else if (!han && VI_DUTY.test(body)) dutyVerbOpens(scores, body);
  // "To provide administrative support to the practice manager": a British job description's duty. Not a purpose
  // ("To apply, …", "To perform this job successfully, an individual must…") nor one after a label ("Our vision: To…").
  // ("To perform HVAC service (repair, replacement, maintenance, etc.) to ensure…": the commas of an aside don't count.)
  const toWords = /^to \S+ (?:[^,]*$|[^,]{24,})/i.test(text.replace(/\s*\([^)]*\)/g, '')) && !/^to perform (?:this|the) (?:job|position|essential)/i.test(text) ? words.slice(1) : [];
  const toWork = toWords.length > 0 && !NOT_WORK.test(toWords[0]!.toLowerCase()) && opensWithDutyVerb(toWords);
  if (!han && (DUTY_NOUN_EN.test(body) || toWork)) add(scores, 'duty', 2);
  // A requirement word further on ("Colaborar na formação de novos profissionais") doesn't outweigh an infinitive opening the line.
  const romance = !han && romanceLine;
  if (!han && (!scores.requirement || (romance && scores.requirement < 2.5 && ROMANCE_INFINITIVE.test(body))) && ((romance && (DUTY_NOUN_START.test(body) || ROMANCE_INFINITIVE.test(body) || ROMANCE_ACTION.test(body) || FRENCH_YOU_DO.test(body))) || GERMAN_ACTION.test(body))) add(scores, 'duty', 2);

  // A label that names a section lends its kind ("Contract: 13 weeks" is the terms).
  if (labelled && labelled[1]) {
    const kind = headingKind(labelled[1]);
    const role = kind ? SECTION_ROLE[kind] : null;
    if (role) add(scores, role, 2);
  }
  // "Telework: Not available", "Work Schedule: Position is full time.": a field of the posting, not a duty.
  const labelWords = !han && colon ? wordsOf(colon[1]!) : null;
  const labelOpens = !!labelWords && opensWithDutyVerb(labelWords);
  if (labelWords && bodyWords.length <= 8 && !bodyOpens && !labelOpens && !DUTY_NOUN_START.test(colon![1]!) && !scores.requirement && !scores.company && !scores.legal) {
    add(scores, scores.benefit ? 'benefit' : 'meta', 2.5);
  }
  // "Restock supplies: It will be your…", "Ensure common areas are tidy: …": a label that names the work, its body
  // saying nothing else.
  else if (labelOpens && labelWords!.length >= 2 && Object.keys(scores).length === 0) add(scores, 'duty', 2);
  // A word or two is a label of the page ("Apply now", "Job Type"), but "Operates jackhammer" among a list's duties is one.
  if (!han && words.length <= 2 && !scores.duty && !twoWordDuty(words)) add(scores, 'meta', 1.5);
  if (EN_TERMS_CHIP.test(text)) add(scores, 'benefit', 4);
  else if (!labelled && !ctx.german && looksLikeHeading(text, words, ctx)) add(scores, 'heading', 2.5);
  // "Quel est le profil idéal ?", "Who you are?": a short question names the section after it.
  // (Not a call to apply, "Interested?"; a word or two is no field: "Questions?".)
  if (/[?？]$/.test(text) && (han ? text.length <= 16 : words.length <= 8) && (scores.meta ?? 0) <= 1.5) add(scores, 'heading', 2.5);
  if (han || KANA.test(text)) placeShapes(text, scores);
  // "Shop Assistant, weekends", "Line Cook (full-time)", "Records Clerk - Job Posting": the job's own title with its terms
  // or a label of the page, a field's value, not work; so is a part of the title in a cell of its own ("社区护士" of
  // "…服务中心招聘社区护士").
  if (ctx.title.length >= 3 && ((lower.startsWith(ctx.title) && /^(?:[,(（|]\s*[^.;:]{1,40}|[-–—]\s+[^.;:]{1,40})?$/.test(text.slice(ctx.title.length).trim())) || (text.length >= (han ? 2 : 3) && ctx.title.includes(lower) && !scores.heading))) instead(scores, 'duty', 'meta', 4);
  if (OTHER_DUTIES.test(body)) instead(scores, 'requirement', 'duty', 4);
  if (WORKS_HOURS.test(body)) instead(scores, 'duty', 'benefit', 3);
  if (GOAL_REACHED.test(text)) instead(scores, 'duty', 'meta', 3);
  else if (WORK_BY_THEN.test(text)) add(scores, 'duty', 3);
  // "The following duties are for rooms checked out", "There are also duties for…", "…will perform - but is not
  // limited to - these duties": the duties spoken of as a set, none named.
  if (DUTIES_SPOKEN_OF.test(text)) instead(scores, 'duty', 'meta', 3);
  // ("Work is performed under…" opens with no order to work.)
  if (AROUND_THE_WORK.test(text)) instead(scores, 'duty', 'meta', 5);
  const aboutJob = han ? null : jobDescribed(text);
  if (aboutJob) instead(scores, 'duty', aboutJob, 5);
  pageChrome(text, han, scores);
  if (/^[【＜<[「(（][^】＞>\]」)）]{1,24}[】＞>\]」)）][*＊]?$/.test(text)) add(scores, 'heading', 3);
  if (JA_READING.test(text)) instead(scores, 'duty', 'heading', 3);
  return scores;
}

function best(scores: Scores, fallback: LineRole | null): LineRole | null {
  let top: LineRole | null = null;
  let max = 0;
  for (const [role, points] of Object.entries(scores) as [LineRole, number][]) {
    if (points > max || (points === max && role === fallback)) {
      top = role;
      max = points;
    }
  }
  return top ?? fallback;
}

/**
 * Headings that tell their lines' role whatever the lines' words say. Said as work but not the hire's work: the goals the
 * hire is measured by ("Success in this role looks like: Returns processed within 48 hours", 考核标准), the hiring steps
 * (面试流程: 到店面试并试岗半天), the company's values and its team ("Our values: Put the learner first",
 * 团队介绍: 我们团队负责…), the career path offered (晋升通道). Then the asks and the work of headings the page's reader
 * does not know (below). An ordinal before the name ("三、") is read past.
 */
const TOLD_BY_HEADING: readonly (readonly [RegExp, LineRole])[] = [
  [/\bsuccess (?:in (?:this|the) (?:role|position|job) )?(?:looks|will look) like\b|\bhow (?:you(?:['’]ll| will) be|success (?:is|will be)) measured\b|^(?:key )?(?:performance (?:indicators|measures)|kpis)\b|^(?:考核|绩效)(?:标准|指标|方式|要求|目标)?$|^绩效考核$|^(?:面试|招聘|应聘)(?:流程|安排|方式|步骤)$/i, 'meta'],
  [/^(?:our |core |company )?(?:values|principles)\b|\b(?:our|core|company) values\b|^what we value\b|价值观|^(?:企业|公司|团队)文化$|^(?:团队|部门)(?:介绍|简介)$|^关于(?:团队|部门)$|^我们的团队$/i, 'company'],
  [/^(?:晋升|发展)(?:通道|空间|路径|机制)$/, 'benefit'],
  // A civil-service specification's "D. Ability to:" before imperatives ("Learn safe work practices.") that are asks.
  [/^(?:[a-z]\.\s*)?(?:(?:the )?abilit(?:y|ies) to|(?:must be )?able to)$/i, 'requirement'],
  // "Conditions:" under the duties: what the hire must and must not do ("You may not bring anyone else…"), the terms.
  [/^(?:special |working |employment )?conditions$/i, 'requirement'],
  // "Toughest Parts of the Job: Working in bad weather conditions": what the job demands of the hire.
  [/^(?:the )?(?:toughest|hardest|most (?:challenging|difficult)|challenging|difficult) (?:parts?|aspects?) of (?:the|this) (?:job|role|position)$/i, 'requirement'],
  // A Chinese list of traits (性格特质: "沉稳细致：…审核严谨") or of abilities asked (核心能力要求), and the day's work set out in
  // order (日常工作流程: "召开早会：明确当日目标…", whatever section the page's unknown heading left it in).
  [/^(?:性格|个人)?(?:特质|特点)$|^(?:核心|综合)?能力(?:素质)?(?:要求)?$|^(?:综合|个人)素质(?:要求)?$/, 'requirement'],
  [/^(?:日常|每日|一天的)?工作(?:流程|日常)$/, 'duty'],
];

// A section under the place of work (工作地址: "上海闵行区…D1~106A"); alone in a flattened block the name is a field's.
const PLACE_HEADING = /^(?:工作|上班|办公|公司)地[点址][:：]?$/;

/** The role a told heading gives its lines ("Our values", 考核标准), with a section's weight; none for other headings. */
function toldBy(heading: string): readonly [LineRole, number] | null {
  const text = simplified(heading.trim().replace(/[:：]$/, '').replace(/^(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*/, ''));
  const told = TOLD_BY_HEADING.find(([pattern]) => pattern.test(text));
  return told ? [told[1], SECTION_WEIGHT] : null;
}

/** A line short enough to be a heading set inline among the lines of a flattened block ("考核标准" between <br>s). */
const INLINE_HEADING_MAX = 12;

/**
 * The role a section gives its lines: its heading's, or — when the heading names nothing we know or is
 * absent — the role most of its lines take by their own words (a "You" section of "10+ years…" lines).
 */
function sectionRoles(posting: Posting, units: Unit[], own: (Scores | null)[]): (readonly [LineRole | null, number])[] {
  return posting.sections.map((section, i) => {
    const told = section.heading ? (PLACE_HEADING.test(section.heading.trim()) ? (['meta', SECTION_WEIGHT] as const) : toldBy(section.heading)) : null;
    // ("1. Requirement Gathering & Analysis:" among the responsibilities names work, not asks; "Purpose of Post" the duties.)
    const named = section.heading ? headingNames(section.heading) : null;
    // A heading that names something else over a list of work ("Requirements" or "Important messages" above "Resolve
    // routine inquiries…", "Document investigations…"): the work, as its lines say.
    if ((told && told[0] !== 'duty') || (!told && named && named !== 'responsibilities' && named !== 'other')) {
      if (mostlyWork(units, own, i) || (named === 'requirements' && dutyList(units, own, i, named))) return ['duty', VOTED_WEIGHT] as const;
    }
    if (told) return told;
    if (named && named !== 'other') return [SECTION_ROLE[named], named === 'about' ? ABOUT_WEIGHT : SECTION_WEIGHT] as const;
    const votes = new Map<LineRole, number>();
    let lines = 0;
    units.forEach((u, j) => {
      if (u.sectionIndex !== i || u.heading || u.section !== section.kind) return;
      lines++;
      const role = best(own[j]!, null);
      if (role) votes.set(role, (votes.get(role) ?? 0) + 1);
    });
    const [role, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (role && lines >= 3 && count / lines >= 0.6) return [role, VOTED_WEIGHT] as const;
    // (A heading that names the work and the asks alike gives its lines no role: each says its own.)
    return [SECTION_ROLE[named === 'other' ? named : section.kind], SECTION_WEIGHT] as const;
  });
}

// Verbs said of a candidate in a job specification's third person ("Communicates effectively", "Demonstrates…").
const TRAIT_VERBS = /^(?:communicates|demonstrates|possesses|shows|displays|exhibits|works|thrives|enjoys|takes|adapts|learns|thinks|knows|understands|holds|maintains|has|is|brings|uses|embraces|values|cares|loves|likes|wants|seeks|needs)$/i;

/**
 * A job specification's duties under a heading that names asks ("REQUIREMENT: Applicants must be residents." run in,
 * "Competencies and essential duties"): of the lines of section `index` read as `kind`, most of those that are work or
 * asks by their own words are work, and three are said of the hire ("Conducts…", "Visits…").
 */
function dutyList(units: readonly Unit[], own: readonly (Scores | null)[], index: number, kind: SectionKind): boolean {
  const { duties, asks, agreeing } = sectionReading(units, own, index, kind);
  return agreeing >= 3 && duties >= 0.6 * (duties + asks);
}

/** How the lines of section `index` (of `kind` only, when given) read by their own words: how many, duties, asks, duties said of the hire. */
function sectionReading(units: readonly Unit[], own: readonly (Scores | null)[], index: number, kind: SectionKind | null) {
  const reading = { lines: 0, duties: 0, asks: 0, agreeing: 0 };
  units.forEach((u, j) => {
    if (u.sectionIndex !== index || u.heading || (kind && u.section !== kind)) return;
    reading.lines++;
    const role = best(own[j]!, null);
    if (role === 'requirement') reading.asks++;
    if (role !== 'duty') return;
    reading.duties++;
    // (Only a list under a heading that names asks is asked whether its duties agree with the hire.)
    if (kind && agreesWithTheHire(u.text)) reading.agreeing++;
  });
  return reading;
}

// Headings that name the work, read here since the page's reader (headingKind) has no bytes to spare: requirements as
// the work's object ("Requirement Gathering & Analysis", "Requirements management"), and what the post is for ("Purpose
// of Post", "Purpose of the Job:", "JOB GOAL"). A section's heading only, not sectionKindOf's: set inline among a skills list,
// "Requirement Analysis" is one of the skills.
const NAMES_WORK = /\brequirements? (?:gathering|analysis|elicitation|management|engineering|definition|documentation|capture)\b|^(?:main |overall |key )?purpose of (?:the |this )?(?:post|job|role|position)\s*[:：]?$|^(?:job|position|role) (?:goals?|purpose|objectives?)\s*[:：]?$/i;

/**
 * The kind of section a heading names; a heading of sentences by its last, which leads into the lines ("This is the
 * entry grade… An officer at this level will work under a more experienced officer. Duties and responsibilities will
 * entail:" heads duties, whatever "experienced" says).
 */
function headingNames(heading: string): SectionKind | null {
  const last = heading.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!;
  return NAMES_WORK.test(last) ? 'responsibilities' : sectionKindOf(last);
}

/** Most lines of section `index` are work by their own words (four or more, seven in ten), and few are asks. */
function mostlyWork(units: readonly Unit[], own: readonly (Scores | null)[], index: number): boolean {
  const { lines, duties, asks } = sectionReading(units, own, index, null);
  return duties >= 4 && duties >= 0.7 * lines && asks <= 0.15 * lines;
}

/** A line opening with a duty verb that agrees with the hire left unsaid ("Conducts…", "Visits…", "Interviews…"). */
function agreesWithTheHire(text: string): boolean {
  const agrees = (words: string[]): boolean => /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[0] ?? '') && !TRAIT_VERBS.test(words[0]!) && opensWithDutyVerb(words);
  const label = DASH_LABEL.exec(text)?.[1];
  return agrees(pastAdverbs(wordsOf(text))) || (!!label && agrees(pastAdverbs(wordsOf(text.slice(label.length)))));
}

const EMOJI_ENDS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+|[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/gu;

// A field that sums up the job ("JOB GOAL: To help students learn…", "Job Purpose: To provide…", "Position Summary: The
// Technician provides…", "SUMMARY: To assist…"): its text is read as the line, not as a field of the page.
const SUMMARY_FIELD = /^(?:(?:(?:job|role|position|post|main|overall) )?(?:purpose|summary|objective|overview)|(?:job|role|position|post|main|overall) goal|(?:main |overall )?purpose of (?:the |this )?(?:job|role|post|position))\s*[:：]\s*(?=\S)/i;

/**
 * How many of the posting's lines its own words say are work, at some length ("Fill physician orders, medication kits
 * and carts…", "负责车辆的日常检查与保养"), whatever section they sit in: what a text under no duty heading must show to
 * be a posting (a Chinese line no pattern speaks for is a duty by default, a notice's lines among them; a similar
 * job's "-write the flows" is too short to tell).
 */
export function linesSaidAsWork(posting: Posting): number {
  const ctx = lineContext(posting);
  const chinese = localeOf(posting) === 'zh';
  const long = (text: string): boolean => (hasHan(text) ? text.replace(/[\s\p{P}]/gu, '').length >= 10 : wordsOf(text).length >= 5);
  return postingUnits(posting).filter((u) => !u.heading && long(u.text) && best(shapeScores(chinese ? simplified(u.text) : u.text, ctx), null) === 'duty').length;
}

/**
 * Whether a line speaks of the title's holders as the employer's own people ("明远的资深顾问均拥有十年以上行业经验",
 * "每个项目由一位资深顾问负责", "Our senior consultants have…"): a page about the team, which lists what they do as a
 * posting lists the work, is no posting unless a heading says so.
 */
export function staffSpokenOf(title: string, lines: readonly Pick<PostingLine, 'text'>[]): boolean {
  if (!title.trim()) return false;
  const staff = new RegExp(`(?:的|一位|每位|每一位|\\bour |\\beach of our )${escapedForRegExp(title.trim())}`, 'i');
  return lines.some((l) => staff.test(l.text));
}

// An item of a lettered list ("(b) assisting in…", "and (d) carrying out…", "以及(d)执行…", "(ii) …"): the list's items
// are of one kind, so one that no pattern reads as work or an ask takes the role of the item before it.
const LETTERED = /^(?:and |or |以及|及|和)?\s*[(（](?:[a-z]|i{1,3}|iv|vi{0,3})[)）]/i;
const WEAK_ROLES: ReadonlySet<LineRole> = new Set(['company', 'meta']);

// A line that goes on with the one before: "This includes…", "This not only covers…", "It also involves…".
const CONTINUES = /^(?:this|it)\s+(?:(?:also|will|may|not only|can)\s+)*(?:includ|cover|involv|entail|encompass)\w*\b/i;

/** Every line of the posting with its role, in page order. */
export function postingLines(posting: Posting): PostingLine[] {
  const units = postingUnits(posting);
  const ctx = lineContext(posting);
  // A Chinese posting in traditional characters (學歷要求) is read in the simplified ones the patterns know.
  const chinese = localeOf(posting) === 'zh';
  // Emoji around a line ("📍坐标：…", "🔥🔥 TUYỂN GẤP … 🔥🔥", "☎️ Liên hệ: …") are read past, as bullets are, and so is
  // the name of a field that sums up the job (SUMMARY_FIELD).
  const read = units.map((u) => {
    const text = u.text.replace(EMOJI_ENDS, '').replace(SUMMARY_FIELD, '');
    return chinese ? simplified(text) : text;
  });
  const own = units.map((u, i) => (u.heading ? null : shapeScores(read[i]!, ctx)));
  const bySection = sectionRoles(posting, units, own);
  // A table's field name alone in its cell, and its value in the next: the name's role for both.
  const named = units.map((u) => (u.heading ? null : fieldRole(u.text)));
  const field = (name: number, value: number): LineRole | null => {
    const v = units[value];
    return named[name] && v && !v.heading && units[name]!.sectionIndex === v.sectionIndex ? named[name] : null;
  };
  // An inline section name's role ("Responsabilités" in a flattened description), duties under a run-in ask's label told apart.
  const listed = new Map<number, boolean>();
  const inlineRole = (u: Unit): readonly [LineRole | null, number] => {
    if (u.section === 'requirements' && !listed.has(u.sectionIndex)) listed.set(u.sectionIndex, dutyList(units, own, u.sectionIndex, 'requirements'));
    if (u.section === 'requirements' && listed.get(u.sectionIndex)) return ['duty', VOTED_WEIGHT];
    return [SECTION_ROLE[u.section], u.section === 'about' ? ABOUT_WEIGHT : SECTION_WEIGHT];
  };
  // A told heading set inline (its own line in a flattened block): the lines after it in its section take its role.
  let inlineTold: { sectionIndex: number; prior: readonly [LineRole, number] } | null = null;
  let previous: PostingLine | null = null;
  // The last lettered item's role and section ("(a) 到鱼类养殖区…协助实地抽取样本" before "(b) assisting in sample preparation").
  let lettered: { role: LineRole; sectionIndex: number } | null = null;
  return units.map((u, i) => {
    previous = lineRole(u, i, previous);
    // (A list may open inside a line: "…is mainly deployed on (a) assisting in field sampling…".)
    const opens = LETTERED.test(u.text);
    if (opens || /[(（][ai][)）]/.test(u.text)) {
      const inherits = opens && lettered?.sectionIndex === u.sectionIndex && (lettered.role === 'duty' || lettered.role === 'requirement') && WEAK_ROLES.has(previous.role);
      if (inherits) previous = { ...previous, role: lettered!.role };
      lettered = { role: previous.role, sectionIndex: u.sectionIndex };
    }
    return previous;
  });
  function lineRole(u: Unit, i: number, before: PostingLine | null): PostingLine {
    // A bold line with a sum of money on it is the pay set in bold ("Home weekly – $1,500 sign-on bonus", "Pay: $0.62 per
    // mile"), no heading.
    if (u.heading) return { text: u.text, role: SUM_OF_MONEY.test(u.text) ? 'benefit' : 'heading', section: u.section };
    // A share alone in its cell ("35%" beside a duty, its share of the time) is a figure of the page, no duty.
    if (/^\d{1,3}(?:\.\d+)?\s?%$/.test(u.text)) return { text: u.text, role: 'meta', section: u.section };
    const told = u.text.length <= INLINE_HEADING_MAX ? toldBy(read[i]!) : null;
    if (told) {
      inlineTold = { sectionIndex: u.sectionIndex, prior: told };
      return { text: u.text, role: 'heading', section: u.section };
    }
    if (inlineTold && inlineTold.sectionIndex !== u.sectionIndex) inlineTold = null;
    const scores = { ...own[i]! };
    // "Your responsibilities will include:": a lead-in, no duty of its own (its work follows), unless its own
    // words say it is something else ("Experience with X:").
    if (u.leadIn) {
      delete scores.duty;
      add(scores, 'heading', LEAD_IN_WEIGHT);
    }
    // An inline section name ("Responsabilités" in a flattened description) overrides the section's own.
    const inline = u.section !== posting.sections[u.sectionIndex]?.kind;
    const [prior, weight] = inline ? inlineRole(u) : (inlineTold?.prior ?? bySection[u.sectionIndex] ?? [null, 0]);
    if (prior) add(scores, prior, weight);
    // "Fully remote within Europe" among the perks is the arrangement offered, not the page's place field.
    if (prior === 'benefit' && WORK_PLACE.test(u.text)) add(scores, 'benefit', 5);
    let role = field(i - 1, i) ?? field(i, i + 1) ?? best(scores, prior) ?? fallbackRole(read[i]!);
    // "This includes processing financial transactions…" after a duty: more of that duty, unless it asks ("This involves
    // the ability to…") or leads in ("This includes, but is not limited to, the following:").
    if (before?.role === 'duty' && role !== 'duty' && role !== 'requirement' && !u.leadIn && CONTINUES.test(read[i]!) && !/[:：]\s*$/.test(u.text) && units[i - 1]?.sectionIndex === u.sectionIndex) role = 'duty';
    // "Test Design & Execution" over "Design test cases from the user stories…": a group's name among the duties.
    // (Not in German, whose nouns are capitalised: "Pflegedokumentation in Vivendi PD" is a duty.)
    if (role === 'duty' && !ctx.german && groupName(u.text) && units[i + 1]?.sectionIndex === u.sectionIndex && !units[i + 1]!.heading && !groupName(units[i + 1]!.text) && wordsOf(units[i + 1]!.text).length >= 6) return { text: u.text, role: 'heading', section: u.section };
    return { text: u.text, role, section: u.section };
  }
}

/** A short name in title case, numbered or not, with no full stop: "Release Readiness & QA Sign-off", "1. Store Operations & Brand Standards". */
function groupName(text: string): boolean {
  const words = text.replace(/^\d{1,2}[.)]\s+/, '').split(/\s+/);
  return !hasHan(text) && words.length >= 2 && words.length <= 6 && !/[.;:!?,]$/.test(text) && titleCased(words);
}

// A 募集要項 or 招聘条件 table's row, its field's name in one cell and the value in the next ("職種 | 介護職員", "雇用形態 | 正社員",
// "学历 | 本科及以上"; 104's rows of divs, "工作經歷 | 2年以上"): the name says what both are.
const FIELDS: [RegExp, LineRole][] = [
  [/^(?:職種|勤務地|就業場所|募集人数|工作地[点址]|上班地点|招聘人数|需求人数|可上班日|职[位务]类别)$/, 'meta'],
  [/^(?:雇用形態|試用期間|就業時間|工作性质|用工形式|管理责任|出差外派)$/, 'benefit'],
  [/^(?:学历(?:要求)?|专业|科系要求|年龄|性别|资格证书|工作经[历验]|擅长工具|语文条件|其他条件)$/, 'requirement'],
];

/** The role a table field's name gives it and its value, when the text is such a name alone. */
function fieldRole(text: string): LineRole | null {
  const folded = simplified(text);
  return FIELDS.find(([re]) => re.test(text) || re.test(folded))?.[1] ?? null;
}

// A line that is only an employer's or a workplace's name: 惠民连锁超市, 杭州云帆科技有限公司, 仁和医院（东院）.
const ZH_ORGANISATION =
  /^[\u4e00-\u9fffA-Za-z0-9·&]{2,30}?(?:有限公司|有限责任公司|股份公司|公司|集团|超市|商场|百货|医院|诊所|卫生院|学校|学院|大学|中学|小学|幼儿园|酒店|宾馆|餐厅|饭店|[菜饭餐面]馆|酒楼|便利店|连锁|果业|中心|银行|药房|药店|事务所|工作室|研究院|研究所|工厂|门店|分店|旗舰店|专卖店|门诊部|协会|基金会|俱乐部|[署局厅]|委员会)(?:\s*[（(][\u4e00-\u9fff]{1,16}[）)])?$/u;

/**
 * A line nothing speaks for, outside any known section. Chinese duties are bare verb phrases (Chinese company,
 * pay and requirement lines carry their own markers), so such a line is a duty; elsewhere prose is about the
 * company and fragments are page labels.
 */
function fallbackRole(text: string): LineRole {
  if (hasHan(text) && ZH_ORGANISATION.test(text) && !DUTY_ZH.test(text)) return 'company';
  if (hasHan(text)) return text.replace(/[\s\p{P}]/gu, '').length >= 4 ? 'duty' : 'meta';
  return wordsOf(text).length >= 6 ? 'company' : 'meta';
}
