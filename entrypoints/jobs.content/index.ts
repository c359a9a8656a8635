import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapters } from '../../sites/registry';
import { setupJobsPage } from '../shared/jobs-page';

// WXT reads matches and excludeMatches when it writes the manifest; the built script carries no adapter's literal
// patterns (scripts/without-example-urls.ts), so at run time these lists are not read.
export default defineContentScript({
  matches: [...new Set(adapters.flatMap((a) => a.matches))],
  excludeMatches: [...new Set(adapters.flatMap((a) => a.excludeMatches ?? []))],
  runAt: 'document_idle',
  // The started message would tell the page SkillShift runs, and the extension's id.
  noScriptStartedPostMessage: true,
  main: setupJobsPage,
});
