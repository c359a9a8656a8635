// README screens: `npm run screens` (after `npm run build`), by hand, not in `npm test`.
// The built Chrome extension in headless Chromium, offline as in the e2e suite (tests/e2e: our own saved pages
// served at their real URLs, everything else aborted or sent to a sinkhole), and PNGs into docs/screens/:
//   listing-badges.png  a job listing with a badge on every card (1280×800)
//   side-panel.png      the side panel's first screen on a posting (400×800), with a small profile set
//   profile.png         the profile view (400×800)
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownCases } from '../tests/e2e/cases';
import { launchChromium } from '../tests/e2e/chromium';
import { ownListing } from '../tests/e2e/listing-cases';
import { allCardsBadged } from '../tests/e2e/listing-reads';
import { BADGE_SETTLED, PANEL_HAS_TASKS } from '../tests/e2e/page-reads';
import { addSkill, exists, typeInto } from '../tests/e2e/profile-reads';
import { Sinkhole } from '../tests/e2e/sinkhole';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/screens');
const PANEL = { width: 400, height: 800 };
const WINDOW = { width: 1280, height: 800 };
const posting = ownCases[0]!;
/** A small profile for the posting (our Greenhouse-style support analyst): [what to type, the skill to pick]. */
const SKILLS = [['customer serv', 'customer-service'], ['English', 'english'], ['Excel', 'excel']] as const;

// Our listing page (tests/e2e/pages/linkedin-listing.html) is written for tests, without any style: for the picture it
// is dressed as a job board's two panes. Only the page's own elements are styled; the badges are the extension's,
// drawn in their closed shadow roots and left as they are.
const BOARD_STYLE = `
  body { margin: 0; background: #f3f2ef; font: 14px/1.4 system-ui, sans-serif; color: #1f1f1f; }
  .two-pane { display: grid; grid-template-columns: 480px 1fr; gap: 16px; max-width: 1180px; margin: 16px auto; }
  .jobs-search__results-list { list-style: none; margin: 0; padding: 0; }
  .jobs-search__results-list > li { background: #fff; border: 1px solid #e0dfdc; border-radius: 8px; margin-bottom: 8px; padding: 12px 16px; }
  .base-card__full-link { display: none; }
  .base-search-card__title { margin: 0 0 2px; font-size: 16px; color: #0a66c2; }
  .base-search-card__subtitle { margin: 0; font-weight: 400; }
  .base-search-card__subtitle a { color: inherit; text-decoration: none; }
  .job-search-card__location { color: #666; }
  .details-pane { background: #fff; border: 1px solid #e0dfdc; border-radius: 8px; padding: 20px 24px; align-self: start; }
  .details-pane h2 { margin: 0 0 4px; font-size: 22px; color: #1f1f1f; }
  .details-pane > div > a { text-decoration: none; }
  .top-card-layout__second-subline { font-weight: 400; margin: 0 0 12px; }
  .top-card-layout__second-subline a { color: inherit; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
const dress = (css: string) => `(() => { const style = document.createElement('style'); style.textContent = ${JSON.stringify(css)}; document.head.append(style); return true; })()`;

/** Lets fonts, layout and any transition settle before the picture. */
const settle = () => new Promise((done) => setTimeout(done, 600));

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION}: run \`npm run build\` first`);
  mkdirSync(OUT, { recursive: true });
  const sinkhole = new Sinkhole();
  await sinkhole.start();
  const profileDir = mkdtempSync(join(tmpdir(), 'skillshift-screens-'));
  const browser = await launchChromium({ extensionDir: EXTENSION, profileDir, pages: [posting, ownListing], sinkhole });
  try {
    const profile = await browser.openExtensionPage('sidepanel.html?view=profile');
    await profile.resize(PANEL.width, PANEL.height);
    await profile.waitFor(exists('[data-testid="skill-search"]'));
    for (const [query, id] of SKILLS) await addSkill(profile, query, id);
    await profile.evaluate(typeInto('[data-testid="skill-search"]', ''));
    await profile.evaluate('window.scrollTo(0, 0)');
    await settle();
    await profile.screenshot(join(OUT, 'profile.png'));
    await profile.close();

    const listing = await browser.open(ownListing.url);
    await listing.resize(WINDOW.width, WINDOW.height);
    await listing.waitFor(allCardsBadged(ownListing.cards), 20_000);
    await listing.evaluate(dress(BOARD_STYLE));
    await settle();
    await listing.screenshot(join(OUT, 'listing-badges.png'));

    const page = await browser.open(posting.url);
    await page.waitFor(BADGE_SETTLED, 20_000);
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
    await panel.resize(PANEL.width, PANEL.height);
    await panel.waitFor(PANEL_HAS_TASKS, 15_000);
    await settle();
    await panel.screenshot(join(OUT, 'side-panel.png'));

    const escaped = [...browser.web.escaped(), ...browser.web.extensionRequests, ...sinkhole.unexpected()];
    if (escaped.length > 0) throw new Error(`requests left the browser: ${escaped.join(', ')}`);
    console.log(`screens: ${['listing-badges.png', 'side-panel.png', 'profile.png'].map((f) => `docs/screens/${f}`).join(', ')}`);
  } finally {
    await browser.close();
    await sinkhole.stop();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

await main();
