/** The postings of tests/fixtures/tasks/zh-office-postings.txt, their pages and the engine's reading of them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAsBrowser } from '../../cli/parse';
import { analyzeDocument } from '../../engine/analyze';
import type { Analysis, Label, LineRole } from '../../engine/types';
import { adapterFor } from '../../sites/registry';

export interface Line {
  role: LineRole;
  label: Label | null;
  text: string;
}
type Board = 'lagou' | 'liepin' | 'zhaopin';
interface Posting {
  board: Board;
  title: string;
  set: number;
  lines: Line[];
}

/** The postings of a hand-written file ('=== board | title', then 'role[:label] | line'; '# set N' starts a set). */
export function postingsIn<B extends string>(file: string, boards: readonly B[]): { board: B; title: string; set: number; lines: Line[] }[] {
  const out: { board: B; title: string; set: number; lines: Line[] }[] = [];
  let set = 0;
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    const setRow = /^# set (\d+)/.exec(row);
    if (setRow) set = Number(setRow[1]);
    if (!row.trim() || row.startsWith('#')) continue;
    const head = /^=== (\w+) \| (.+)$/.exec(row);
    if (head && boards.includes(head[1] as B)) out.push({ board: head[1] as B, title: head[2]!, set, lines: [] });
    else {
      const [, role, label, text] = /^(\w+)(?::([\w-]+))? \| (.+)$/.exec(row) ?? [];
      if (!role || !text || !out.length) throw new Error(`${file}: bad row ${row}`);
      out[out.length - 1]!.lines.push({ role: role as LineRole, label: (label as Label | undefined) ?? null, text });
    }
  }
  return out;
}
export const POSTINGS: Posting[] = postingsIn(fileURLToPath(new URL('../fixtures/tasks/zh-office-postings.txt', import.meta.url)), ['lagou', 'liepin', 'zhaopin'] as const);

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The posting in its board's markup: 拉勾's job page (a <p> a line), 猎聘's (lines as newlines of pre-wrapped text), 智联's (a <p> a line). */
function page(p: Posting): string {
  const t = esc(p.title);
  if (p.board === 'lagou')
    return `<html><head><meta charset="utf-8"><title>${t}招聘-某某科技招聘-拉勾网</title></head><body><h1>拉勾网</h1><div class="position-head"><div class="job-name"><h1 class="name">${t}</h1></div></div><dl id="job_detail"><dd class="job_bt"><h3 class="description">职位描述：</h3><div>${p.lines.map((l) => `<p>${esc(l.text)}</p>`).join('')}</div></dd></dl></body></html>`;
  if (p.board === 'liepin')
    return `<html><head><meta charset="utf-8"><title>【${t}招聘】某某科技有限公司招聘信息-猎聘</title></head><body><div class="job-apply-container"><div class="name-box"><span class="name">${t}</span></div></div><section class="job-intro-container"><dl><dt>职位介绍</dt><dd data-selector="job-intro-content">${p.lines.map((l) => esc(l.text)).join('\n')}</dd></dl></section></body></html>`;
  return `<html><head><meta charset="utf-8"><title>${t}招聘_智联招聘</title></head><body><div class="summary-plane"><h1 class="summary-plane__title">${t}</h1></div><div class="describtion"><h3>职位描述</h3><div class="describtion__detail-content">${p.lines.map((l) => `<p>${esc(l.text)}</p>`).join('')}</div></div></body></html>`;
}
export const BOARD_URL: Record<Board, string> = {
  lagou: 'https://www.lagou.com/jobs/8842157.html',
  liepin: 'https://www.liepin.com/job/1968435721.shtml',
  zhaopin: 'https://jobs.zhaopin.com/CC562114535J90250094000.htm',
};
export const urlOf = (p: Posting, i: number, known: boolean): string => (known ? BOARD_URL[p.board] : `https://hr.example-jobs.cn/job/${i}.html`);

/** A line's text without its number and punctuation: lines are matched to the engine's by one holding the other. */
const bare = (s: string): string => s.replace(/^\s*(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十][、.])\s*/u, '').replace(/[^0-9A-Za-z\u4e00-\u9fff]/gu, '').toLowerCase();
export function found<T extends { text: string }>(text: string, items: readonly T[]): T | undefined {
  const want = bare(text);
  let hit: T | undefined;
  for (const item of items) {
    const got = bare(item.text);
    // The line itself when it stands ("福利" as a heading), not a longer line that holds it ("节日福利，生日会").
    if (got === want) return item;
    if (got && (want.includes(got) || got.includes(want)) && (!hit || got.length > bare(hit.text).length)) hit = item;
  }
  return hit;
}

export function read(p: Posting, url: string): Analysis {
  const doc = parseAsBrowser(page(p));
  return analyzeDocument(doc, url, adapterFor(url, doc));
}
