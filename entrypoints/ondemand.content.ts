import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { reanalyseListener } from '../messaging/page-client';
import { createPageAnalysis } from './shared/page-analysis';
import { guardLifetime } from './shared/lifetime';

// Injected by the background on a toolbar click (activeTab), on pages no content script covers.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardLifetime(ctx);
    const page = createPageAnalysis(document);
    ctx.onInvalidated(() => page.remove());
    void page.run(true);
    const listener = reanalyseListener(() => void page.run(true), () => page.outline());
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
