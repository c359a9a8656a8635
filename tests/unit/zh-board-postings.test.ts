import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAsBrowser } from '../../cli/parse';
import { analyzeDocument } from '../../engine/analyze';
import type { Analysis } from '../../engine/types';
import { adapterFor } from '../../sites/registry';
import { esc, found, postingsIn } from './zh-office-postings';

type Posting = ReturnType<typeof postingsIn<'zhipin' | 'zhaopin'>>[number];
const POSTINGS: Posting[] = postingsIn(fileURLToPath(new URL('../fixtures/tasks/zh-board-postings.txt', import.meta.url)), ['zhipin', 'zhaopin'] as const);

/** The posting in its board's markup: BOSS直聘's job page (lines on <br>), 智联's (a <p> a line). */
function page(p: Posting): string {
  if (p.board === 'zhipin')
    return `<html><head><meta charset="utf-8"><title>「${esc(p.title)}招聘」-BOSS直聘</title></head><body><div class="job-banner"><div class="info-primary"><div class="name"><h1>${esc(p.title)}</h1></div></div></div><div class="job-detail"><div class="job-sec"><h3>职位描述</h3><div class="text">${p.lines.map((l) => esc(l.text)).join('<br>')}</div></div></div></body></html>`;
  return `<html><head><meta charset="utf-8"><title>${esc(p.title)}招聘_智联招聘</title></head><body><div class="summary-plane"><h1 class="summary-plane__title">${esc(p.title)}</h1></div><div class="describtion"><h3>职位描述</h3><div class="describtion__detail-content">${p.lines.map((l) => `<p>${esc(l.text)}</p>`).join('')}</div></div></body></html>`;
}
const BOARD_URL = { zhipin: 'https://www.zhipin.com/job_detail/a1b2c3d4e5f6.html', zhaopin: 'https://jobs.zhaopin.com/CC562114535J90250094000.htm' };

function read(p: Posting, url: string): Analysis {
  const doc = parseAsBrowser(page(p));
  return analyzeDocument(doc, url, adapterFor(url, doc));
}

describe('hand-written Chinese postings as BOSS直聘 and 智联招聘 print them (tests/fixtures/tasks/zh-board-postings.txt)', () => {
  it('holds at least 350 lines of 30 postings, most not in tech', () => {
    expect(POSTINGS.length).toBeGreaterThanOrEqual(30);
    expect(POSTINGS.flatMap((p) => p.lines).length).toBeGreaterThanOrEqual(350);
  });

  // Measured when set: 193 of 215 duties (sets 1–5: 89 → 101 → 120 of 136 with the Chinese main clauses of
  // engine/rules/main-verb.ts; set 6, written before those: 23 → 38 of 40; set 7, after: 14 → 19 of 20; set 8,
  // fresh: 14 → 16 of 19 with care given in person as a main clause and 直播 before its figures read as online work;
  // set 9, fresh: 20 of 24 as written, every role right). Now 213 of 239; 212 with the Chinese fit taught by the English;
  // 211 with the Chinese context capped (±1.5; ZH O*NET CV 0.8176 → 0.8192 over fold seeds 0–4).
  // One line under, so a change that loses ground fails.
  it("labels the duties as a careful reader does at least as often as when the floor was set: 开发 customers, 直播, 值守, 照顾/照料, 线下, 返工, 余额调节表, 管理发票, 邀约/签单, 排班/调度, 撰写方案, 搬运/清洁", () => {
    let duties = 0;
    let agree = 0;
    for (const p of POSTINGS) {
      const { tasks } = read(p, BOARD_URL[p.board]);
      for (const line of p.lines.filter((l) => l.label)) {
        duties++;
        if (found(line.text, tasks)?.label === line.label) agree++;
      }
    }
    expect(duties).toBe(239);
    expect(agree).toBeGreaterThanOrEqual(210);
  });

  for (const [where, urlOf] of [
    ['at the board’s own URL', (p: Posting) => BOARD_URL[p.board]],
    ['at a host no adapter knows', (_: Posting, i: number) => `https://hr.example-jobs.cn/job/${i}.html`],
  ] as const) {
    it(`gives every line its role ${where}: the headings 【…】, 一、…, "岗位要求：…" inline, pay, perks, the company, the address`, () => {
      const wrong: string[] = [];
      POSTINGS.forEach((p, i) => {
        const analysis = read(p, urlOf(p, i));
        for (const line of p.lines) {
          const got = found(line.text, analysis.lines ?? [])?.role ?? 'missing';
          if (got !== line.role) wrong.push(`${line.role} ← ${got}: ${line.text}`);
        }
      });
      expect(wrong).toEqual([]);
    });
  }
});
