// What `npm run titles:build` reads: O*NET 30.3 (and 30.0's alternate titles), the BLS SOC 2018 direct-match
// titles and China's 2022 classification from ../shared/data (read-only, never copied), and our own sources in
// data/occupations/sources (names, aliases and crosswalks we wrote and reviewed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readRecords } from './csv';

export const SHARED_DATA = new URL('../../shared/data/', import.meta.url).pathname;
const SOURCES = new URL('../data/occupations/sources/', import.meta.url).pathname;

const read = (path: string): string => readFileSync(`${SHARED_DATA}${path}`, 'utf8');

export interface OnetOccupation {
  soc: string;
  title: string;
}

export interface OnetTask {
  soc: string;
  task: string;
  /** Core tasks count fully, supplemental ones less (empty type: as core). */
  type: 'Core' | 'Supplemental' | '';
}

export interface ChinaOccupation {
  code: string;
  /** The name without the classification's digital / green marks ("S", "L", "L/S"). */
  name: string;
  /** Its main tasks as lines (used to compute its prior; never shipped). */
  tasks: string[];
}

export const onetOccupations = (): OnetOccupation[] =>
  readRecords(read('onet/occupation_data.csv')).map((r) => ({ soc: r['O*NET-SOC Code']!, title: r.Title! }));

export function onetTasks(): OnetTask[] {
  return readRecords(read('onet/task_statements.csv')).map((r) => ({
    soc: r['O*NET-SOC Code']!,
    task: r.Task!,
    type: (r['Task Type'] === 'Core' || r['Task Type'] === 'Supplemental' ? r['Task Type'] : '') as OnetTask['type'],
  }));
}

/** [O*NET-SOC code, title] from 30.0's alternate titles (with their short titles) and 30.3's reported titles. */
export function onetTitles(): { alternate: [string, string, number][]; reported: [string, string][] } {
  // Alternate titles carry the sources that report them ("02,10"): a title many report is likelier the job's.
  const alternate = readRecords(read('onet/Alternate Titles.txt'), '\t', false).flatMap((r) => {
    const soc = r['O*NET-SOC Code']!;
    const sources = (r['Source(s)'] ?? '').split(',').filter(Boolean).length;
    return [r['Alternate Title'], r['Short Title']].filter((t): t is string => !!t).map((t) => [soc, t, sources] as [string, string, number]);
  });
  const reported = readRecords(read('onet/sample_of_reported_titles.csv')).map((r) => [r['O*NET-SOC Code']!, r['Reported Job Title']!] as [string, string]);
  return { alternate, reported };
}

/** BLS SOC 2018 direct-match titles: [6-digit SOC 2018 code, title]. */
export const blsTitles = (): [string, string][] =>
  readRecords(read('bls/soc_2018_direct_match_title_file.csv')).map((r) => [r['2018 SOC Code']!, r['2018 SOC Direct Match Title']!]);

const MARK = /\s*(?:L\/S|S|L)$/;

/** Split a classification's task text into its numbered items. */
function taskLines(text: string): string[] {
  return text
    .split(/[\n；;]|(?=\d{1,2}[.、．])/)
    .map((t) => t.replace(/^\s*\d{1,2}[.、．]\s*/, '').replace(/[。\s]+$/, '').trim())
    .filter((t) => t.length >= 4);
}

export const chinaOccupations = (): ChinaOccupation[] =>
  readRecords(read('china/occupations-2022.csv'))
    .filter((r) => r['层级'] === '四级')
    .map((r) => ({ code: r['职业编码']!, name: r['职业名称']!.replace(MARK, '').trim(), tasks: taskLines(r['主要工作任务'] ?? '') }));

/** New occupations announced since 2019 (published ones): name → the year it was announced. */
export function newOccupations(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of read('china/new-occupations.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { name: string; kind: string; status: string; published_date: string | null };
    if (r.kind === 'occupation' && r.status === 'published' && r.published_date) out.set(r.name, Number(r.published_date.slice(0, 4)));
  }
  return out;
}

/** Every data/occupations/sources/<prefix>*.tsv file's rows, in file order. */
export function ourSource(prefix: string): Record<string, string>[] {
  if (!existsSync(SOURCES)) return [];
  return readdirSync(SOURCES)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => readRecords(readFileSync(`${SOURCES}${f}`, 'utf8'), '\t', false));
}

export const hasSharedData = (): boolean => existsSync(`${SHARED_DATA}onet/occupation_data.csv`);
