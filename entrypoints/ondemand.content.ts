import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyseInjectedPage } from './shared/injected-page';

// Injected by the background on a toolbar click (activeTab), on pages no content script covers.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: (ctx) => analyseInjectedPage(ctx, true),
});
