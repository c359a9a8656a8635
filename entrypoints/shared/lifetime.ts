import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// WXT stops a content script when a newer one of the same name starts, told by a DOM event whose name (the
// extension's id and the script's name) any page can learn and dispatch itself: a page could switch SkillShift
// off. Here that event never reaches WXT's listener, and a newer script of ours stops the older one through this
// isolated world's own global, which the page can't see or touch.
const LIVE = '__skillshiftLiveScripts';
// WXT's own name for the event, from the context's class (importing the class here would run it at build time).
const startedEvent = (ctx: ContentScriptContext): string => (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** Call first in main(): stops an older instance of this script, and keeps the page from stopping this one. */
export function guardLifetime(ctx: ContentScriptContext, win: Window = window): void {
  const type = startedEvent(ctx);
  const scope = globalThis as { [LIVE]?: Map<string, ContentScriptContext> };
  const live = (scope[LIVE] ??= new Map());
  live.get(type)?.abort('a newer SkillShift script started');
  live.set(type, ctx);
  ctx.onInvalidated(() => {
    if (live.get(type) === ctx) live.delete(type);
  });
  // Capturing on the window runs before WXT's listener on the document, whatever element the page dispatches at.
  win.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
