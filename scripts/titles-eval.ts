// How the title matcher and the occupation priors do: (1) on real card and posting titles of ../shared's saved
// pages, coded by hand to O*NET-SOC (tests/fixtures/titles/coded-titles.tsv): how many get an occupation, and
// how many of those in the right major group and the right detailed occupation (or a defensible alternative);
// (2) Spearman ρ between each dev occupation's prior (data/occupations/priors.json) and the human occupation
// score of Eloundou et al. (E1 = 1, E2 = ½, E0 = 0, averaged over its tasks in ../shared's dev file).
// Usage: npx tsx scripts/titles-eval.ts [--misses]
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { matchTitle } from '../engine/titles/match';
import { priorOf } from '../engine/titles/priors';
import { readRecords } from './csv';
import { DEFAULT_SOURCE, exposureScore, readTaskFile } from './rules-data';
import { groupMeans, spearman } from './rules-metrics';

const CODED = new URL('../tests/fixtures/titles/coded-titles.tsv', import.meta.url).pathname;
export const TITLE_TARGETS = { coverage: 0.97, major: 0.85, detailed: 0.6, rho: 0.9 };

export interface TitleFigures {
  titles: number;
  /** Titles the coder could code (an occupation), and of those: matched, right major group, right detailed occupation. */
  codable: number;
  matched: number;
  major: number;
  detailed: number;
  /** Titles the coder found too vague, matched anyway. */
  vagueMatched: number;
  vague: number;
  misses: string[];
}

export function titleFigures(path: string = CODED, langs?: readonly string[]): TitleFigures {
  const rows = readRecords(readFileSync(path, 'utf8'), '\t', false).filter((r) => !langs || langs.includes(r.lang ?? ''));
  const f: TitleFigures = { titles: rows.length, codable: 0, matched: 0, major: 0, detailed: 0, vagueMatched: 0, vague: 0, misses: [] };
  for (const row of rows) {
    const title = row.title ?? '';
    const match = matchTitle(title);
    const soc = match?.occupation.soc ?? null;
    if (!row.soc) {
      f.vague++;
      if (match) f.vagueMatched++;
      continue;
    }
    f.codable++;
    if (!match) {
      f.misses.push(`none\t${row.soc}\t${title}`);
      continue;
    }
    f.matched++;
    const right = [row.soc, ...(row.alt ?? '').split('|').filter(Boolean)];
    if (soc && right.some((code) => code.slice(0, 2) === soc.slice(0, 2))) f.major++;
    if (soc && right.includes(soc)) f.detailed++;
    else f.misses.push(`${soc ?? match.occupation.id} ${match.occupation.en} (via "${match.matchedAlias}")\t${row.soc}\t${title}`);
  }
  return f;
}

/** ρ between the shipped priors and the human occupation score, over the dev file's occupations. */
export function priorsRho(source: string = DEFAULT_SOURCE): { rho: number; occupations: number } | null {
  if (!existsSync(source)) return null;
  const rows = readTaskFile(source).rows;
  const human = groupMeans(rows.map((r) => r.onet_soc), rows.map((r) => exposureScore(r.human_exposure)));
  const ids = [...human.keys()].filter((id) => priorOf(id));
  return { rho: spearman(ids.map((id) => priorOf(id)!.score), ids.map((id) => human.get(id)!)), occupations: ids.length };
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

function main(): void {
  if (existsSync(CODED)) {
    const started = performance.now();
    const all = titleFigures();
    const ms = performance.now() - started;
    const byLanguage = [['English and Chinese', titleFigures(CODED, ['en', 'zh'])], ['English', titleFigures(CODED, ['en'])], ['Chinese', titleFigures(CODED, ['zh'])], ['other languages', titleFigures(CODED, ['other'])]] as const;
    if (process.argv.includes('--misses')) for (const m of byLanguage[0][1].misses) console.log(m);
    console.log(`titles: ${all.titles} real card and posting titles coded by hand (tests/fixtures/titles), ${all.codable} codable, ${all.vague} too vague to code; ${ms.toFixed(0)} ms with the index build`);
    for (const [name, f] of byLanguage) {
      console.log(
        `  ${name.padEnd(20)} ${String(f.codable).padStart(4)} titles: get an occupation ${pct(f.matched, f.codable)} (target ≥ ${TITLE_TARGETS.coverage * 100}%); of those, major group right ${pct(f.major, f.matched)} (≥ ${TITLE_TARGETS.major * 100}%), detailed right ${pct(f.detailed, f.matched)} (≥ ${TITLE_TARGETS.detailed * 100}%); vague matched ${f.vagueMatched}/${f.vague}`,
      );
    }
  }
  const rho = priorsRho();
  if (rho) console.log(`occupation priors vs the human occupation score (Eloundou et al.), ${rho.occupations} dev occupations: Spearman ρ ${rho.rho.toFixed(3)} (target ≥ ${TITLE_TARGETS.rho}; the shipped lexicon was fitted on these occupations' tasks)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
