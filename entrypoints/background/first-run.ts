import { browser } from 'wxt/browser';
import { extensionUrl } from '../shared/extension-api';

/** A fresh install opens the welcome page (updates and browser updates don't). */
export function setupFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: extensionUrl('/welcome.html') });
  });
}
