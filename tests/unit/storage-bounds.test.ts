import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyzeRead } from '../../engine/analyze';
import { main } from '../../entrypoints/background/index';
import { sessionTabState } from '../../entrypoints/background/tab-state';
import { boundRead } from '../../messaging/page-limits';
import type { PageRead } from '../../messaging/page-read';
import { historySize, listHistory, saveAnalysis } from '../../storage/analyses';
import { boundAnalysis } from '../../storage/bound';
import type { SkillShiftDb } from '../../storage/db';
import { HISTORY_LIMITS, jsonBytes, STORE_LIMITS } from '../../schemas/limits';
import { AnalysisSchema } from '../../schemas/records';
import { fakeAnalysis, fakeRead } from '../fixtures/analysis';
import { fromPanel } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';
import { CHROME_SESSION, limitedArea } from '../fixtures/storage-area';
import { triggerMessage } from '../fixtures/trigger-message';

const freshDb = freshDbs('bounds');
const MB = 1024 * 1024;
const url = (i: number) => `https://job-boards.greenhouse.io/acme/jobs/${i}`;

/** Everything SkillShift holds in IndexedDB, as UTF-8 JSON. */
async function dbBytes(db: SkillShiftDb): Promise<number> {
  let sum = 0;
  for (const table of db.tables) for (const row of await table.toArray()) sum += jsonBytes(row);
  return sum;
}

/** What a hostile page puts on screen at step `i`: a new URL, a 1 MB title and a quarter megabyte of duties. */
function hostileRead(i: number): PageRead {
  const line = (n: number) => `Compile weekly report number ${n} ${'and then some more words '.repeat(800)}`;
  const read = fakeRead({ url: url(i) });
  return {
    ...read,
    posting: {
      ...read.posting!,
      title: `Data Analyst ${i} ${'x'.repeat(MB)}`,
      company: 'Acme '.repeat(200_000),
      sections: [{ heading: 'Duties', kind: 'responsibilities', lines: Array.from({ length: 12 }, (_, n) => line(n)) }],
    },
  };
}

describe('an analysis as SkillShift keeps it', () => {
  it('cuts every string and list to its limit, and stays within the byte budget, keeping duties and figures', () => {
    const huge = fakeAnalysis({
      posting: { title: 'T'.repeat(MB), company: 'C'.repeat(MB), location: null, language: 'en' },
      lines: Array.from({ length: 5_000 }, (_, i) => ({ text: `line ${i} ${'w'.repeat(5_000)}`, role: 'duty', section: 'other' })),
      cards: Array.from({ length: 12_975 }, (_, i) => ({ id: String(i), title: `Card ${i}`, company: null, exposure: null, label: null, occupation: null })),
    });
    expect(AnalysisSchema.safeParse(huge).success).toBe(false);
    const kept = boundAnalysis(huge);
    expect(AnalysisSchema.safeParse(kept).success).toBe(true);
    expect(kept.posting?.title).toHaveLength(STORE_LIMITS.text);
    expect(kept.posting?.title.endsWith('…')).toBe(true);
    expect(jsonBytes(kept)).toBeLessThanOrEqual(STORE_LIMITS.analysisBytes);
    expect(kept.tasks).toEqual(huge.tasks);
    expect(kept.exposure).toEqual(huge.exposure);
    expect(kept.lines.length).toBeLessThan(huge.lines.length);
    expect(kept.lines[0]).toEqual({ ...huge.lines[0], text: `${huge.lines[0]!.text.slice(0, STORE_LIMITS.line - 1)}…` });
  });

  it('leaves an ordinary analysis exactly as it was', () => {
    expect(boundAnalysis(fakeAnalysis())).toEqual(fakeAnalysis());
  });
});

describe('history within its limits', () => {
  it(`keeps the newest ${HISTORY_LIMITS.postings} postings, drops the oldest and counts them`, async () => {
    const db = freshDb();
    for (let i = 0; i < HISTORY_LIMITS.postings + 7; i++) await saveAnalysis(db, fakeAnalysis({ url: url(i) }), 1_000 + i);
    expect(await historySize(db)).toEqual({ postings: HISTORY_LIMITS.postings, bytes: expect.any(Number), dropped: 7 });
    expect((await db.analyses.orderBy('analysedAt').first())?.url).toBe(url(7));
  }, 60_000);

  it(`keeps no more than ${HISTORY_LIMITS.bytes / MB} MB`, async () => {
    const db = freshDb();
    const big = (i: number) => fakeAnalysis({ url: url(i), lines: Array.from({ length: 1_500 }, (_, n) => ({ text: `${i}:${n} ${'z'.repeat(900)}`, role: 'duty', section: 'other' })) });
    for (let i = 0; i < 30; i++) await saveAnalysis(db, big(i), 1_000 + i);
    const size = await historySize(db);
    expect(size.bytes).toBeLessThanOrEqual(HISTORY_LIMITS.bytes);
    expect(size.postings).toBeLessThan(30);
    expect(size.dropped).toBe(30 - size.postings);
    expect((await listHistory(db, 1)).items[0]?.url).toBe(url(29));
  }, 60_000);
});

describe('a page churning URLs and 1 MB titles for 90 s (one every 450 ms)', () => {
  const original = fakeBrowser.storage.session;
  let session = limitedArea(CHROME_SESSION);
  beforeEach(() => {
    fakeBrowser.reset();
    session = limitedArea(CHROME_SESSION);
    (fakeBrowser.storage as { session: unknown }).session = session;
  });
  afterEach(() => void ((fakeBrowser.storage as { session: unknown }).session = original));
  const fromTab = (i: number) => ({ id: 'test-extension-id', url: url(i), tab: { id: 7, url: url(i) } });
  // The page is answered before the history write; a question from the panel waits for the write.
  const post = async (read: PageRead, i: number) => {
    const answer = await new Promise((done) => void triggerMessage({ type: 'content:posting', read }, fromTab(i), done));
    await fromPanel({ type: 'ui:getStorageStatus' });
    return answer;
  };

  it('the background keeps a hostile posting cut to its limits, in history and on its tab', async () => {
    const db = freshDb();
    main(db);
    expect(await post(boundRead(hostileRead(1)), 1)).toMatchObject({ ok: true });
    const [row] = await db.analyses.toArray();
    expect(row?.title).toHaveLength(STORE_LIMITS.text);
    expect(row?.bytes).toBeLessThanOrEqual(STORE_LIMITS.analysisBytes + 2_000);
    expect(session.bytesInUse()).toBeLessThanOrEqual(STORE_LIMITS.analysisBytes + 2_000);
  }, 60_000);

  it('leaves at most 5 MB in IndexedDB, and the panel loads its first page of history quickly', async () => {
    const db = freshDb();
    main(db);
    // The engine takes seconds over such a page: analyse the page once through the background, then
    // churn its URL and title as the page does, storing each version the way the background does.
    expect(await post(boundRead(hostileRead(0)), 0)).toMatchObject({ ok: true });
    const base = analyzeRead(boundRead(hostileRead(0)));
    const tabs = sessionTabState(session);
    const steps = Math.round(90_000 / 450);
    const started = performance.now();
    for (let i = 1; i < steps; i++) {
      const analysis = { ...base, url: url(i), posting: { ...base.posting!, title: `Data Analyst ${i} ${'x'.repeat(MB)}` } };
      const kept = boundAnalysis(analysis);
      await tabs.set(7, kept);
      await saveAnalysis(db, kept, Date.now() + i);
    }
    const churnMs = performance.now() - started;
    const kept = await dbBytes(db);
    const opening = performance.now();
    const [history, status] = await Promise.all([fromPanel({ type: 'ui:listHistory', limit: 20 }), fromPanel({ type: 'ui:getStorageStatus' })]);
    const openMs = performance.now() - opening;
    const size = (status.data as { history: { postings: number; dropped: number } }).history;
    console.log(
      `churn: ${steps} postings of ${(jsonBytes(base) / 1024).toFixed(0)} KB analysed (+1 MB titles) stored in ${(churnMs / 1000).toFixed(1)} s; ` +
        `IndexedDB keeps ${(kept / MB).toFixed(2)} MB (${size.postings} postings, ${size.dropped} dropped); session store ${(session.bytesInUse() / 1024).toFixed(0)} KB; ` +
        `panel's first history page + status answered in ${openMs.toFixed(0)} ms`,
    );
    expect(kept).toBeLessThanOrEqual(5 * MB);
    expect(size.dropped).toBeGreaterThan(0);
    expect((history.data as { items: { url: string }[] }).items[0]?.url).toBe(url(steps - 1));
  }, 600_000);
});

describe('the session store shared between tabs', () => {
  it('a huge listing does not starve other tabs: every tab keeps its analysis within 10 MB', async () => {
    const area = limitedArea(CHROME_SESSION);
    const tabs = sessionTabState(area);
    const listing = fakeAnalysis({ kind: 'listing', cards: Array.from({ length: 12_975 }, (_, i) => ({ id: `job-${i}`, title: `Registered Nurse ${i} ${'n'.repeat(300)}`, company: 'Hospital', exposure: 0.3, label: 'human-led', occupation: null })) });
    await tabs.set(1, listing);
    for (let tab = 2; tab <= 30; tab++) await tabs.set(tab, fakeAnalysis({ url: url(tab) }));
    for (let tab = 2; tab <= 30; tab++) expect((await tabs.get(tab))?.url).toBe(url(tab));
    expect((await tabs.get(1))?.cards.length).toBeGreaterThan(0);
    expect(area.refusals).toEqual([]);
    expect(area.bytesInUse()).toBeLessThanOrEqual(CHROME_SESSION.QUOTA_BYTES);
  });

  it('when the tabs outgrow the budget, the tab stored longest ago gives way; a tab the browser refuses keeps its analysis in memory', async () => {
    const area = limitedArea({ QUOTA_BYTES: 40_000 });
    const tabs = sessionTabState(area, 30_000);
    const sized = (i: number) => fakeAnalysis({ url: url(i), lines: Array.from({ length: 20 }, (_, n) => ({ text: `${n} ${'q'.repeat(400)}`, role: 'duty', section: 'other' })) });
    for (let tab = 1; tab <= 6; tab++) await tabs.set(tab, sized(tab));
    expect(await tabs.get(1)).toBeNull();
    expect((await tabs.get(6))?.url).toBe(url(6));
    expect(area.bytesInUse()).toBeLessThanOrEqual(30_000);
    const alone = sessionTabState(limitedArea({ QUOTA_BYTES: 1_000 }));
    await alone.set(9, sized(9));
    expect((await alone.get(9))?.url).toBe(url(9));
  });
});
