// Derives data/occupations/{occupations,title-index,priors}.json: every O*NET-SOC 2019 occupation and every detailed
// occupation of China's 2022 classification with their codes and names, the titles each is known by, and each
// one's prior exposure computed by the engine over its real tasks. Reads ../shared/data (never copied) and our
// sources in data/occupations/sources. Usage: npm run titles:build   (tests/unit/titles-build.test.ts checks it)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computePriors, serializePriors } from '../engine/titles/compute-priors';
import { aliasKeyOf, isGenericTitle } from '../engine/titles/normalize';
import { computeTitleIndexData } from '../engine/titles/title-index';
import type { Occupation } from '../engine/titles/schema';
import { hasHan } from '../engine/text';
import { blsTitles, chinaOccupations, newOccupations, onetOccupations, onetTasks, onetTitles, ourSource } from './occupations-sources';
import { pushTo } from '../engine/group';

// `--out DIR` writes elsewhere (the test compares a fresh build with the committed files).
const outAt = process.argv.indexOf('--out');
const OUT_DIR = outAt > 0 ? process.argv[outAt + 1]! : fileURLToPath(new URL('../data/occupations/', import.meta.url));
const out = (name: string) => join(OUT_DIR, name);
const split = (list: string | undefined): string[] => (list ?? '').split('|').map((s) => s.trim()).filter(Boolean);

const onet = onetOccupations();
const zhOf = new Map(ourSource('onet-zh').map((r) => [r.soc!, r]));
const enOf = new Map(ourSource('china-en').map((r) => [r.cn!, r]));
const china = chinaOccupations();
const announced = newOccupations();
const missing = [...onet.filter((o) => !zhOf.get(o.soc)?.zh).map((o) => o.soc), ...china.filter((c) => !enOf.get(c.code)?.en).map((c) => c.code)];
if (missing.length) throw new Error(`titles:build: no name in data/occupations/sources for ${missing.length} occupations, e.g. ${missing.slice(0, 5).join(', ')}`);

// A China occupation's O*NET twin gets its code back when it is the only one that maps there.
const chinaBySoc = new Map<string, string[]>();
for (const c of china) {
  const soc = enOf.get(c.code)?.soc;
  if (soc) pushTo(chinaBySoc, soc, c.code);
}

const occupations: Occupation[] = [
  ...onet.map((o): Occupation => {
    const row = zhOf.get(o.soc)!;
    const twins = chinaBySoc.get(o.soc) ?? [];
    return { id: o.soc, soc: o.soc, ...(row.isco ? { isco: row.isco } : {}), ...(twins.length === 1 ? { cn: twins[0] } : {}), en: o.title, zh: row.zh! };
  }),
  ...china.map((c): Occupation => {
    const row = enOf.get(c.code)!;
    const since = announced.get(c.name);
    return { id: `cn-${c.code}`, ...(row.soc ? { soc: row.soc } : {}), cn: c.code, en: row.en!, zh: c.name, ...(since ? { new: since } : {}) };
  }),
];

// Title keys, each kept for one occupation: the most telling source wins (our own aliases, then official names,
// then reported titles, BLS's direct matches, O*NET's alternate titles); ties go to O*NET for Latin keys and to
// China's classification for Chinese ones, then to the first seen.
const onetIds = new Set(onet.map((o) => o.soc));
const best = new Map<string, { id: string; rank: number }>();
function offer(id: string, title: string, rank: number): void {
  const key = aliasKeyOf(title);
  if (!key || isGenericTitle(key)) return;
  const held = best.get(key);
  const preferred = (a: string, b: string) => (hasHan(key) ? !onetIds.has(a) && onetIds.has(b) : onetIds.has(a) && !onetIds.has(b));
  if (!held || rank < held.rank || (rank === held.rank && preferred(id, held.id))) best.set(key, { id, rank });
}
for (const r of [...ourSource('ours-aliases'), ...ourSource('ours-fields')]) for (const alias of split(r.aliases)) offer(r.id!, alias, 0);
// Names in the other system's language are our translations: O*NET's reported titles outrank China's English
// names, the 2022 classification's names outrank our Chinese for O*NET.
for (const o of occupations) {
  const china = o.id.startsWith('cn-');
  offer(o.id, o.en, china ? 3 : 1);
  offer(o.id, o.zh, china ? 1 : 3);
}
for (const o of onet) for (const alias of split(zhOf.get(o.soc)?.zh_aliases)) offer(o.soc, alias, 2);
for (const c of china) for (const alias of split(enOf.get(c.code)?.en_aliases)) offer(`cn-${c.code}`, alias, 3);
const { alternate, reported } = onetTitles();
// SOC 2018's six digits name an O*NET occupation when one code carries them (else its ".00" one).
const bls = blsTitles().flatMap(([code, title]): [string, string][] => {
  const candidates = onet.filter((o) => o.soc.startsWith(code));
  const soc = candidates.length === 1 ? candidates[0]!.soc : candidates.find((o) => o.soc.endsWith('.00'))?.soc;
  return soc ? [[soc, title]] : [];
});
// A title O*NET and BLS give to many occupations ("Project Engineer": seventeen engineers) names none of them:
// it goes to the "All Other" occupation of the minor group most of them are in (Engineers, All Other), else to
// the first of that group.
const sharing = new Map<string, string[]>();
for (const [soc, title] of [...reported, ...bls, ...alternate]) {
  const key = aliasKeyOf(title);
  if (key && !sharing.get(key)?.includes(soc)) pushTo(sharing, key, soc);
}
const SHARED_BY = 5;
function ownerOf(soc: string, title: string): string {
  const socs = sharing.get(aliasKeyOf(title)) ?? [];
  if (socs.length < SHARED_BY) return soc;
  const groups = new Map<string, string[]>();
  for (const s of socs) pushTo(groups, s.slice(0, 4), s);
  const [group, members] = [...groups].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  return onet.find((o) => o.soc.startsWith(group) && /^\d\d-\d{2}99\.00$/.test(o.soc))?.soc ?? members[0]!;
}
for (const [soc, title] of reported) offer(ownerOf(soc, title), title, 2);
for (const [soc, title] of bls) offer(ownerOf(soc, title), title, 3);
for (const [soc, title] of alternate) offer(ownerOf(soc, title), title, 4);

const at = new Map(occupations.map((o, i) => [o.id, i]));
const titles: string[][] = occupations.map(() => []);
for (const [key, { id }] of best) titles[at.get(id)!]!.push(key);
const index = computeTitleIndexData(titles);

const priors = computePriors(occupations, onetTasks(), china);

writeFileSync(out('occupations.json'), `{\n  "occupations": [\n${occupations.map((o) => `    ${JSON.stringify(o)}`).join(',\n')}\n  ]\n}\n`);
// One list a line: occupations.json gives each key's occupation by index ("occ"), data changes show up as diffs.
writeFileSync(out('title-index.json'), `{\n${Object.entries(index).map(([name, list]) => `  ${JSON.stringify(name)}: ${JSON.stringify(list)}`).join(',\n')}\n}\n`);
writeFileSync(out('priors.json'), serializePriors(priors));
console.log(
  `titles:build: ${occupations.length} occupations (${onet.length} O*NET, ${china.length} China; ${occupations.filter((o) => o.soc && o.cn).length} with both codes, ${occupations.filter((o) => o.new).length} new), ${best.size} title keys, ${Object.keys(priors).length} priors`,
);
