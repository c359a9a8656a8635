import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reanalyseListener } from '../../messaging/page-client';
import { adapterFor } from '../../sites/registry';
import { createPageAnalysis, isOwnMutation } from './page-analysis';
import { guardLifetime } from './lifetime';
import { afterNextFrame } from './slices';

const DEBOUNCE_MS = 400;
// Cards added by scrolling get badges sooner than the full re-analysis, batched per frame.
const CARDS_MS = 60;
// A card pass's share of one task on the page: the badges it has no time left for go in the next pass.
const PASS_MS = 25;

/**
 * A job board's page, watched: read now, again after the page changes (debounced) or navigates in the app, the cards
 * added between two reads badged sooner; read again when the side panel asks.
 */
export function setupJobsPage(ctx: ContentScriptContext): void {
  guardLifetime(ctx);
  const page = createPageAnalysis(document, undefined, PASS_MS);
  ctx.onInvalidated(() => page.remove());
  let timer: number | undefined;
  let cardsPending = false;
  // Passes that read boxes (the scroll order, after a scroll) run just after a frame, when the page's layout is fresh;
  // the others in a task of their own at once; in a hidden tab they wait for it to show.
  const afterFrame = (work: () => void) => afterNextFrame(work, (run) => ctx.requestAnimationFrame(run), (run) => ctx.setTimeout(run, 0), page.needsFrame);
  const later = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => afterFrame(() => void page.run()), DEBOUNCE_MS);
    if (cardsPending) return;
    cardsPending = true;
    ctx.setTimeout(() => afterFrame(() => {
      cardsPending = false;
      page.syncCards();
    }), CARDS_MS);
  };
  // Everything but the listener waits for a task of its own (the first read, the adapter's lookup, the watching):
  // the page's task that evaluated this script ends sooner, and the DOM read then is the DOM watched from then on.
  ctx.setTimeout(() => {
    void page.run();
    // Boards are single-page apps: the job changes without a page load, its details arrive late.
    ctx.addEventListener(window, 'wxt:locationchange', later);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !isOwnMutation(r))) later();
    });
    // Virtualised lists recycle a card element for another job by changing the attribute its id is read from.
    const cardIdAttributes = [...(adapterFor(location.href, document)?.cardIdAttributes ?? [])];
    observer.observe(document.body, { childList: true, subtree: true, attributeFilter: cardIdAttributes });
    ctx.onInvalidated(() => observer.disconnect());
  }, 0);

  const listener = reanalyseListener(() => void page.run(true), () => page.outline());
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

