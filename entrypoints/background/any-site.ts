import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ANY_SITE } from '../shared/any-site';

// Built by WXT from entrypoints/anysite.content.ts (registration: 'runtime').
export const ANYSITE_SCRIPT = '/content-scripts/anysite.js';

/** Whether the boards' content script already reads the page (the manifest's match patterns, less its excludes). */
function boardPages(): (url: string) => boolean {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []).map((s) => ({
    matches: (s.matches ?? []).map((m) => new MatchPattern(m)),
    excludes: (s.exclude_matches ?? []).map((m) => new MatchPattern(m)),
  }));
  return (url) => scripts.some((s) => s.matches.some((p) => p.includes(url)) && !s.excludes.some((p) => p.includes(url)));
}

/**
 * With "read job postings on any site" granted (the optional host permission), every other page that finishes loading
 * gets the any-site script, which draws a badge only when the page carries a schema.org JobPosting.
 */
export function setupAnySite(): void {
  let onBoard: ((url: string) => boolean) | null = null;
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const url = tab.url;
    if (change.status !== 'complete' || !url || !/^https?:/.test(url)) return;
    onBoard ??= boardPages();
    if (onBoard(url)) return;
    void browser.permissions
      .contains(ANY_SITE)
      .then((granted) => (granted ? browser.scripting.executeScript({ target: { tabId }, files: [ANYSITE_SCRIPT] }) : undefined))
      .catch(() => undefined);
  });
}
