// How a job page's content script talks to the background: the page's messages only, their answers checked
// with the Zod Mini schemas of page-read.ts (the full protocol, with classic Zod, stays off the page).
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CardsReplySchema, PostingReplySchema, type CardRead, type CardsReply, type PageRead, type PostingReply } from './page-read';

const Envelope = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]);

type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

async function ask<T>(message: unknown, reply: z.ZodMiniType<T>): Promise<Answer<T>> {
  try {
    const envelope = Envelope.safeParse(await browser.runtime.sendMessage(message));
    if (!envelope.success) return { ok: false, error: 'no valid answer' };
    if (!envelope.data.ok) return envelope.data;
    const data = reply.safeParse(envelope.data.data);
    return data.success ? { ok: true, data: data.data } : { ok: false, error: 'malformed answer' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The page as read; the background answers with the posting's badge figures and the first cards' estimates. */
export const sendPosting = (read: PageRead): Promise<Answer<PostingReply>> => ask({ type: 'content:posting', read }, PostingReplySchema);

/** More cards (scrolled in): their estimates. */
export const sendCards = (cards: CardRead[]): Promise<Answer<CardsReply>> => ask({ type: 'content:cards', cards }, CardsReplySchema);

/** A click on the badge: the background opens the side panel (or sidebar, or a tab). */
export const openSidebar = (): void => void browser.runtime.sendMessage({ type: 'content:openSidebar' }).catch(() => undefined);

type Listener = (raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (response: unknown) => void) => true | undefined;

/**
 * The content script's listener: only the background's `bg:analyze` (read the page again), answered at once;
 * anything else, or from anyone else, is left unanswered.
 */
export function reanalyseListener(run: () => void): Listener {
  return (raw, sender, sendResponse) => {
    const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
    if (type !== 'bg:analyze') return undefined;
    if (sender.id !== browser.runtime.id || sender.tab) {
      sendResponse({ ok: false, error: 'bg: messages come from the background only' });
      return undefined;
    }
    run();
    sendResponse({ ok: true, data: { sent: true } });
    return undefined;
  };
}
