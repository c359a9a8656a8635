// How the engine's reading of saved postings compares with the hand-read lines of tests/fixtures/lines:
// which duties it lists as tasks, which other lines leak in, and the labels it gives. Lines are matched
// by text (one contained in the other, ignoring case, spacing and punctuation), so segmentation may differ; a task
// that holds a line and matches another better is that other's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LABELS, LINE_ROLES, type Analysis, type Label, type LineRole } from '../engine/types';

export const LINES_DIR = new URL('../tests/fixtures/lines/', import.meta.url).pathname;

const LineSchema = z
  .object({ text: z.string().min(1), role: z.enum(LINE_ROLES), label: z.enum(LABELS).optional(), note: z.string().optional() })
  .refine((l) => (l.role === 'duty') === (l.label !== undefined), { message: 'duties have a label, other lines none' });
export const AnnotationSchema = z.object({
  page: z.string().regex(/^[\w.-]+\/[\w.-]+\.html$/),
  url: z.string().url(),
  lang: z.string().nullable(),
  title: z.string().nullable(),
  lines: z.array(LineSchema),
});
export type Annotation = z.infer<typeof AnnotationSchema>;
export type AnnotatedLine = Annotation['lines'][number];

export function readAnnotations(dir: string = LINES_DIR): Annotation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = AnnotationSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** FNV-1a: a page is in the check set (never read while writing roles) by its name alone. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
export const isCheckPage = (page: string): boolean => hash(page) % 4 === 0;

const norm = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** How well two normalised texts match: 0 when they don't; the length of the shorter when one holds the other. */
export function overlap(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return a.length + 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const min = CJK.test(short) ? 5 : 12;
  return short.length >= min && short.length / long.length >= 0.2 && long.includes(short) ? short.length : 0;
}

export interface PageFigures {
  page: string;
  duties: number;
  listedDuties: number;
  others: number;
  leaked: number;
  /** Tasks that match a hand-read line, and those of them matching a duty. */
  matchedTasks: number;
  dutyTasks: number;
  labelled: number;
  labelsAgree: number;
  binaryAgree: number;
  unclear: number;
  rolesRead: number;
  rolesAgree: number;
  misses: { kind: 'missed duty' | 'leaked' | 'label' | 'role'; text: string; want: string; got: string }[];
}

const exposed = (label: Label): boolean => label !== 'human-led';

/** One page's figures: the engine's analysis against the page's hand-read lines. */
export function scorePage(annotation: Annotation, analysis: Analysis): PageFigures {
  const seen = new Set<string>();
  const lines = annotation.lines.flatMap((l) => {
    const n = norm(l.text);
    if (!n || seen.has(n)) return [];
    seen.add(n);
    return [{ ...l, n }];
  });
  const tasks = analysis.tasks.map((t) => ({ ...t, n: norm(t.text) }));
  const read = analysis.lines.map((l) => ({ ...l, n: norm(l.text) }));
  const f: PageFigures = {
    page: annotation.page, duties: 0, listedDuties: 0, others: 0, leaked: 0, matchedTasks: 0, dutyTasks: 0,
    labelled: 0, labelsAgree: 0, binaryAgree: 0, unclear: 0, rolesRead: 0, rolesAgree: 0, misses: [],
  };
  for (const line of lines) {
    let task: (typeof tasks)[number] | undefined;
    let bestTask = 0;
    for (const t of tasks) {
      const o = overlap(line.n, t.n);
      if (o > bestTask) [task, bestTask] = [t, o];
    }
    let role: LineRole | undefined;
    let bestRole = 0;
    for (const r of read) {
      const o = overlap(line.n, r.n);
      if (o > bestRole) [role, bestRole] = [r.role, o];
    }
    if (role) {
      f.rolesRead++;
      if (role === line.role) f.rolesAgree++;
      else f.misses.push({ kind: 'role', text: line.text, want: line.role, got: role });
    }
    if (line.role === 'duty') {
      f.duties++;
      if (!task) {
        f.misses.push({ kind: 'missed duty', text: line.text, want: 'duty', got: role ?? 'not read' });
        continue;
      }
      f.listedDuties++;
      f.labelled++;
      if (task.unclear) f.unclear++;
      if (task.label === line.label) f.labelsAgree++;
      else f.misses.push({ kind: 'label', text: line.text, want: line.label!, got: `${task.label}${task.unclear ? ' (unclear)' : ''} ${task.exposure}` });
      if (exposed(task.label) === exposed(line.label!)) f.binaryAgree++;
    } else {
      f.others++;
      // Listed only when the task is this line more than any other hand-read line: "Gestion de la facturation", a
      // heading, is not listed by the duty under it, "Gestion de la facturation aux résidents…".
      if (task && !lines.some((l) => l !== line && overlap(l.n, task.n) > bestTask)) {
        f.leaked++;
        f.misses.push({ kind: 'leaked', text: line.text, want: line.role, got: 'task' });
      }
    }
  }
  for (const t of tasks) {
    const matched = lines.filter((l) => overlap(l.n, t.n) > 0);
    if (matched.length === 0) continue;
    f.matchedTasks++;
    if (matched.some((l) => l.role === 'duty')) f.dutyTasks++;
  }
  return f;
}

export interface Totals {
  pages: number;
  dutyRecall: number;
  leakage: number;
  precision: number;
  threeWay: number;
  binary: number;
  unclearShare: number;
  roleAgreement: number;
  duties: number;
  others: number;
}

export function totals(pages: readonly PageFigures[]): Totals {
  const sum = (k: keyof Omit<PageFigures, 'page' | 'misses'>): number => pages.reduce((s, p) => s + p[k], 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    pages: pages.length,
    dutyRecall: ratio(sum('listedDuties'), sum('duties')),
    leakage: ratio(sum('leaked'), sum('others')) * (sum('others') ? 1 : 0),
    precision: ratio(sum('dutyTasks'), sum('matchedTasks')),
    threeWay: ratio(sum('labelsAgree'), sum('labelled')),
    binary: ratio(sum('binaryAgree'), sum('labelled')),
    unclearShare: ratio(sum('unclear'), sum('labelled')) * (sum('labelled') ? 1 : 0),
    roleAgreement: ratio(sum('rolesAgree'), sum('rolesRead')),
    duties: sum('duties'),
    others: sum('others'),
  };
}
