import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reanalyseListener } from '../../messaging/page-client';
import { guardLifetime } from './lifetime';
import { createPageAnalysis } from './page-analysis';

/** What a script the background injects does: analyse the page now (forced: drawn even when unchanged) and on request. */
export function analyseInjectedPage(ctx: ContentScriptContext, force: boolean): void {
  guardLifetime(ctx);
  const page = createPageAnalysis(document);
  ctx.onInvalidated(() => page.remove());
  void page.run(force);
  const listener = reanalyseListener(() => void page.run(true), () => page.outline());
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
