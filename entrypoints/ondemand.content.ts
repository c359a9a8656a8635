import './shared/zod-config';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { peerListener } from '../messaging/handler';
import { createPageAnalysis } from './shared/page-analysis';

// Injected by the background on a toolbar click (activeTab), on pages no content script covers.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const page = createPageAnalysis(document);
    ctx.onInvalidated(() => page.remove());
    page.run(true);
    const listener = peerListener({ 'bg:analyze': () => ({ analysis: page.run(true) }) }, browser.runtime.id);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
