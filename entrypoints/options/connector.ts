import { browser } from 'wxt/browser';
import type { OptionsConnector } from '../../components/OptionsApp';
import { send, unwrap } from '../../messaging/client';
import { extensionUrl } from '../shared/extension-api';

const RECENT_TABS = 10;

/** The tasks of the posting in the most recently used tab that has one (this page is a tab itself). */
async function currentPostingTasks(): Promise<string[] | null> {
  const own = extensionUrl('/');
  const tabs = (await browser.tabs.query({}))
    .filter((tab) => tab.id !== undefined && !(tab.url ?? '').startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, RECENT_TABS);
  for (const tab of tabs) {
    const answer = await send({ type: 'ui:getTabAnalysis', tabId: tab.id! });
    const tasks = answer.ok ? answer.data.analysis?.tasks : undefined;
    if (tasks && tasks.length > 0) return tasks.map((task) => task.text);
  }
  return null;
}

export const browserConnector: OptionsConnector = {
  getUserRules: async () => unwrap(await send({ type: 'ui:getUserRules' })).userRules,
  saveUserRules: async (userRules) => unwrap(await send({ type: 'ui:saveUserRules', userRules })).userRules,
  currentPostingTasks,
  deleteMyData: async () => void unwrap(await send({ type: 'ui:deleteMyData' })),
};
