import { beforeAll, describe, expect, it } from 'vitest';
import { ProfileFileSchema } from '../../engine/recommend/profile-schema';
import { ownCases, servedPages, sharedCases } from './cases';
import { BADGE_SETTLED } from './page-reads';
import {
  addSkill, CAPTURE_DOWNLOADS, choose, click, count, exists, importText, READ_DOWNLOADS, READ_GAP, READ_PROFILE,
  type GapShown, type ProfileShown,
} from './profile-reads';
import type { E2EPage, Launcher } from './session';
import { launchedFor } from './lifecycle';
import { newTabId } from './tabs';

/** The Sonatus Greenhouse page from ../shared when present, else our own Greenhouse-style page. */
const sonatus = sharedCases.find((c) => c.url.includes('/sonatus/'));
const posting = sonatus ?? ownCases[0]!;
/** Skills to add by search: [what to type, the skill to pick]; the first is one the posting asks for. */
const ADD = sonatus
  ? [['Pyth', 'python'], ['PyTorch', 'pytorch'], ['护理', 'nursing']]
  : [['customer serv', 'customer-service'], ['SQL', 'sql'], ['护理', 'nursing']];

/** The same profile cases, run in one browser. */
export function describeProfileSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: profile, gap and courses in the side panel`, () => {
    const session = launchedFor(`profile-${name}`, launcher, extensionDir, servedPages);
    beforeAll(() => {
      if (!sonatus) console.warn('profile e2e: ../shared not found, using our own Greenhouse-style page');
    });
    let panel: E2EPage;
    let exported = '';
    let before: ProfileShown;
    let courseUrl = '';

    it('sets a profile in the side panel: skills by search, a level, a target role', async () => {
      const page = await session.browser.open(posting.url);
      await page.waitFor(BADGE_SETTLED, 20_000);
      panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}&view=profile`);
      await panel.waitFor(exists('[data-testid="skill-search"]'));
      for (const [query, id] of ADD) await addSkill(panel, query!, id!);
      await panel.evaluate(choose(`[data-testid="profile-skill"][data-skill="${ADD[0]![1]}"] select`, 'expert'));
      await panel.evaluate(click('[data-testid="target-role"][data-role="ml-engineer"]'));
      await panel.waitFor(`document.querySelector('[data-testid="target-role"][data-role="ml-engineer"]').checked`);
      await panel.waitFor(exists(`[data-testid="profile-skill"][data-skill="${ADD[0]![1]}"][data-level="expert"]`));
      before = await panel.evaluate<ProfileShown>(READ_PROFILE);
      expect(before.skills.map((s) => s.id)).toEqual(ADD.map(([, id]) => id));
      expect(before.targets).toEqual(['ml-engineer']);
      expect(await panel.evaluate<number>(count('[data-testid="role"]'))).toBeGreaterThanOrEqual(3);
    });

    it('shows match, the ranked gap and courses for the posting in view', async () => {
      await panel.evaluate(click('[data-testid="view-posting"]'));
      await panel.waitFor(exists('[data-testid="gap-skill"]'), 15_000);
      const shown = await panel.evaluate<GapShown>(READ_GAP);
      console.info(`${name}: gap + courses computed in the panel in ${shown.computeMs} ms (${shown.gap.length} gap skills)`);
      expect(shown.match).toContain(ADD[0]![1]);
      expect(shown.match).not.toContain('nursing');
      expect(shown.gap.length).toBeGreaterThan(0);
      for (const skill of shown.gap) {
        expect(skill.courses.length).toBeGreaterThanOrEqual(1);
        expect(skill.courses.length).toBeLessThanOrEqual(3);
        for (const c of skill.courses) {
          expect(c.href).toMatch(/^https:\/\//);
          expect(c.target).toBe('_blank');
          expect(c.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
        }
      }
      // A provider search is shown as one, never as a course.
      for (const c of shown.gap.flatMap((skill) => skill.courses)) if (c.search) expect(c.text).toMatch(/^Find courses on /);
      courseUrl = shown.gap.flatMap((skill) => skill.courses).find((c) => !c.search)!.href;
    });

    it('the first screen (400 px wide) holds the verdict, the picture of the work, the match and the next step', async () => {
      const bottoms = await panel.evaluate<Record<string, number>>(`(() => {
        document.body.style.width = '400px';
        const at = (id) => document.querySelector('[data-testid="' + id + '"]')?.getBoundingClientRect().bottom + window.scrollY;
        return { verdict: at('verdict'), bar: at('work-bar'), match: at('glance-have'), next: at('next-step') };
      })()`);
      console.info(`${name}: first screen at 400 px wide ends at ${Math.round(bottoms.next!)} px`, bottoms);
      for (const [part, bottom] of Object.entries(bottoms)) {
        expect(bottom, part).toBeGreaterThan(0);
        expect(bottom, part).toBeLessThanOrEqual(800);
      }
      await panel.evaluate(`(document.body.style.width = '', true)`);
    });

    it('a course opens in a new tab at its URL (aborted by the harness: nothing leaves)', async () => {
      await newTabId(panel, async () => {
        await panel.evaluate(click('[data-testid="gap-skill"] a[data-testid="course-link"]'));
        await new Promise((done) => setTimeout(done, 1_500));
      });
      // Chromium routes every tab through the harness; Firefox's new tab reaches the sinkhole proxy instead.
      const host = new URL(courseUrl).host;
      const seen = () => session.browser.web.answered.get(courseUrl) === 'aborted' || session.sinkhole.requests.some((l) => l.startsWith(`CONNECT ${host}:443`));
      for (let i = 0; i < 50 && !seen(); i++) await new Promise((done) => setTimeout(done, 200));
      if (session.browser.name === 'chromium') expect(session.browser.web.answered.get(courseUrl)).toBe('aborted');
      else expect(session.sinkhole.requests).toContain(`CONNECT ${host}:443 HTTP/1.1`);
    });

    it('adds a course to the learning list and marks it done', async () => {
      await panel.evaluate(click('[data-testid="gap-skill"] [data-testid="course-add"]'));
      await panel.waitFor(exists('[data-testid="gap-skill"] [data-testid="course-listed"]'));
      await panel.evaluate(click('[data-testid="view-profile"]'));
      await panel.waitFor(exists('[data-testid="learning-item"]'));
      await panel.evaluate(click('[data-testid="learning-done"]'));
      await panel.waitFor(exists('[data-testid="learning-item"][data-done="true"]'));
      before = await panel.evaluate<ProfileShown>(READ_PROFILE);
      expect(before.skills.length).toBe(ADD.length + 1);
    });

    it('exports the profile as a JSON file through a download', async () => {
      await panel.evaluate(CAPTURE_DOWNLOADS);
      await panel.evaluate(click('[data-testid="export-profile"]'));
      await panel.waitFor('(window.__downloads ?? []).length > 0');
      const [download] = await panel.evaluate<{ name: string; text: string; url: string }[]>(READ_DOWNLOADS);
      expect(download?.name).toBe('skillshift-profile.json');
      expect(download?.url).toMatch(/^blob:(chrome|moz)-extension:/);
      exported = download?.text ?? '';
      const file = ProfileFileSchema.parse(JSON.parse(exported));
      expect(file.skills.map((s) => ({ id: s.id, level: s.level }))).toEqual(before.skills);
      expect(file.targetRoles).toEqual(['ml-engineer']);
    });

    it('"delete my data" wipes the profile and the learning list, also after a reload', async () => {
      await panel.evaluate(click('[data-testid="delete-data"]'));
      await panel.waitFor(exists('[data-testid="delete-data-confirm"]'));
      await panel.evaluate(click('[data-testid="delete-data-confirm"]'));
      await panel.waitFor(`${count('[data-testid="profile-skill"]')} === 0`);
      await panel.close();
      panel = await session.browser.openExtensionPage('sidepanel.html?view=profile');
      await panel.waitFor(exists('[data-testid="skill-search"]'));
      await new Promise((done) => setTimeout(done, 500));
      expect(await panel.evaluate<ProfileShown>(READ_PROFILE)).toEqual({ skills: [], targets: [] });
      expect(await panel.evaluate<number>(count('[data-testid="learning-item"]'))).toBe(0);
    });

    it('a broken file changes nothing; importing the export restores the profile', async () => {
      await panel.evaluate(importText('{"format":"skillshift-profile","version":2}'));
      await panel.waitFor(exists('[data-testid="data-status"][data-kind="error"]'));
      expect(await panel.evaluate<ProfileShown>(READ_PROFILE)).toEqual({ skills: [], targets: [] });
      await panel.evaluate(importText(exported));
      await panel.waitFor(exists('[data-testid="data-status"][data-kind="ok"]'));
      await panel.waitFor(`${count('[data-testid="profile-skill"]')} === ${before.skills.length}`);
      expect(await panel.evaluate<ProfileShown>(READ_PROFILE)).toEqual(before);
      await panel.close();
      panel = await session.browser.openExtensionPage('sidepanel.html?view=profile');
      await panel.waitFor(`${count('[data-testid="profile-skill"]')} === ${before.skills.length}`);
      expect(await panel.evaluate<ProfileShown>(READ_PROFILE)).toEqual(before);
    });

    it('nothing else left the browser', () => {
      expect(session.browser.web.extensionRequests).toEqual([]);
      const host = courseUrl ? new URL(courseUrl).host : '';
      expect(session.browser.web.escaped()).toEqual([]);
      expect(session.sinkhole.unexpected().filter((line) => !line.startsWith(`CONNECT ${host}:`))).toEqual([]);
    });
  });
}
