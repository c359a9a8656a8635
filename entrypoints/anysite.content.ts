import { defineContentScript } from 'wxt/utils/define-content-script';
import { findJsonLdPostings } from '../engine/extract/jsonld';
import { adapterByMarkup } from '../sites/registry';
import { analyseInjectedPage } from './shared/injected-page';
import { setupJobsPage } from './shared/jobs-page';

const RUNNING = Symbol.for('skillshift.anysite');

// Injected by the background on pages no board script covers, only while "read job postings on any site" is granted
// (background/any-site.ts). A career site of a platform known by its markup (Phenom, Radancy on a company's own
// domain) is read and watched as a board's page is; another page with a schema.org JobPosting is read once; a page
// with neither is left as it is.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    const platform = adapterByMarkup(document) !== null;
    if (!platform && findJsonLdPostings(document).length === 0) return;
    scope[RUNNING] = true;
    if (platform) setupJobsPage(ctx);
    else analyseInjectedPage(ctx, false);
  },
});
