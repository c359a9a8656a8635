import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapters } from '../../sites/registry';
import { setupJobsPage } from '../shared/jobs-page';

export default defineContentScript({
  matches: [...new Set(adapters.flatMap((a) => a.matches))],
  excludeMatches: [...new Set(adapters.flatMap((a) => a.excludeMatches ?? []))],
  runAt: 'document_idle',
  // The started message would tell the page SkillShift runs, and the extension's id.
  noScriptStartedPostMessage: true,
  main: setupJobsPage,
});
