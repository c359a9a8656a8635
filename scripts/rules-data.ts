// Rows of the O*NET task-exposure file (../shared/data/onet-task-exposure.dev.tsv, or a fixture of the
// same shape), checked with Zod as they enter.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { readRecords } from './csv';

export const DEFAULT_SOURCE = '../shared/data/onet-task-exposure.dev.tsv';

const RowSchema = z.object({
  onet_soc: z.string().min(1),
  task: z.string().min(1),
  human_exposure: z.enum(['E0', 'E1', 'E2']),
  gpt4_exposure: z.enum(['E0', 'E1', 'E2']),
  gpt4_automation: z.enum(['T0', 'T1', 'T2', 'T3', 'T4']),
});
export type TaskRow = z.infer<typeof RowSchema>;

export interface TaskFile {
  rows: TaskRow[];
  sha256: string;
}

export function parseTaskTsv(text: string): TaskRow[] {
  const [header = '', ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  const names = header.replace(/\r$/, '').split('\t');
  return lines.map((line, i) => {
    const cells = line.replace(/\r$/, '').split('\t');
    const parsed = RowSchema.safeParse(Object.fromEntries(names.map((name, j) => [name, cells[j]])));
    if (!parsed.success) throw new Error(`line ${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function readTaskFile(path: string): TaskFile {
  const buffer = readFileSync(path);
  return { rows: parseTaskTsv(buffer.toString('utf8')), sha256: createHash('sha256').update(buffer).digest('hex') };
}

export const isExposed = (label: TaskRow['human_exposure']): boolean => label !== 'E0';
export const isAutomatable = (level: TaskRow['gpt4_automation']): boolean => level === 'T3' || level === 'T4';
/** The paper's occupation score: E1 counts 1, E2 counts 0.5, E0 counts 0. */
export const exposureScore = (label: TaskRow['human_exposure']): number => (label === 'E1' ? 1 : label === 'E2' ? 0.5 : 0);

/** O*NET's task statements file, where it stands beside a labelled file (../shared/data/onet/ for the dev file). */
export const unlabelledSourceFor = (labelledSource: string): string => join(dirname(labelledSource), 'onet', 'task_statements.csv');

/** The task statements beside `labelledSource` of the occupations not in `rows` (none when there is no such file). */
export function unlabelledBeside(labelledSource: string, rows: readonly TaskRow[]): UnlabelledTask[] {
  const path = unlabelledSourceFor(labelledSource);
  return existsSync(path) ? readUnlabelledTasks(path, new Set(rows.map((r) => r.onet_soc))) : [];
}

export interface UnlabelledTask {
  onet_soc: string;
  task: string;
}

/** O*NET task statements (no labels) of the occupations not in `labelled`: text the fit may lean on, never scored. */
export function readUnlabelledTasks(path: string, labelled: ReadonlySet<string>): UnlabelledTask[] {
  const records = readRecords(readFileSync(path, 'utf8'));
  if (records.length && !('O*NET-SOC Code' in records[0]! && 'Task' in records[0]!)) throw new Error(`${path}: no O*NET-SOC Code / Task columns`);
  return records.filter((r) => r.Task && !labelled.has(r['O*NET-SOC Code']!)).map((r) => ({ onet_soc: r['O*NET-SOC Code']!, task: r.Task! }));
}

export const DEFAULT_ZH_SOURCE = '../shared/data/onet-task-exposure.dev.zh.tsv';

/** The labelled file a Chinese task file is keyed to: the same name without ".zh". */
export const labelledSourceFor = (zhSource: string): string => zhSource.replace(/\.zh\.tsv$/, '.tsv');

/**
 * Chinese task statements (columns onet_soc, task_id, zh) joined by onet_soc + task_id to their labels in
 * the labelled file beside them: TaskRows whose `task` is the Chinese text.
 */
/** A Chinese task row, with the English task it was written from. */
export type ZhTaskRow = TaskRow & { en_task: string };

export interface ZhTaskFile extends TaskFile {
  rows: ZhTaskRow[];
  /** Per Chinese row, the index of its English row in the labelled file. */
  english: number[];
}

export function readZhTaskFile(zhSource: string, labelledSource = labelledSourceFor(zhSource)): ZhTaskFile {
  const labelledText = readFileSync(labelledSource, 'utf8');
  const labelled = parseTaskTsv(labelledText);
  const ids = labelledText.split('\n').filter((line) => line.trim() !== '').slice(1).map((line) => line.replace(/\r$/, '').split('\t'));
  const header = labelledText.slice(0, labelledText.indexOf('\n')).replace(/\r$/, '').split('\t');
  const idAt = header.indexOf('task_id');
  if (idAt < 0) throw new Error(`${labelledSource}: no task_id column`);
  const byKey = new Map(labelled.map((row, i) => [`${row.onet_soc}\t${ids[i]![idAt]}`, i]));
  const buffer = readFileSync(zhSource);
  const [zhHeader = '', ...lines] = buffer.toString('utf8').split('\n').filter((line) => line.trim() !== '');
  if (zhHeader.replace(/\r$/, '') !== 'onet_soc\ttask_id\tzh') throw new Error(`${zhSource}: expected the columns onet_soc, task_id, zh`);
  const english: number[] = [];
  const rows = lines.map((line, i) => {
    const [soc = '', id = '', zh = ''] = line.replace(/\r$/, '').split('\t');
    const at = byKey.get(`${soc}\t${id}`);
    if (at === undefined) throw new Error(`${zhSource} line ${i + 2}: no labelled task ${soc} ${id} in ${labelledSource}`);
    if (!zh.trim()) throw new Error(`${zhSource} line ${i + 2}: empty text`);
    english.push(at);
    return { ...labelled[at]!, task: zh, en_task: labelled[at]!.task };
  });
  return { rows, english, sha256: createHash('sha256').update(buffer).digest('hex') };
}
