import { expect, it } from 'vitest';
import { adapters } from '../../sites/registry';
import { describeBoard } from './board';
import { hasShared, sharedPages } from './helpers';

const WHOLE = 'pages.json counts the <li> of #duties only; the root holds the whole announcement (checked in usajobs.test.ts)';

/** By board, then "<file>: <test name>": why that check cannot pass on that saved page. */
const KNOWN: Record<string, Record<string, string>> = {
  indeed: {
    'jp-viewjob-jsonld.html: reads the description root with all its bullets':
      'JSON-LD matches the job on screen and wins; its description has 4 <li>, the DOM adds a 5th (業種 field)',
    'in-search-data-scientist-twopane.html: splits the text into sections': 'the whole description is three role names, with no heading',
    'uk-viewjob-initialdata-fragment.html: splits the text into sections':
      'the description was cut by its repo author to "test description": no duty or requirement heading to find',
  },
  liepin: {
    'seo-listing-game-ui-designer.html: finds no posting on a listing':
      'the page is a current headhunter job page (job-apply-container + job-intro-content of job 38806387) with 14 recommended jobs below it',
  },
  reed: {
    'posting-software-developer-trimmed.html: splits the text into sections':
      'its repo author cut the description to "This is a test description.": no duty or requirement heading to find',
  },
  upwork: {
    'job-gohighlevel-crm-setup-life-insurance-loggedin.html: splits the text into sections':
      "the client's three-line brief has no headings: its lines make one untitled section",
  },
  usajobs: {
    'hhs-supply-technician-526456600.html: reads the description root with all its bullets': WHOLE,
    'va-motor-vehicle-dispatcher-520693900.html: reads the description root with all its bullets': WHOLE,
  },
  workday: {
    'autodesk-jobview-jsonld-shell.html: splits the text into sections':
      'the JSON-LD description is flattened plain text (no headings, no line breaks), French then English',
  },
};

// The saved pages (../shared/fixtures/pages, filed under the board's adapter id) of every registered adapter.
for (const adapter of adapters.filter((a) => sharedPages(a.id).length > 0)) describeBoard(adapter.id, adapter, KNOWN[adapter.id]);

it.skipIf(!hasShared)('knows only checks of saved pages there are, of registered adapters', () => {
  for (const [board, known] of Object.entries(KNOWN)) {
    const files = new Set(sharedPages(board).map((p) => p.file));
    expect(adapters.map((a) => a.id), board).toContain(board);
    for (const key of Object.keys(known)) expect(files.has(key.split(': ')[0]!), key).toBe(true);
  }
});
