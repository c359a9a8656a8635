// Job-title cleanup: strips seniority, gender tags, pay, shifts and location suffixes, then splits the
// rest into segments ("Nurse (ICU) - Remote" → ["nurse", "icu"]) so each can be matched on its own.

const GENDER_TAG = /[(（[]\s*(?:(?:[mwfdhxn]|div)\s*[/|,]\s*){1,3}(?:[mwfdhxn]|div)\s*\*?\s*[)）\]]|\b(?:all genders|gn\*?)(?=\W|$)/gi;
const BRACKETED = /【[^】]*】|\[[^\]]*\]|〔[^〕]*〕|「[^」]*」/g;
const PAY = /(?:up to\s*)?[$€£¥￥]\s*\d[\d,.]*\s*[kK]?(?:\s*[-–~]\s*[$€£¥￥]?\s*\d[\d,.]*\s*[kK]?)?(?:\s*(?:\/|per)\s*(?:hr|hour|h|yr|year|month|mo))?|\d+(?:\.\d+)?\s*[-~]\s*\d+(?:\.\d+)?\s*[kK千万](?:\s*[·x*]\s*\d+\s*薪)?|\d+(?:\.\d+)?\s*[kK千万]\+?|(?:月入|月薪|底薪|年薪|综合工资|工资)\s*\d[\d.,]*\s*[kK千万元]?\+?(?:以上)?|\d+\s*元(?:\/[天时月])?\+?/g;
// "Warehouse Associate - Tampa, FL", "Engineer – San Diego, CA", "Nurse | London, UK"
const PLACE_SUFFIX =
  /\s*(?:[-–—|,@·]|\bat\b|\bin\b)\s*[A-Z][A-Za-z.'’ -]*,\s*(?:[A-Z]{2}|USA|US|UK|Canada|Germany|Deutschland|France|India|Australia|Ireland|Netherlands|Singapore|China)\s*$/;
const SEPARATORS = /\s+[-–—]\s+|[–—|·•/／\\、，,;；:：()（）]|\s+@\s+|\s+at\s+|(?<=\p{Script=Han})-|-(?=\p{Script=Han})/u;

const EN_DECORATIONS = [
  'senior', 'sr', 'snr', 'junior', 'jr', 'jnr', 'lead', 'staff', 'distinguished', 'mid', 'level',
  'entry', 'experienced', 'intern', 'internship', 'trainee', 'apprentice', 'graduate', 'grad', 'new', 'i', 'ii',
  'iii', 'iv', 'v', 'remote', 'hybrid', 'onsite', 'on-site', 'wfh', 'full-time', 'part-time', 'fulltime', 'parttime',
  'temporary', 'temp', 'contract', 'contractor', 'freelance', 'seasonal', 'urgent', 'urgently', 'hiring', 'now',
  'immediate', 'immediately', 'start', 'prn', 'per', 'diem', 'bonus', 'sign-on', 'weekly', 'pay', 'flexible',
  'hours', 'shift', 'night', 'nights', 'day', 'days', 'evening', 'evenings', 'weekend', 'weekends', 'overnight',
  'f/t', 'p/t', 'ft', 'pt', 'm/w/d', 'w/m/d', 'm/f/d', 'h/f', 'f/h', 'm/f',
];
// Occupations named with a decoration word ("Data Entry Clerk", "General Contractor", "Project Lead"): kept
// upper case while decorations are stripped (those patterns are lower case), then lowered again.
const COMPOUNDS = /\b(?:data entry|bar staff|smart contracts?|general contractor|contracts? administrator|(?:project|delivery|design) lead)\b/g;
const EN_PHRASES = /\b(?:work from home|full time|part time|entry level|mid level|now hiring|sign on bonus|up to|immediate start|per diem)\b/g;
const EN_WORD = new RegExp(`(?<![\\w+#])(?:${EN_DECORATIONS.map((w) => w.replace(/[/.+-]/g, '\\$&')).join('|')})\\.?(?![\\w+#])`, 'g');
// "Principal Engineer" is a level, "School Principal" is the job.
const PRINCIPAL = /\bprincipal\s+(?!of\b)(?=\w)/g;
const EN_LEVEL = /(?<![\w+#])(?:l|t|p|e|ic|level\s*)\d{1,2}(?![\w+#])|(?<![\w+#.])\d{1,2}(?![\w+#.])/g;
const ZH_DECORATIONS =
  /急聘|诚聘|热招|高薪|直招|诚邀|包吃住|包住|包吃|五险一金|六险一金|双休|单休|月休\d*天|日结|周结|月结|长白班|长期|临时|兼职|全职|高级|资深|初级|中级|实习生|实习|见习|储备|应届生?|校招|社招|在家办公|远程|可居家|急招|火热招聘中|(?:月入|月薪)?过万|大量|若干名?|\d+名/g;

/** Lowercased, NFKC-folded, decorations stripped; empty segments dropped. */
export function titleSegments(title: string): string[] {
  const text = title.normalize('NFKC').replace(PLACE_SUFFIX, '').replace(GENDER_TAG, ' ').replace(BRACKETED, ' ').replace(PAY, ' ');
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

/** Latin-script word tokens, stop words dropped ("c++", "c#", "node.js" stay whole). */
export function titleTokens(text: string): string[] {
  return (text.match(/[a-z0-9][a-z0-9+#.]*/g) ?? []).map((t) => t.replace(/\.+$/, '')).filter((t) => t && !isStopWord(t));
}
