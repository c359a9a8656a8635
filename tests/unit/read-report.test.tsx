// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { PanelApp } from '../../entrypoints/sidepanel/app';
import type { PanelConnector } from '../../entrypoints/sidepanel/connector';
import { READ_REPORT_FORMAT } from '../../entrypoints/sidepanel/read-report';
import { createPageAnalysis } from '../../entrypoints/shared/page-analysis';
import { analyzeDocument } from '../../engine/analyze';
import { OUTLINE_LIMITS, pageOutline, type OutlineNode, type PageOutline } from '../../engine/outline';
import { reanalyseListener } from '../../messaging/page-client';
import { pageHandlers, type BackgroundDeps } from '../../entrypoints/background/handlers';
import { greenhouse } from '../../sites/greenhouse';
import { DEFAULT_PROFILE } from '../../schemas/records';
import { memoryProfileConnector } from '../fixtures/panel-connector';
import { tEn } from '../fixtures/translate';
import { triggerMessage } from '../fixtures/trigger-message';
import { domFromHtml, ownDocument } from '../sites/helpers';

const URL_ = 'https://boards.greenhouse.io/example/jobs/4000001';
const names = (node: OutlineNode): string[] => [node.el, ...(node.kids ?? []).flatMap(names)];

describe('the posting region outline', () => {
  const doc = ownDocument('greenhouse-style.html');
  const outline = pageOutline(doc, URL_, greenhouse)!;

  it("is the region holding the adapter's title and description, under its path from <body>, as tags, ids and classes", () => {
    expect(outline.path).toEqual(['body']);
    expect(outline.region.el).toBe('div#app_body');
    expect(outline.region.kids?.map((k) => k.el)).toEqual(['div#header', 'div#content', 'div#application']);
    const content = outline.region.kids?.[1];
    expect(content?.kids?.map((k) => [k.el, k.repeat])).toEqual([['p', undefined], ['p', undefined], ['ul', undefined], ['h3', undefined], ['ul', undefined], ['p', undefined], ['ul', undefined]]);
    // Like items in a row fold into one with a count; scripts are left out.
    expect(content?.kids?.[2]?.kids).toEqual([{ el: 'li', repeat: 3 }]);
    expect(names(outline.region)).not.toContain('script');
    expect(outline.cut).toBe(0);
  });

  it('holds no text of the page, no attribute values and no form values', () => {
    const json = JSON.stringify(outline);
    for (const text of ['Data Platform Engineer', 'Example Corp', 'Berlin', 'pipelines', 'first_name', 'not part of the posting']) expect(json).not.toContain(text);
  });

  it('leaves out names that could carry personal data, and stops at its bound', () => {
    const big = domFromHtml(`<html><body><main><div id="user-jane@example.com" class="profile-123456789 card"></div>
      ${Array.from({ length: 2000 }, (_, i) => `<section class="s${i}"><p></p></section>`).join('')}</main></body></html>`);
    const read = pageOutline(big, 'https://example.org/', null)!;
    expect(read.region.kids?.[0]).toEqual({ el: 'div.card' });
    expect(names(read.region).length).toBeLessThanOrEqual(OUTLINE_LIMITS.nodes);
    expect(read.cut).toBeGreaterThan(0);
  });

  it("outlines the main region when the adapter throws (the report is filed because reading failed)", () => {
    const broken = { ...greenhouse, titleAnchor: () => { throw new Error('moved'); } };
    expect(pageOutline(domFromHtml('<html><body><nav></nav><main class="jobs"><article></article></main></body></html>'), URL_, broken)?.region.el).toBe('main.jobs');
  });
});

describe('the outline through the typed messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it("the content script answers the background's bg:outline with its page's outline, and a web page gets nothing", async () => {
    const doc = ownDocument('greenhouse-style.html');
    const page = createPageAnalysis(doc, () => URL_);
    browser.runtime.onMessage.addListener(reanalyseListener(() => undefined, () => page.outline()));
    const answer = vi.fn();
    await triggerMessage({ type: 'bg:outline' }, { id: fakeBrowser.runtime.id }, answer);
    expect(answer).toHaveBeenCalledWith({ ok: true, data: { outline: pageOutline(doc, URL_, greenhouse) } });
    const refused = vi.fn();
    await triggerMessage({ type: 'bg:outline' }, { id: fakeBrowser.runtime.id, tab: { id: 3 } }, refused);
    expect(refused).toHaveBeenCalledWith({ ok: false, error: expect.stringMatching(/background only/) });
  });

  it("the background asks the tab's content script and checks its answer; a tab without one has no outline", async () => {
    const outline: PageOutline = { path: ['body'], region: { el: 'main', kids: [{ el: 'li', repeat: 4 }] }, cut: 0 };
    const handlers = pageHandlers({} as BackgroundDeps);
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: true, data: { outline } });
    expect(await handlers['ui:getPageOutline']!({ type: 'ui:getPageOutline', tabId: 5 }, {})).toEqual({ outline });
    expect(ask).toHaveBeenCalledWith(5, { type: 'bg:outline' });
    ask.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await handlers['ui:getPageOutline']!({ type: 'ui:getPageOutline', tabId: 6 }, {})).toEqual({ outline: null });
    ask.mockResolvedValueOnce({ ok: true, data: { outline: { path: 'body' } } });
    expect(await handlers['ui:getPageOutline']!({ type: 'ui:getPageOutline', tabId: 7 }, {})).toEqual({ outline: null });
  });
});

describe('"this page was read wrong" in the side panel', () => {
  it('saves what was read, the URL and the outline as a local file, with nothing of the person in it', async () => {
    const doc = ownDocument('greenhouse-style.html');
    const analysis = analyzeDocument(doc, URL_, greenhouse);
    const outline = pageOutline(doc, URL_, greenhouse);
    const profile = memoryProfileConnector({ ...DEFAULT_PROFILE, skills: [{ id: 'kubernetes', level: 'expert', source: 'manual' }], targetRoles: ['15-1252.00'] });
    const getPageOutline = vi.fn(async () => outline);
    const connector: PanelConnector = {
      ...profile,
      currentTabId: async () => 9,
      getTabAnalysis: async () => analysis,
      getPageOutline,
      version: () => '1.2.3',
      listHistory: async () => ({ items: [], more: false }),
      openUrl: vi.fn(),
      onChange: () => () => {},
    };
    const root = document.createElement('div');
    document.body.append(root);
    render(<PanelApp connector={connector} translate={() => tEn} explain={{ reason: () => undefined, tip: () => undefined, formula: '' }} uiLocale="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="read-wrong"]')).not.toBeNull());
    (root.querySelector('[data-testid="read-wrong"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(profile.state.downloads).toHaveLength(1));

    expect(getPageOutline).toHaveBeenCalledWith(9);
    const [file] = profile.state.downloads;
    expect(file?.name).toMatch(/^skillshift-read-report-boards\.greenhouse\.io-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(file!.text);
    expect(report).toMatchObject({ format: READ_REPORT_FORMAT, version: '1.2.3', url: URL_, outline });
    expect(report.read).toMatchObject({ kind: 'posting', source: analysis.source, posting: { title: 'Data Platform Engineer', company: 'Example Corp' } });
    expect(report.read.lines).toEqual(analysis.lines.map(({ text, role }) => ({ text, role })));
    expect(file!.text).not.toMatch(/kubernetes|15-1252/);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="read-wrong-saved"]')?.textContent).toContain(file!.name));
    expect(root.querySelector('[data-testid="read-wrong-saved"]')?.textContent).toContain('Nothing was sent');
  });
});
