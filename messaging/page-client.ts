// How a job page's content script talks to the background: the page's messages only, their answers checked
// by page-replies.ts (the full protocol, with Zod, stays off the page).
import { browser } from 'wxt/browser';
import type { PageOutline } from '../engine/outline';
import type { CardRead, CardsReply, PageRead, PostingReply } from './page-read';
import { cardsReply, postingReply } from './page-replies';

type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

async function ask<T>(message: unknown, reply: (data: unknown) => T | undefined): Promise<Answer<T>> {
  try {
    const envelope: unknown = await browser.runtime.sendMessage(message);
    if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) return { ok: false, error: 'no valid answer' };
    if (envelope.ok === false) return 'error' in envelope && typeof envelope.error === 'string' ? { ok: false, error: envelope.error } : { ok: false, error: 'no valid answer' };
    if (envelope.ok !== true) return { ok: false, error: 'no valid answer' };
    const data = reply('data' in envelope ? envelope.data : undefined);
    return data === undefined ? { ok: false, error: 'malformed answer' } : { ok: true, data };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The page as read; the background answers with the posting's badge figures and the first cards' estimates. */
export const sendPosting = (read: PageRead): Promise<Answer<PostingReply>> => ask({ type: 'content:posting', read }, postingReply);

/** More cards (scrolled in): their estimates. */
export const sendCards = (cards: CardRead[]): Promise<Answer<CardsReply>> => ask({ type: 'content:cards', cards }, cardsReply);

/** A click on the badge: the background opens the side panel (or sidebar, or a tab). */
export const openSidebar = (): void => void browser.runtime.sendMessage({ type: 'content:openSidebar' }).catch(() => undefined);

type Listener = (raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (response: unknown) => void) => true | undefined;

/**
 * The content script's listener: only the background's `bg:analyze` (read the page again) and `bg:outline` (the
 * posting region's tag/class outline, for a "read wrong" report), answered at once; anything else, or from
 * anyone else, is left unanswered.
 */
export function reanalyseListener(run: () => void, outline: () => PageOutline | null = () => null): Listener {
  return (raw, sender, sendResponse) => {
    const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
    if (type !== 'bg:analyze' && type !== 'bg:outline') return undefined;
    if (sender.id !== browser.runtime.id || sender.tab) {
      sendResponse({ ok: false, error: 'bg: messages come from the background only' });
      return undefined;
    }
    if (type === 'bg:outline') {
      sendResponse({ ok: true, data: { outline: outline() } });
      return undefined;
    }
    run();
    sendResponse({ ok: true, data: { sent: true } });
    return undefined;
  };
}
