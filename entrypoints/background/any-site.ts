import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ANY_SITE } from '../shared/any-site';

// Built by WXT from entrypoints/anysite.content.ts (registration: 'runtime').
export const ANYSITE_SCRIPT = '/content-scripts/anysite.js';

/** Pages the boards' content script already reads (the manifest's own match patterns). */
function boardPatterns(): MatchPattern[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.flatMap((s) => s.matches ?? []).map((m) => new MatchPattern(m));
}

/**
 * With "read job postings on any site" granted (the optional host permission), every other page that finishes loading
 * gets the any-site script, which draws a badge only when the page carries a schema.org JobPosting.
 */
export function setupAnySite(): void {
  let boards: MatchPattern[] | null = null;
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const url = tab.url;
    if (change.status !== 'complete' || !url || !/^https?:/.test(url)) return;
    boards ??= boardPatterns();
    if (boards.some((p) => p.includes(url))) return;
    void browser.permissions
      .contains(ANY_SITE)
      .then((granted) => (granted ? browser.scripting.executeScript({ target: { tabId }, files: [ANYSITE_SCRIPT] }) : undefined))
      .catch(() => undefined);
  });
}
