import { describe, expect, it } from 'vitest';
import { ownCases } from './cases';
import { launchChromium } from './chromium';
import { itSentNothingOut, launchedFor } from './lifecycle';
import { BADGE_SETTLED, PANEL_HAS_TASKS } from './page-reads';
import { buildDir } from './posting.suite';
import { CAPTURE_DOWNLOADS, click, exists, READ_DOWNLOADS } from './profile-reads';

const posting = ownCases[0]!;

describe('chromium: "this page was read wrong" saves a local report', () => {
  const session = launchedFor('report-chromium', launchChromium, buildDir('chrome-mv3'), [posting]);

  it("saves what was read, the page's URL and its posting region's outline as a file made in the panel", async () => {
    const page = await session.browser.open(posting.url);
    await page.waitFor(BADGE_SETTLED, 20_000);
    const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
    await panel.waitFor(PANEL_HAS_TASKS, 15_000);
    await panel.evaluate(CAPTURE_DOWNLOADS);
    await panel.evaluate(click('[data-testid="read-wrong"]'));
    await panel.waitFor('(window.__downloads ?? []).length > 0', 10_000);
    const [download] = await panel.evaluate<{ name: string; text: string; url: string }[]>(READ_DOWNLOADS);
    expect(download?.name).toMatch(/^skillshift-read-report-job-boards\.greenhouse\.io-\d{4}-\d{2}-\d{2}\.json$/);
    expect(download?.url).toMatch(/^blob:chrome-extension:/);
    const report = JSON.parse(download!.text);
    expect(report).toMatchObject({ format: 'skillshift-read-report/1', url: posting.url, read: { kind: 'posting', posting: { title: posting.title } } });
    expect(report.read.tasks.length).toBeGreaterThan(0);
    // The outline came from the page's content script through the background: the Greenhouse layout, without its text.
    expect(report.outline.path).toEqual(['body']);
    expect(report.outline.region.el).toBe('main.job-post');
    expect(report.outline.region.kids.map((k: { el: string }) => k.el)).toEqual(['div.job__title', 'div.job__location', 'div.job__description.body']);
    expect(JSON.stringify(report.outline)).not.toContain('Lisbon');
    await panel.waitFor(exists('[data-testid="read-wrong-saved"]'));
    await panel.close();
  });

  itSentNothingOut(session);
});
