import { browser } from 'wxt/browser';
import type { Analysis } from '../../engine/types';

// MV2 (Firefox) has browserAction where MV3 has action.
export const action = () => browser.action ?? browser.browserAction;

/** Exposure in % on the toolbar button of that tab; blank when nothing was read. */
export function badgeText(analysis: Analysis | null): string {
  const score = analysis?.posting ? analysis.exposure?.score : undefined;
  return score === undefined ? '' : `${Math.round(score * 100)}%`;
}

export async function setToolbarBadge(tabId: number, analysis: Analysis | null): Promise<void> {
  await action().setBadgeText({ tabId, text: badgeText(analysis) });
  await action().setBadgeBackgroundColor({ tabId, color: '#6b5bd6' });
}
