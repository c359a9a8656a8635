// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://www.linkedin.com/jobs/search?keywords=clerk","settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
// A background that fails to answer the card titles (stopped, or the extension reloaded under the page) is asked
// again later and later, not in a loop as fast as it fails.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPageAnalysis } from '../../entrypoints/shared/page-analysis';

const URL_1 = 'https://www.linkedin.com/jobs/search?keywords=clerk';

function listing(n: number): Document {
  const doc = new DOMParser().parseFromString('<html><head><title>Jobs | LinkedIn</title></head><body><ul></ul></body></html>', 'text/html');
  const items = Array.from({ length: n }, (_, i) => `<li><div class="base-search-card" data-entity-urn="urn:li:jobPosting:${4700000000 + i}"><h3 class="base-search-card__title">Welder ${i}</h3></div></li>`);
  doc.querySelector('ul')!.innerHTML = items.join('');
  return doc;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('asking the background for card estimates', () => {
  it('after a failed ask, asks again in 1 s, then 2 s, 4 s… — not at once', async () => {
    const asks = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      if ((message as { type?: string }).type === 'content:cards') throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    const cardAsks = () => asks.mock.calls.filter(([m]) => (m as { type?: string }).type === 'content:cards').length;
    const page = createPageAnalysis(listing(5), () => URL_1);
    page.syncCards();
    await vi.advanceTimersByTimeAsync(900);
    expect(cardAsks()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(cardAsks()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_700);
    expect(cardAsks()).toBe(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(cardAsks()).toBe(3);
    // A minute later: 1 + 2 + 4 + 8 + 16 + 32 s, six asks at most after the first.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cardAsks()).toBeLessThanOrEqual(7);
    page.remove();
  });
});
