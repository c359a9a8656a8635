// Job-title cleanup: strips seniority, gender tags, pay, shifts and location suffixes, then splits the
// rest into segments ("Nurse (ICU) - Remote" → ["nurse", "icu"]) so each can be matched on its own.
import { simplifiedUnlessJapanese } from '../traditional';

const GENDER_TAG = /[(（[]\s*(?:(?:[mwfdhxn]|div)\s*[/|,]\s*){1,3}(?:[mwfdhxn]|div)\s*\*?\s*[)）\]]|\b(?:all genders|gn\*?)(?=\W|$)/gi;
const BRACKETED = /【[^】]*】|\[[^\]]*\]|〔[^〕]*〕|「[^」]*」|《[^》]*》/g;
const PAY = /(?:up to\s*)?[$€£¥￥]\s*\d[\d,.]*\s*[kK]?(?:\s*[-–~]\s*[$€£¥￥]?\s*\d[\d,.]*\s*[kK]?)?(?:\s*(?:\/|per)\s*(?:hr|hour|h|yr|year|month|mo))?|\d+(?:\.\d+)?\s*[-~]\s*\d+(?:\.\d+)?\s*[kK千万](?:\s*[·x*]\s*\d+\s*薪)?|\d+(?:\.\d+)?\s*[kK千万]\+?|(?:月入|月薪|底薪|年薪|综合工资|工资)\s*\d[\d.,]*\s*[kK千万元]?\+?(?:以上)?|\d+\s*元(?:\/[天时月])?\+?/g;
// "Warehouse Associate - Tampa, FL", "Engineer – San Diego, CA", "Nurse | London, UK"
// The place is capitalised words ("San Diego", "St. Louis"), perhaps after "Remote or".
const PLACE_SUFFIX =
  /\s*(?:[-–—|,@·]|\bat\b|\bin\b)\s*(?:(?:remote|hybrid|onsite|on-site)\s+(?:or|in|from|\/)\s+)?[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3},\s*(?:[A-Z]{2}|USA|US|UK|Canada|Germany|Deutschland|France|India|Australia|Ireland|Netherlands|Singapore|China)\s*$/i;
// "Account Executive for Recruiting Firm", "Video Editor for Online Ads": what follows "for" is whom, not the job.
const SEPARATORS = /\s+[-–—]\s*|(?<=\w)[-–—]\s+|[–—|·•/／\\、，,;；:：()（）]|\s+@\s+|\s+at\s+|\s+for\s+(?=\w)|(?<=\p{Script=Han})-|-(?=\p{Script=Han})|(?<=\p{Script=Han})兼(?=\p{Script=Han})/u;

const EN_DECORATIONS = [
  'senior', 'sr', 'snr', 'junior', 'jr', 'jnr', 'lead', 'staff', 'distinguished', 'mid', 'level',
  'entry', 'experienced', 'intern', 'internship', 'internships', 'trainee', 'apprentice', 'graduate', 'grad', 'new', 'i', 'ii',
  'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'praktikum', 'stagiaire', 'stage', 'alternance', 'tirocinio', 'tirocinante',
  'becario', 'becaria', 'prácticas', 'paid', 'unpaid', 'fresher', 'freshers',
  'iii', 'iv', 'v', 'remote', 'hybrid', 'onsite', 'on-site', 'wfh', 'full-time', 'part-time', 'fulltime', 'parttime',
  'temporary', 'temp', 'contract', 'contractor', 'freelance', 'seasonal', 'urgent', 'urgently', 'hiring', 'now',
  'immediate', 'immediately', 'start', 'prn', 'per', 'diem', 'bonus', 'sign-on', 'weekly', 'pay', 'flexible',
  'hours', 'shift', 'night', 'nights', 'day', 'days', 'evening', 'evenings', 'weekend', 'weekends', 'overnight',
  'f/t', 'p/t', 'ft', 'pt', 'm/w/d', 'w/m/d', 'm/f/d', 'h/f', 'f/h', 'm/f',
  // When an internship or contract starts ("Summer Intern 2026", "Intern – September 2026").
  'summer', 'winter', 'autumn', 'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
// Occupations named with a decoration word ("Data Entry Clerk", "General Contractor", "Project Lead"): kept
// upper case while decorations are stripped (those patterns are lower case), then lowered again.
// A segment's last word "lead" is the role ("Patient Access Lead"), elsewhere a level ("Lead Engineer").
const COMPOUNDS = /\b(?:data entry|bar staff|smart contracts?|general contractor|contracts? administrator|(?:project|delivery|design) lead)\b|(?<=\w )lead$/g;
const EN_PHRASES = /\b(?:work from home|full time|part time|entry level|mid level|now hiring|sign on bonus|up to|immediate start|per diem|academic year)\b/g;
const EN_WORD = new RegExp(`(?<![\\w+#])(?:${EN_DECORATIONS.map((w) => w.replace(/[/.+-]/g, '\\$&')).join('|')})\\.?(?![\\w+#])`, 'g');
// "Principal Engineer" is a level, "School Principal" is the job.
const PRINCIPAL = /\bprincipal\s+(?!of\b)(?=\w)/g;
// Levels ("L5", "II" is a word above), small numbers and years ("Intern 2026").
const EN_LEVEL = /(?<![\w+#])(?:l|t|p|e|ic|level\s*)\d{1,2}(?![\w+#])|(?<![\w+#.])(?:\d{1,2}|(?:19|20)\d{2})(?![\w+#.])/g;
const ZH_DECORATIONS =
  /急聘|诚聘|热招|高薪|直招|诚邀|包吃住|包住|包吃|五险一金|六险一金|加?(?:绩效|奖金|提成|补贴|年终奖|奖励)+|新手即可|新手|小白|无经验|经验不限|不限经验|双休|单休|月休\d*天|日结|周结|月结|长白班|长期|临时|兼职|全职|高级|资深|初级|中级|实习生|实习|见习|储备|应届生?|校招|社招|在家办公|远程|可居家|急招|火热招聘中|(?:月入|月薪)?过万|大量|若干名?|\d+名/g;

/** Lowercased, NFKC-folded, traditional characters read as simplified, decorations stripped; empty segments dropped. */
export function titleSegments(title: string): string[] {
  const text = simplifiedUnlessJapanese(title.normalize('NFKC')).replace(PLACE_SUFFIX, '').replace(GENDER_TAG, ' ').replace(BRACKETED, ' ').replace(PAY, ' ');
  return text
    .toLowerCase()
    .split(SEPARATORS)
    .map((segment) =>
      segment
        .replace(COMPOUNDS, (compound) => compound.toUpperCase())
        .replace(ZH_DECORATIONS, ' ')
        .replace(EN_PHRASES, ' ')
        .replace(PRINCIPAL, ' ')
        .replace(EN_WORD, ' ')
        .replace(EN_LEVEL, ' ')
        .replace(/[^\p{L}\p{N}+#.\s&-]/gu, ' ')
        .replace(/(?<![\w])[.&-]+|[.&-]+(?![\w])/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((segment) => segment !== '');
}

/** The cleaned title as one string, segments joined by " - " (what the CLI shows as "normalized"). */
export function normalizeTitle(title: string): string {
  return titleSegments(title).join(' - ');
}

const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'with', 'to', 'a', 'an', 'or', 'on', '&']);
export const isStopWord = (token: string): boolean => STOP.has(token);

/** Latin-script word tokens, stop words dropped ("c++", "c#", "node.js", "asp.net" stay whole; "dev.engineer" is two). */
export function titleTokens(text: string): string[] {
  return (text.match(/[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9+#]{1,3}(?![a-z0-9+#]))*|[a-z0-9][a-z0-9+#]*/g) ?? []).filter((t) => !isStopWord(t));
}

const KEEP_S = new Set(['sales', 'news', 'series', 'species', 'analytics', 'logistics', 'physics', 'economics', 'mathematics', 'statistics', 'electronics', 'robotics', 'genomics', 'operations']);

/** A word with a plain English plural folded ("developers" → "developer", "libraries" → "library"); "sales", "analytics" stay. */
export function singular(word: string): string {
  const n = word.length;
  // Char codes, not regular expressions: the title index folds tens of thousands of words at start.
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  const before = word.charCodeAt(n - 2);
  if (before === 115 /* ss */ || before === 117 /* us */ || KEEP_S.has(word)) return word;
  if (before === 101 /* e */ && word.charCodeAt(n - 3) === 105 /* ies */) return n > 4 ? `${word.slice(0, -3)}y` : word;
  if (before === 105 /* is */) return word;
  return word.slice(0, -1);
}

/** A title's (or alias's) match key: its cleaned segments joined, as a title's are at lookup time. */
export const aliasKeyOf = (title: string): string => titleSegments(title).join(' ');

/** The key a person's correction of a title is kept under: the title cleaned as for matching ("Sr. Caretaker (m/w/d)" → "caretaker"). */
export const correctionKey = aliasKeyOf;

// Words that name no occupation on their own: a title that is only one of these is never guessed from.
const GENERIC_EN = new Set(
  ('manager associate specialist assistant coordinator analyst consultant officer engineer technician worker staff operator ' +
    'director lead supervisor executive agent representative clerk administrator advisor adviser professional expert partner ' +
    'member team crew employee intern trainee head chief president vice principal owner founder cofounder co-founder generalist ' +
    'helper aide attendant leader controller inspector planner designer developer producer officer manager- job jobs ' +
    'position positions role roles opportunity opportunities career careers vacancy vacancies hiring various general other others')
    .split(' ')
    .filter(Boolean),
);
const GENERIC_ZH = new Set(['经理', '专员', '助理', '主管', '顾问', '工程师', '文员', '职员', '员工', '总监', '主任', '负责人', '实习生', '管培生', '储备干部', '人员', '岗位', '职位', '招聘', '普工', '技术员', '业务员', '操作员', '组长', '师傅']);

/** A cleaned key that is a single generic word ("manager", "专员"): too vague to name an occupation. */
export function isGenericTitle(key: string): boolean {
  const k = key.trim();
  if (GENERIC_ZH.has(k)) return true;
  const words = titleTokens(k);
  return !/\p{Script=Han}/u.test(k) && words.length === 1 && GENERIC_EN.has(words[0]!.replace(/s$/, '')) ;
}
