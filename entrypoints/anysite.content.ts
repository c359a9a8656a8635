import { defineContentScript } from 'wxt/utils/define-content-script';
import { findJsonLdPostings } from '../engine/extract/jsonld';
import { analyseInjectedPage } from './shared/injected-page';

const RUNNING = Symbol.for('skillshift.anysite');

// Injected by the background on pages no board script covers, only while "read job postings on any site" is granted
// (background/any-site.ts); a page without a schema.org JobPosting is left as it is.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING] || findJsonLdPostings(document).length === 0) return;
    scope[RUNNING] = true;
    analyseInjectedPage(ctx, false);
  },
});
