import { hasHan } from '../text';
import type { ExposureSummary } from '../types';
import { glossTitle } from './gloss';
import { isGenericTitle, singular, titleSegments, titleTokens } from './normalize';
import { OCCUPATIONS } from './occupations';
import { TITLE_INDEX } from './title-index-data';
import { priorOf } from './priors';
import type { Occupation } from './schema';
import { TitleIndex, type AliasEntry } from './title-index';

export interface TitleMatch {
  occupation: Occupation;
  /** 0..1: 1 for an exact title key, lower for partial ones; never below MATCH_THRESHOLD. */
  score: number;
  exposure: ExposureSummary;
  matchedAlias: string;
}

export const MATCH_THRESHOLD = 0.6;
/** Weight of a title word no key uses ("ICU", "Kotlin"): a specialisation, not a reason to refuse. */
const UNKNOWN_WEIGHT = 1.5;
/** Later segments ("Nurse - ICU", "Remote - Engineer") lose a little so the first one wins ties. */
const SEGMENT_DECAY = 0.02;
/** At most this many distinct words of a segment are tried in combination (2^n sets). */
const MAX_WORDS = 7;

interface Candidate {
  entry: AliasEntry;
  score: number;
}

function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score + 1e-9 ? b : a;
}

// A Latin segment: the keys made of some of its words (all of a key's words in the title, in any order). A key
// scores by how much of the title's weight it covers; one holding the title's head more (the last word: "nurse"
// in "ICU Registered Nurse"; in a title of several segments, any segment's last word: "Manager, Supply Chain"). A key that covers little of the title and misses its head is no match.
function tokenMatch(index: TitleIndex, segment: string, heads: readonly string[]): Candidate | null {
  return wordsMatch(index, [...new Set(titleTokens(segment))].slice(0, MAX_WORDS), heads);
}

// "Director, Regulatory Affairs", "Head of Data Platform", "VP Sales": a leader of a function is that function's
// manager when no key names the leader as written.
const LEADER = /^(?:director|head|vp|svp|evp|avp|chief|lead|leader|principal|president)$/;
const LEADER_SCORE = 0.97;

function leaderMatch(index: TitleIndex, segment: string): Candidate | null {
  const words = [...new Set(titleTokens(segment))];
  if (!words.some((w) => LEADER.test(w))) return null;
  const found = wordsMatch(index, [...words.filter((w) => !LEADER.test(w)).slice(0, MAX_WORDS - 1), 'manager'], ['manager']);
  return found && { entry: found.entry, score: found.score * LEADER_SCORE };
}

// Every subset of the title's known words is a possible key; its score follows from its words alone (their share
// of the title's weight, whether it holds the head), so subsets are tried best first and the first one that is a
// key wins: most titles are settled by one or two lookups.
function wordsMatch(index: TitleIndex, words: readonly string[], headWords: readonly string[]): Candidate | null {
  if (words.length === 0) return null;
  let titleWeight = 0;
  const ids: number[] = [];
  for (const w of words) {
    const id = index.idOf(w);
    titleWeight += id === undefined ? UNKNOWN_WEIGHT : index.weightOfId(id);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return null;
  const heads = headWords.map((w) => index.idOf(w)).filter((id) => id !== undefined);
  ids.sort((a, b) => a - b);
  const tries: { score: number; mask: number }[] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    let weight = 0;
    let hasHead = false;
    for (let i = 0; i < ids.length; i++) {
      if (!(mask & (1 << i))) continue;
      weight += index.weightOfId(ids[i]!);
      if (heads.includes(ids[i]!)) hasHead = true;
    }
    const share = weight / titleWeight;
    if (!hasHead && share < 0.5) continue;
    tries.push({ score: (0.65 + 0.35 * share) * (hasHead ? 1 : 0.9) * 0.95, mask });
  }
  // Stable: among equal scores the smaller mask goes first.
  tries.sort((a, b) => b.score - a.score);
  for (const { score, mask } of tries) {
    const entry = index.firstWithTokens(ids.filter((_, i) => mask & (1 << i)));
    if (entry) return { entry, score };
  }
  return null;
}

// Chinese titles: the longest key found inside the title; one ending where the title ends is its head. Keys are
// looked for where a Chinese character or a Latin word ("java开发工程师") starts. As a Latin word no key uses
// weighs less than a known one, a character no key covers ("招俩超市店员干到过年": all but 店员) counts
// UNKNOWN_CHAR of one a key covers in the title's size: chatter around the job does not hide it.
const LATIN_RUN = /[a-z0-9+#.]+/y;
const UNKNOWN_CHAR = 1 / 3;
const LATIN_CHAR = /[a-z0-9+#.]/;
const AGENT = ['师', '员'];

function zhMatch(index: TitleIndex, segment: string): Candidate | null {
  if (!hasHan(segment)) return null;
  const compact = segment.replace(/\s+/g, '');
  const found: { at: number; entry: AliasEntry; length: number }[] = [];
  const covered = new Uint8Array(compact.length);
  for (let at = 0; at < compact.length; at++) {
    const code = compact.charCodeAt(at);
    let prefix = compact[at]!;
    if (code < 0x3400) {
      // Only at the start of a Latin word, and only keys that go on in Chinese.
      if (at > 0 && LATIN_CHAR.test(compact[at - 1]!)) continue;
      LATIN_RUN.lastIndex = at;
      const word = LATIN_RUN.exec(compact)?.[0];
      if (!word || at + word.length >= compact.length) continue;
      prefix = word;
    }
    const [from, to] = index.prefixRange(prefix);
    for (let k = from; k < to; k++) {
      const key = index.keyAt(k);
      if (key.length < 2 || !compact.startsWith(key, at) || (code < 0x3400 && !hasHan(key))) continue;
      found.push({ at, entry: index.entryAt(k), length: key.length });
      covered.fill(1, at, at + key.length);
    }
    // The work without its doer's 师 or 员 ends the title ("spine骨骼动画": 动画师, "婚礼策划": 婚礼策划师).
    const tail = compact.slice(at);
    if (tail.length < 2 || !hasHan(tail)) continue;
    for (const doer of AGENT) {
      const entry = index.exact(tail + doer);
      if (!entry) continue;
      found.push({ at, entry, length: tail.length });
      covered.fill(1, at);
    }
  }
  if (found.length === 0) return null;
  // The title's size in characters, a Latin word counting as one (by its first letter).
  let size = 0;
  for (let i = 0; i < compact.length; i++) if (!(LATIN_CHAR.test(compact[i]!) && i > 0 && LATIN_CHAR.test(compact[i - 1]!))) size += covered[i] ? 1 : UNKNOWN_CHAR;
  let best: Candidate | null = null;
  for (const { at, entry, length } of found) {
    const atEnd = at + length === compact.length;
    const score = (0.45 + 0.4 * Math.min(1, length / size) + (atEnd ? 0.1 : 0)) * 0.99;
    if (!best || score > best.score + 1e-9) best = { entry, score };
  }
  return best;
}

// A bare role word beside a technology names software work: "Python Developer", "SAP Consultant", "Java开发工程师",
// "Sviluppatore Python". Only when no key matched: the technology is the specialisation, the role word the job.
// Technologies that make a bare role word software work ("software" ones alone name their developers).
const TECH = /(?<![\p{L}\p{N}])(?:python|java|javascript|typescript|js|c\+\+|c#|\.net|dotnet|golang|php|ruby|rails|scala|kotlin|swift|objective-c|perl|rust|ios|android|react|angular|vue|node(?:\.js)?|django|flask|spring|laravel|sql|nosql|mysql|postgres(?:ql)?|mongodb|aws|azure|gcp|salesforce|sap|d365|dynamics|sharepoint|power platform|servicenow|tableau|power bi|etl|hadoop|spark|kafka|kubernetes|docker|linux|unix|embedded|firmware|fpga|rtl|verilog|qt|unity|u3d|unreal|blockchain|web3|frontend|front end|front-end|backend|back end|back-end|full stack|full-stack|fullstack|mobile|web|app|devops|cloud|ml|ai|llm|genai|nlp|data)(?![\p{L}\p{N}])/gu;
// TECH without /g (test() on a /g expression moves its lastIndex).
const TECH_ANY = new RegExp(TECH.source, 'u');
const SOFTWARE_TECH = /^(?:python|java|javascript|typescript|c\+\+|c#|\.net|dotnet|golang|php|ruby|scala|kotlin|swift|rust|ios|android|react|angular|vue|node(?:\.js)?|frontend|front end|front-end|backend|back end|back-end|full stack|full-stack|fullstack|mobile|web|embedded|qt|unity|u3d)$/;
const TECH_ROLES: [RegExp, string][] = [
  [/^(?:developers?|programmers?|engineers?|devs?|coders?|sviluppatore|sviluppatori|desarrollador(?:a|es)?|programador(?:a|es)?|d[ée]veloppeur(?:se)?|entwickler(?:in)?|开发工程师|开发|工程师|程序员|研发工程师)$/, '15-1252.00'],
  [/^(?:architects?|架构师)$/, '15-1299.08'],
  [/^(?:administrators?|admins?|运维工程师|运维)$/, '15-1244.00'],
  [/^(?:testers?|qa|测试工程师|测试)$/, '15-1253.00'],
  [/^(?:consultants?|顾问|实施工程师|实施顾问)$/, '15-1211.00'],
  [/^(?:analysts?|分析师)$/, '15-2051.01'],
  [/^(?:designers?|设计师)$/, '15-1255.00'],
];
const TECH_SCORE = 0.7;

// Chinese IT titles: a domain and a role ("Java服务器工程师", "大数据挖掘研发工程师", "架构师(大数据方向)", "Python老师").
// The first domain found decides (big data before the language it is written in); a domain alone ("软件", once
// "实习生" is stripped) is its developers.
const ZH_DOMAINS: [RegExp, string][] = [
  [/大数据|数据仓库|数仓|hadoop|spark|hive|flink|etl|数据平台|数据工程/, 'data'],
  [/算法|机器学习|深度学习|nlp|自然语言|计算机视觉|数据挖掘|人工智能|大模型/, 'ml'],
  [/数据分析|数据处理|商业分析|bi/, 'analysis'],
  [/前端|web|h5|vue|react|javascript/, 'web'],
  [/数据库|dba|mysql|oracle/, 'db'],
  [/测试/, 'test'],
  [/运维|devops|sre|网管/, 'ops'],
  [/实施/, 'implement'],
  [/java|python|c\+\+|c#|\.net|golang|php|qt|嵌入式|后端|后台|服务器|服务端|软件|程序|u3d|unity|客户端|ios|安卓|android|云平台|云计算|camera/, 'software'],
];
const ZH_ROLES: [RegExp, string][] = [
  [/分析(?:师|员)/, 'analyst'],
  [/架构师/, 'architect'],
  [/老师|讲师|教师/, 'teacher'],
  [/顾问/, 'consultant'],
  [/工程师|开发|研发|程序员|全栈|实习|培训生|管培生|工程|技术|设计/, 'dev'],
];
const ZH_OCCUPATIONS: Record<string, string> = {
  'data dev': '15-1243.00', 'data analyst': '15-2051.00', 'data architect': '15-1243.00', 'db dev': '15-1242.00', 'db architect': '15-1243.00',
  'ml dev': '15-2051.00', 'ml analyst': '15-2051.00', 'ml architect': '15-2051.00',
  'analysis dev': '15-2051.00', 'analysis analyst': '15-2051.00',
  'web dev': '15-1254.00', 'test dev': '15-1253.00', 'ops dev': '15-1244.00',
  'implement dev': '15-1211.00', 'implement consultant': '15-1211.00',
  'software dev': '15-1252.00', 'software architect': '15-1299.08', 'software teacher': '25-1194.00', 'software consultant': '15-1211.00',
};

function zhRole(index: TitleIndex, segment: string): Candidate | null {
  const compact = segment.replace(/\s+|方向/g, '');
  const found = ZH_DOMAINS.find(([re]) => re.test(compact));
  if (!found) return null;
  const [words, domain] = found;
  const role = ZH_ROLES.find(([re]) => re.test(compact))?.[1] ?? (compact.replace(new RegExp(words.source, 'g'), '') === '' ? 'dev' : undefined);
  const occ = domain && role ? index.occupationIndex(ZH_OCCUPATIONS[`${domain} ${role}`] ?? '') : undefined;
  return occ === undefined ? null : { entry: { occ, key: segment }, score: TECH_SCORE };
}

function techRole(index: TitleIndex, segment: string): Candidate | null {
  if (hasHan(segment)) return zhRole(index, segment);
  const found = segment.match(TECH) ?? [];
  if (found.length === 0) return null;
  let rest = segment.replace(TECH, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // A programming technology alone ("Java" once "intern" is stripped) names its developers.
  if (rest === '' && found.some((f) => SOFTWARE_TECH.test(f))) rest = 'developer';
  const role = TECH_ROLES.find(([words]) => words.test(rest));
  const occ = role ? index.occupationIndex(role[1]) : undefined;
  return occ === undefined ? null : { entry: { occ, key: segment }, score: TECH_SCORE };
}

function matchSegment(index: TitleIndex, segment: string, heads: readonly string[]): Candidate | null {
  if (isGenericTitle(segment)) return null;
  const exact = index.exact(segment);
  if (exact) return { entry: exact, score: 1 };
  // "Chief Vibe Officer", "Chief Customer Officer": a chief officer not listed by name is a chief executive.
  if (CHIEF_OFFICER.test(segment)) return fallbackTo(index, '11-1011.00', segment, CHIEF_SCORE);
  const found = better(tokenMatch(index, segment, heads), zhMatch(index, segment));
  // A weak key (a word or two of a long title) gives way to a leader or technology reading.
  if (found && found.score >= MATCH_THRESHOLD) return found;
  return leaderMatch(index, segment) ?? techRole(index, segment) ?? found;
}

// When no key matched, a title whose head is a broad role word and that says more than the role ("Generative AI
// Manager", "Senior Tender Executive", "大卖场经理") is read as that role's catch-all occupation, at the lowest
// score that counts. A role word alone ("Manager", "经理") still gets nothing.
const ROLE_FALLBACK: Record<string, string> = {
  manager: '11-9199.00', director: '11-9199.00', head: '11-9199.00', lead: '11-9199.00',
  engineer: '17-2199.00', developer: '15-1252.00', programmer: '15-1252.00',
  analyst: '13-1199.00', specialist: '13-1199.00', officer: '13-1199.00', executive: '13-1199.00', coordinator: '13-1199.00',
  consultant: '13-1111.00', advisor: '13-1111.00', adviser: '13-1111.00',
  assistant: '43-9199.00', clerk: '43-9199.00', designer: '27-1029.00', teacher: '25-3099.00', instructor: '25-3099.00',
};
const ZH_ROLE_FALLBACK: [RegExp, string][] = [
  [/(?:经理|总监|主管|负责人)$/, '11-9199.00'],
  [/工程师$/, '17-2199.00'],
  [/(?:专员|策划)$/, '13-1199.00'],
  [/顾问$/, '13-1111.00'],
  [/(?:助理|文员)$/, '43-9199.00'],
  [/设计师$/, '27-1029.00'],
  [/(?:老师|讲师|教师)$/, '25-3099.00'],
];
const FALLBACK_SCORE = MATCH_THRESHOLD;
const CHIEF_OFFICER = /^chief (?:[a-z&-]+ ){1,3}officer$/;
const CHIEF_SCORE = 0.9;

function roleFallback(index: TitleIndex, segments: readonly string[]): Candidate | null {
  const words = segments.flatMap((segment) => (hasHan(segment) ? [] : titleTokens(segment)));
  for (const segment of segments) {
    if (hasHan(segment)) {
      const compact = segment.replace(/\s+/g, '');
      const found = ZH_ROLE_FALLBACK.find(([role]) => role.test(compact));
      const rest = found && compact.replace(found[0], '');
      if (found && rest && hasHan(rest)) return fallbackTo(index, found[1], compact);
      continue;
    }
    const tokens = titleTokens(segment);
    const role = tokens.length > 0 ? singular(tokens[tokens.length - 1]!) : '';
    if (!ROLE_FALLBACK[role] || !words.some((w) => singular(w) !== role && /[a-z]/.test(w))) continue;
    // An engineer of a software technology ("AI Deployment Engineer") builds software.
    const software = role === 'engineer' && segments.some((s) => TECH_ANY.test(s));
    return fallbackTo(index, software ? '15-1252.00' : ROLE_FALLBACK[role], segment);
  }
  return null;
}

function fallbackTo(index: TitleIndex, id: string, key: string, score = FALLBACK_SCORE): Candidate | null {
  const occ = index.occupationIndex(id);
  return occ === undefined ? null : { entry: { occ, key }, score };
}

// An intern's title often names only the field ("Marketing & Publicity Internship", "IT Intern", "Regulatory
// Affairs Intern"): the field's junior roles are tried in its place, the title's words covering most winning.
const INTERN = /\b(?:interns?|internships?|trainees?|werkstudent(?:in)?|praktikant(?:in)?|stagiaire|working student)\b|实习/i;
const INTERN_ROLES = ['specialist', 'analyst', 'assistant', 'engineer'];
const INTERN_SCORE = 0.9;

function internMatch(index: TitleIndex, segments: readonly string[]): Candidate | null {
  let best: Candidate | null = null;
  for (const segment of segments) {
    const words = [...new Set(titleTokens(segment))].slice(0, MAX_WORDS - 1);
    if (words.length === 0) continue;
    for (const role of INTERN_ROLES) {
      const found = wordsMatch(index, [...words, role], [role]);
      // The field must be in the key, not the role alone.
      if (found && found.entry.key.split(' ').some((w) => words.includes(w))) best = better(best, { entry: found.entry, score: found.score * INTERN_SCORE });
    }
  }
  return best;
}

/** A whole-title key this good (its words all in the title, the head among them) may refine a segment's exact key. */
const REFINED_SCORE = 0.9;

/** Whether key `a` has every word of key `b` and more (Latin keys; a Chinese key holds the other as a substring). */
function refines(a: string, b: string): boolean {
  if (hasHan(a) || hasHan(b)) return a.length > b.length && a.includes(b);
  const words = new Set(a.split(' '));
  const of = b.split(' ');
  return words.size > new Set(of).size && of.every((w) => words.has(w));
}

/** The best key over the whole cleaned title and each of its segments; failing that, over its English gloss. */
export function matchIndex(index: TitleIndex, title: string): Candidate | null {
  const found = matchWritten(index, title);
  if (found) return found;
  const english = glossTitle(title);
  return english && english !== title ? matchWritten(index, english) : null;
}

function matchWritten(index: TitleIndex, title: string): Candidate | null {
  const segments = titleSegments(title);
  const heads = segments.map((segment) => titleTokens(segment).at(-1) ?? '');
  const joined = segments.length > 1 ? matchSegment(index, segments.join(' '), heads) : null;
  let best = joined;
  segments.forEach((segment, i) => {
    const found = matchSegment(index, segment, heads.slice(i, i + 1));
    if (found) best = better(best, { entry: found.entry, score: found.score - i * SEGMENT_DECAY });
  });
  // "Research Scientist, Machine Learning": a key of the whole title that holds the best segment's key and more
  // ("machine learning research scientist") is the more specific reading, though the segment matched exactly.
  if (joined && best !== joined && best && joined.score >= REFINED_SCORE && refines(joined.entry.key, best.entry.key)) best = joined;
  if ((!best || best.score < MATCH_THRESHOLD) && INTERN.test(title)) best = internMatch(index, segments);
  if (!best || best.score < MATCH_THRESHOLD) best = roleFallback(index, segments);
  return best && best.score >= MATCH_THRESHOLD ? best : null;
}

let shared: TitleIndex | null = null;

/** The title index, built on first use (once per background start). */
export function loadTitleIndex(): TitleIndex {
  shared ??= new TitleIndex(TITLE_INDEX, OCCUPATIONS.map((o) => o.id));
  return shared;
}

// Varied shapes, one down each path (decorations, segments, leaders, technologies, Chinese, catch-alls, generic
// words): compiles the cleanup's expressions and warms the code, so a worker's first listing is not the slow one.
const WARM_UP = [
  'Sr. Nurse (m/w/d) - Remote, $50/hr', 'Senior Software Engineer - Backend (Java/AWS)', 'Store Manager, Retail | Full-time',
  '高级前端开发工程师（急聘）', 'Director, Regulatory Affairs - Remote or San Diego, CA', 'Python Developer', 'Java开发工程师',
  'Generative AI Manager', '大卖场经理', 'Manager', '专员', 'Registered Nurses', 'Warehouse Associate - Tampa, FL',
  'Patient Access Lead', '数据标注员 月薪8k', 'Account Executive for Recruiting Firm', 'Head of Data Platform',
];
let warm = false;

/** Builds and warms the title index now, so the first titles don't pay for it. */
export function prepareTitleIndex(): TitleIndex {
  const index = loadTitleIndex();
  if (warm) return index;
  warm = true;
  for (const title of WARM_UP) matchIndex(index, title);
  return index;
}

/** Maps a job title (EN or ZH, with any decorations) to an occupation and its prior exposure, or null. */
export function matchTitle(title: string): TitleMatch | null {
  const index = prepareTitleIndex();
  const found = matchIndex(index, title);
  if (!found) return null;
  const occupation = OCCUPATIONS[found.entry.occ]!;
  const exposure = priorOf(occupation.id);
  if (!exposure) return null;
  return { occupation, score: Math.round(found.score * 1e4) / 1e4, exposure, matchedAlias: found.entry.key };
}
