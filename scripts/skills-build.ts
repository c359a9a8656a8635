// npm run skills:build — tools and products as skills of their own (MySQL, PowerPoint, AutoCAD, 金蝶…), each
// under the broader skill of the hand-written taxonomy it belongs to, written to data/skills/tools-*.json.
// Sources (read from ../shared, never copied): O*NET 30.3 software skills (hot or in-demand technologies and
// those used by 3+ occupations; CC BY 4.0) and the JobE Chinese IT skill list (822 skills, CC BY 4.0), plus the
// Chinese workplace tools of scripts/skills-cn.ts. A name the taxonomy already knows is not added twice.
// Usage: npx tsx scripts/skills-build.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SkillFileSchema, type SkillCluster, type SkillEntry } from '../engine/skills/schema';
import { foldName, SKILL_FILES } from '../engine/skills/taxonomy';
import type { Skill, SkillFile } from '../engine/skills/schema';
import { parseDelimited } from './csv';
import { CN_TOOLS, FRAMEWORKS } from './skills-cn';
import { onetParent, zhParent } from './skills-parents';
import { pushTo } from '../engine/group';

const SHARED = new URL('../../shared/data/', import.meta.url).pathname;
const ONET = `${SHARED}onet/software_skills.csv`;
const ZH = `${SHARED}skills-zh/skills.jsonl`;
// JobE's block list (ambiguous surfaces), and its rule: no surface shorter than 2 characters.
const BLOCKED = new Set(['go', 'r', 'c', 'agent', 'ch', 'java岛', 'sd', 'tf', 'pm']);
const VENDORS = /^(?:Microsoft|Adobe|Autodesk|IBM|Oracle|The MathWorks|Intuit|Google|ESRI|Apache|Amazon|SAP|Atlassian|Apple|Cisco|Dassault Systemes|Bentley|Trimble|Epic Systems|Cerner|Siemens|Salesforce|Tableau|Qlik|VMware|Red Hat|Citrix|Blackbaud|Sage|Corel|Avid|Unity Technologies|Eclipse|JetBrains|Mozilla|Facebook|Meta|Hootsuite|HubSpot|Zoho|Workday|ServiceNow|Smartsheet|Slack|Zoom|Dropbox|Yardi|Bloomberg|Thomson Reuters|Wolters Kluwer|Hexagon|PTC|National Instruments|Minitab|StataCorp|QSR International|Stata)\s+/;

/** The hand-written taxonomy: every data/skills file but the ones this script writes. */
const SKILLS: Skill[] = Object.entries(SKILL_FILES)
  .filter(([file]) => !file.startsWith('tools-'))
  .flatMap(([, json]) => (json as SkillFile).skills.map((s) => ({ ...s, cluster: (json as SkillFile).cluster })));

const fold = foldName;
const slug = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\+/g, 'p').replace(/#/g, 'sharp').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);
/** "PowerPoint", "AutoCAD", "MySQL", "3ds Max": a name no English word spells, safe in any case. */
const distinctive = (s: string): boolean => /\s/.test(s.trim()) || /[0-9+#.]/.test(s) || /[a-z][A-Z]|[A-Z]{2,}/.test(s) || hasHan(s);

interface Candidate {
  en: string;
  zh: string;
  names: string[];
  parent: string | null;
  cluster: SkillCluster;
  source: 'onet' | 'jobe' | 'cn' | 'ours';
}

/** Every name the hand-written taxonomy already answers to, folded: its skills' own names, and their other names. */
function knownNames(): { own: Map<string, string>; aliases: Map<string, string> } {
  const own = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const s of SKILLS) {
    for (const n of [s.en, s.zh]) own.set(fold(n), s.id);
    for (const n of [...s.aliases, ...(s.exact ?? []), ...(s.listOnly ?? [])]) aliases.set(fold(n), s.id);
  }
  return { own, aliases };
}

/**
 * "Web browser software", "Bill of lading software", "Inventory software", "Testing software": a kind of software,
 * not a product a person names. A one-word "X software" is a kind when O*NET writes the word in lower case elsewhere
 * ("inventory management software") or it reads as one ("Bookkeeping", "Productivity"); else a product ("Salesforce").
 */
const KIND_SUFFIX = /(?:ing|tion|sion|ment|ity|al)$/;
const isProduct = (example: string, plainWords: ReadonlySet<string>): boolean => {
  const name = example.replace(/\s+software$/i, '');
  if (name !== example && /^[A-Z]?[a-z]+$/.test(name) && (plainWords.has(name.toLowerCase()) || KIND_SUFFIX.test(name))) return false;
  return name.split(/\s+/).slice(1).some((w) => /^[A-Z0-9]/.test(w)) || /[0-9]|[a-z][A-Z]|[A-Z]{2,}/.test(name) || !/\s/.test(name);
};

// Single words products go by without their vendor, and the abbreviations Chinese postings list them by: safe as a
// skill's name in capitals ("Photoshop", "Visio"), or only inside a list of skills ("Illustrator", "Teams", "PS", "CDR"),
// where a plain word or a job title is not meant. Other bare words ("Word" aside, "Access", "Project") stay unnamed.
const BARE_NAMES: Readonly<Record<string, Readonly<Record<string, 'exact' | 'list-only'>>>> = {
  'Adobe Photoshop': { Photoshop: 'exact', PS: 'list-only' },
  'Adobe Premiere Pro': { Premiere: 'exact' },
  'Autodesk 3ds Max': { '3DMAX': 'exact', '3Dmax': 'exact', '3D MAX': 'exact', '3D Max': 'exact', '3dsMax': 'exact' },
  'Adobe Illustrator': { Illustrator: 'list-only' },
  'Adobe Acrobat': { Acrobat: 'exact' },
  'Adobe Dreamweaver': { Dreamweaver: 'exact' },
  'Adobe Captivate': { Captivate: 'exact' },
  'Corel CorelDraw Graphics Suite': { CorelDRAW: 'exact', CDR: 'list-only' },
  'Microsoft PowerPoint': { PPT: 'list-only' },
  'Microsoft Visio': { Visio: 'exact' },
  'Microsoft Outlook': { Outlook: 'exact' },
  'Microsoft Word': { Word: 'list-only' },
  'Microsoft Teams': { Teams: 'list-only' },
  'Microsoft Access': { Access: 'list-only' },
  'Microsoft Project': { 'MS Project': 'exact' },
  'Atlassian Confluence': { Confluence: 'exact' },
  'Atlassian Bitbucket': { Bitbucket: 'exact' },
  'Autodesk Inventor': { Inventor: 'list-only' },
  'Autodesk Maya': { Maya: 'list-only' },
  'Autodesk Navisworks': { Navisworks: 'exact' },
  'Apple Keynote': { Keynote: 'list-only' },
  'Cisco Webex': { Webex: 'exact' },
  'Google Gmail': { Gmail: 'exact' },
  'Apache Tomcat': { Tomcat: 'exact' },
  'Apache Maven': { Maven: 'exact' },
  'Apache Solr': { Solr: 'exact' },
  'Dassault Systemes Abaqus': { Abaqus: 'exact' },
  'StataCorp Stata': { Stata: 'exact' },
  'SAP Concur': { Concur: 'list-only' },
  'Thomson Reuters Westlaw': { Westlaw: 'exact' },
  'Siemens Teamcenter': { Teamcenter: 'exact' },
  'National Instruments Multisim': { Multisim: 'exact' },
  'Microsoft Windows': { Windows: 'list-only' },
  'NetSuite ERP': { NetSuite: 'exact' },
  'Siemens NX': { UG: 'list-only', NX: 'exact' },
  dbt: { dbt: 'exact' },
  'Oracle Database': { Oracle: 'list-only' },
};

// Names the hand-written taxonomy uses in another sense than a tool's: EMR is medical records there, not Amazon's
// MapReduce; QA is quality assurance, not question answering; a chef cooks (Chef configures servers); power systems
// are an electrical engineer's (not IBM's servers). They neither place the tool nor name it.
const OTHER_SENSE = new Set(['emr', 'qa', 'chef', 'power systems']);

// Tools named by an ordinary English word ("Attention", "Instructor", "Chef", "Thread", "Puppet", "Google"): as a
// tool's name it counts only in its written case and only in a list of skills or after "using"/"with".
const PLAIN = new Set(
  ('accelerate alignment assembly atlas attention bandit blink canal chef comet connectors feast florence forth google ' +
    'guidance helm instructor lightning loom matter neptune outlines perplexity pig prefect puppet ranger ray runway ' +
    'scheme seesaw soda storm swarm thread watermark yarn').split(' '),
);
/** "MES", "PMS": a tool's acronym of two or three capitals, a word in other languages or a plural in lower case ("mes", "PMs"). */
const SHORT_CAPS = /^[A-Z]{2,3}$/;
const EDITION = /\s+(?:Pro|Professional|Premium|Standard|Enterprise|Suite)$/;

/** "Structured query language SQL" → SQL; "SAP software" → SAP; "Microsoft PowerPoint" keeps its name, PowerPoint an alias. */
function onetNames(example: string): { en: string; names: string[] } {
  let en = example.replace(/\s+software$/i, '').trim();
  const names = [example];
  const acronym = /^([a-z][a-z ,-]+ )([A-Z][A-Za-z0-9.+#/-]*[A-Z0-9+#])$/.exec(en.charAt(0).toLowerCase() + en.slice(1));
  if (acronym) en = acronym[2]!;
  names.push(en);
  const bare = en.replace(VENDORS, '');
  if (bare !== en && bare.length >= 3 && distinctive(bare)) names.push(bare);
  // "SketchUp Pro" → SketchUp: the product without its edition, when that is one word that still reads as a name.
  const core = bare.replace(EDITION, '');
  if (core !== bare && core.length >= 3 && !/\s/.test(core) && distinctive(core)) names.push(core);
  // "MS Word", "MS Teams": how postings shorten Microsoft's products.
  if (en.startsWith('Microsoft ')) names.push(`MS ${bare}`);
  names.push(...Object.keys(BARE_NAMES[en] ?? {}));
  return { en, names };
}

function onetCandidates(): Candidate[] {
  const [header, ...rows] = parseDelimited(readFileSync(ONET, 'utf8'));
  const col = (name: string): number => header!.indexOf(name);
  const [ex, element, hot, demand, soc] = ['Workplace Example', 'Element Name', 'Hot Technology', 'In Demand', 'O*NET-SOC Code'].map(col);
  const seen = new Map<string, { element: string; occupations: Set<string>; hot: boolean }>();
  const plainWords = new Set<string>();
  for (const r of rows) {
    for (const w of `${r[ex!]} ${r[element!]}`.split(/[\s,/()-]+/)) if (/^[a-z]+$/.test(w)) plainWords.add(w);
    const entry = seen.get(r[ex!]!) ?? { element: r[element!]!, occupations: new Set(), hot: false };
    entry.occupations.add(r[soc!]!);
    entry.hot ||= r[hot!] === 'Y' || r[demand!] === 'Y';
    seen.set(r[ex!]!, entry);
  }
  return [...seen]
    .filter(([example, e]) => (e.hot || e.occupations.size >= 3) && isProduct(example, plainWords))
    .sort((a, b) => b[1].occupations.size - a[1].occupations.size || a[0].localeCompare(b[0]))
    .map(([example, e]) => {
      const { en, names } = onetNames(example);
      const parent = onetParent(e.element);
      return { en, zh: en, names, parent, cluster: clusterOf(parent, 'digital'), source: 'onet' as const };
    });
}

interface ZhSkill {
  id: string;
  name_en: string;
  name_zh: string;
  aliases: string[];
  direction: string;
  cluster: string;
  parent_id: string | null;
}

function zhCandidates(known: Map<string, string>): Candidate[] {
  const all = readFileSync(ZH, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ZhSkill);
  const byId = new Map(all.map((s) => [s.id, s]));
  return all.map((s) => {
    // The nearest ancestor the taxonomy knows by name is the broader skill; else the cluster's.
    let parent: string | null = null;
    for (let up = s.parent_id ? byId.get(s.parent_id) : undefined; up && !parent; up = up.parent_id ? byId.get(up.parent_id) : undefined)
      parent = known.get(fold(up.name_en)) ?? known.get(fold(up.name_zh)) ?? null;
    parent ??= zhParent(s.cluster);
    const fallback: SkillCluster = s.direction === 'ai' ? 'ai' : s.direction === 'bigdata' ? 'data' : 'software';
    return { en: s.name_en, zh: s.name_zh, names: [s.name_en, s.name_zh, ...s.aliases], parent, cluster: clusterOf(parent, fallback), source: 'jobe' as const };
  });
}

const byIdOf = new Map(SKILLS.map((s) => [s.id, s]));
const clusterOf = (parent: string | null, fallback: SkillCluster): SkillCluster => {
  const c = parent ? byIdOf.get(parent)?.cluster : undefined;
  return c === 'digital' || c === 'software' || c === 'data' || c === 'ai' ? c : fallback;
};

/**
 * "Python数据分析" as a name of pandas: another skill's own name with Chinese words after it is a phrase, where both
 * parts are found on their own (Python; data analysis), not a name of this skill.
 */
function phraseOfAnother(folded: string, own: string): boolean {
  const lead = /^([a-z][a-z0-9.+#]*)[\u3400-\u9fff]/.exec(folded)?.[1];
  return lead !== undefined && lead !== fold(own) && byOwnName.has(lead);
}
const byOwnName = new Set(SKILLS.map((s) => fold(s.en)));

/** The candidates as skill entries: names nobody else holds, each name in the mode it is safe in. */
export function buildTools(candidates: Candidate[], known: { own: Map<string, string>; aliases: Map<string, string> }): Map<SkillCluster, SkillEntry[]> {
  const taken = new Map(known.own);
  const ids = new Set(SKILLS.map((s) => s.id));
  const out = new Map<SkillCluster, SkillEntry[]>();
  for (let c of candidates) {
    if (c.names.some((n) => known.own.has(fold(n)))) continue; // a skill of the taxonomy already
    // A product the taxonomy lists as another name of a broader skill ("PowerPoint" of presentation software)
    // becomes a skill of its own under it; the taxonomy gives the name up (engine/skills/taxonomy.ts).
    const under = c.names.filter((n) => !OTHER_SENSE.has(fold(n))).map((n) => known.aliases.get(fold(n))).find((id) => id !== undefined);
    if (under) c = { ...c, parent: under, cluster: clusterOf(under, c.cluster) };
    // One spelling per name, the first given (its own name before lower-case variants of it).
    const bareNames = BARE_NAMES[c.en] ?? {};
    const byFold = new Map<string, string>();
    for (const n of [c.en, c.zh, ...c.names, ...Object.keys(bareNames)].map((x) => x.trim())) if (!byFold.has(fold(n))) byFold.set(fold(n), n);
    const names = [...byFold]
      .filter(([f, n]) => f.length >= 2 && !BLOCKED.has(f) && !OTHER_SENSE.has(f) && !taken.has(f) && (!/^[a-z]{2,3}$/.test(n) || bareNames[n] !== undefined))
      .filter(([f]) => !phraseOfAnother(f, c.en))
      .map(([, n]) => n);
    if (!names.some((n) => fold(n) === fold(c.en))) continue; // its own name belongs to another skill
    // A one-word name in the case postings also write it in: "pandas" → "Pandas" (in a list: a panda is no tool),
    // "Faiss" → "FAISS". Never an ordinary word's ("Attention" is no "ATTENTION").
    const variants = names.flatMap((n) =>
      /^[a-z][a-z0-9]{3,}$/.test(n) ? [n.charAt(0).toUpperCase() + n.slice(1)] : /^[A-Z][a-z0-9]{3,}$/.test(n) && !PLAIN.has(fold(n)) ? [n.toUpperCase()] : [],
    );
    const cased = new Set(variants.filter((v) => !names.includes(v)));
    names.push(...cased);
    let id = slug(c.en);
    for (let k = 2; ids.has(id); k++) id = `${slug(c.en)}-${k}`;
    ids.add(id);
    for (const n of names) taken.set(fold(n), id);
    const parent = c.parent ? byIdOf.get(c.parent) : undefined;
    const listOnly = names.filter((n) => bareNames[n] === 'list-only' || (!bareNames[n] && PLAIN.has(fold(n))) || (cased.has(n) && /^[A-Z][a-z]/.test(n)));
    const exact = names.filter((n) => (!distinctive(n) || bareNames[n] === 'exact' || SHORT_CAPS.test(n) || cased.has(n)) && !listOnly.includes(n));
    const entry: SkillEntry = {
      id,
      en: c.en,
      zh: c.zh && names.some((n) => fold(n) === fold(c.zh)) ? c.zh : c.en,
      aliases: names.filter((n) => distinctive(n) && !bareNames[n] && !listOnly.includes(n) && !exact.includes(n) && n !== c.en && n !== c.zh),
      ...(exact.length ? { exact } : {}),
      ...(listOnly.length ? { listOnly } : {}),
      ...(parent ? { parent: parent.id } : {}),
      aiResilience: parent?.aiResilience ?? 0.4,
      ai: parent?.ai ?? { en: 'AI assistants speed up routine work in this tool; people still decide what it is for and check the result.', zh_CN: 'AI 助手能加快这一工具中的例行操作；用途与结果仍需人来决定和检查。' },
    };
    pushTo(out, c.cluster, entry);
  }
  return out;
}

/** The tools-*.json files as the sources make them today, by path; null when ../shared is absent. */
export function toolFiles(): Map<string, string> | null {
  if (!existsSync(ONET) || !existsSync(ZH)) return null;
  const known = knownNames();
  const files = buildTools([...CN_TOOLS, ...FRAMEWORKS, ...zhCandidates(known.own), ...onetCandidates()], known);
  const out = new Map<string, string>();
  for (const [cluster, skills] of [...files].sort((a, b) => a[0].localeCompare(b[0]))) {
    skills.sort((a, b) => a.id.localeCompare(b.id));
    const source = 'Derived by scripts/skills-build.ts from O*NET 30.3 software skills (CC BY 4.0) and the JobE Chinese IT skill list (CC BY 4.0)';
    SkillFileSchema.parse({ cluster, source, skills });
    out.set(`data/skills/tools-${cluster}.json`, `{"cluster": ${JSON.stringify(cluster)}, "source": ${JSON.stringify(source)}, "skills": [\n${skills.map((s) => `  ${JSON.stringify(s)}`).join(',\n')}\n]}\n`);
  }
  return out;
}

function main(): void {
  const files = toolFiles();
  if (!files) {
    console.error(`skills:build: ${SHARED} not found (clone ../shared beside the checkout)`);
    process.exit(1);
  }
  let total = 0;
  for (const [path, text] of files) {
    writeFileSync(path, text);
    const n = (JSON.parse(text) as SkillFile).skills.length;
    total += n;
    console.log(`${path}: ${n} skills`);
  }
  console.log(`${total} tools added to ${SKILLS.length} hand-written skills: ${total + SKILLS.length} in all`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
