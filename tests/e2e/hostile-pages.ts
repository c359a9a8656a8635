// Pages written to hurt SkillShift, served at real board URLs. Each is one of our pages with a script (or style)
// at the top of its head, so it runs in the page's world before the content script does.
import { readFileSync } from 'node:fs';
import { E2E_PAGES } from './cases';
import type { ServedPage } from './offline';

const POSTING = `${E2E_PAGES}greenhouse-posting.html`;
const LISTING = `${E2E_PAGES}linkedin-listing.html`;

function withHead(file: string, head: string): string {
  return readFileSync(file, 'utf8').replace(/<head>/i, `<head>${head}`);
}

const script = (body: string): string => `<script>${body}</script>`;

/**
 * What the page's world can see of us, recorded before any SkillShift code runs: every shadow root attached through
 * the page's own attachShadow (it is redefined to keep them), and every click, press or key that bubbles to the document.
 */
const PROBE = script(`(() => {
  const seen = { roots: [], events: [] };
  window.__hostile = seen;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, init); seen.roots.push(root); return root; };
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown']) {
    document.addEventListener(type, (e) => seen.events.push(type + ':' + (e.target && e.target.getAttribute ? e.target.getAttribute('data-skillshift') : '')));
  }
})();`);

/** Custom elements with the names SkillShift's badges once had, defined first: closed, and throwing. */
const CUSTOM_ELEMENTS = script(`(() => {
  customElements.define('skillshift-badge', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }); throw new Error('hostile'); } });
  customElements.define('skillshift-card-badge', class extends HTMLElement { constructor() { super(); throw new Error('hostile'); } });
})();`);

/** A web font in two weights at addresses we can watch: the page itself uses only 400 (its headings too). */
const PROBE_FONT = `<style>
@font-face { font-family: Probe; src: url(https://fonts.hostile.example/probe-400.woff2); font-weight: 400; }
@font-face { font-family: Probe; src: url(https://fonts.hostile.example/probe-600.woff2); font-weight: 600; }
body, h1, h2, h3, h4, strong, b { font-family: Probe, serif; font-weight: 400; }
</style>`;
export const UNUSED_FONT = 'https://fonts.hostile.example/probe-600.woff2';

export interface HostilePage extends ServedPage {
  html: string;
}

const page = (url: string, base: string, head: string): HostilePage => ({ url, file: base, html: withHead(base, head) });

export const hostile = {
  /** A posting whose page probes what it can see and scripts clicks on the badge. */
  probedPosting: page('https://job-boards.greenhouse.io/hostile/jobs/4100000901', POSTING, PROBE),
  /** The two-pane listing (posting title inside a link) probed, with a web font in two weights. */
  probedListing: page('https://www.linkedin.com/jobs/search?keywords=clerk&location=Hostile%20Probe', LISTING, PROBE + PROBE_FONT),
  /** The listing with custom elements pre-defined under our old names. */
  customElements: page('https://www.linkedin.com/jobs/search?keywords=clerk&location=Hostile%20Elements', LISTING, CUSTOM_ELEMENTS),
  /** The listing, to forge WXT's started message at. */
  forged: page('https://www.linkedin.com/jobs/search?keywords=clerk&location=Hostile%20Forged', LISTING, ''),
};

/** The page calls click() on the badge's host and on whatever is at its centre, and dispatches clicks and keys at it, 20 times. */
export const SCRIPTED_CLICKS = `(() => {
  const host = document.querySelector('[data-skillshift="posting"]');
  const box = host.getBoundingClientRect();
  for (let i = 0; i < 20; i++) {
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const under = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
    if (under) under.click();
  }
  return true;
})()`;

/** What the page's world can read of the posting badge. */
export interface PageView {
  openRoot: boolean;
  /** Shadow roots the page's redefined attachShadow saw (ours never go through it). */
  rootsSeen: number;
  hostAttributes: string[];
  /** Text of the host and of the whole body as the page reads it. */
  hostText: string;
  bodyHasFigure: boolean;
  insideLink: boolean;
}

export const PAGE_VIEW = `(() => {
  const host = document.querySelector('[data-skillshift="posting"]');
  return {
    openRoot: host.shadowRoot !== null,
    rootsSeen: window.__hostile.roots.length,
    hostAttributes: [...host.attributes].map((a) => a.name + '=' + a.value),
    hostText: host.textContent + host.innerText,
    bodyHasFigure: /\\d+\\s*%/.test(document.body.innerText),
    insideLink: host.closest('a') !== null,
  };
})()`;

/** Forges WXT's started message for both our scripts every way a page can: events at the document, window and body, and postMessage. */
export function forgeStarted(extensionId: string): string {
  return `(() => {
    for (const name of ['jobs', 'ondemand']) {
      const type = ${JSON.stringify(extensionId)} + ':' + name + ':wxt:content-script-started';
      const detail = { contentScriptName: name, messageId: 'page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      document.body.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
    return true;
  })()`;
}

// Pages that are too big, too deep or too busy. Built as text here (parsed by the browser before SkillShift runs),
// or by a script of the page where the parser would refuse (it flattens nesting deeper than 512).

/** Records the page's long tasks, and the scripts of long animation frames (Chromium says whose they are). */
const TASKS = script(`(() => {
  const seen = { long: [], scripts: [] };
  window.__tasks = seen;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.scripts || []) seen.scripts.push([s.startTime, s.duration, s.sourceURL || s.invoker || '']); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
})();`);

const DUTIES = ['Answer customer tickets by email and chat', 'Write help-center articles for new features', 'Run onboarding calls with new clinic managers', 'Build weekly dashboards of ticket volume'];
const duties = (n = DUTIES.length): string => `<ul>${Array.from({ length: n }, (_, i) => `<li>${DUTIES[i % DUTIES.length]} (${i})</li>`).join('')}</ul>`;

function posting(body: { title?: string; description: string; head?: string; end?: string }): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${TASKS}${body.head ?? ''}<title>Hostile posting</title></head><body>
<main class="job-post"><div class="job__title"><h1 class="section-header">${body.title ?? 'Customer Support Analyst'}</h1></div>
<div class="job__location">Lisbon, Portugal</div>
<div class="job__description body"><p><strong>What you will do</strong></p>${body.description}</div></main>${body.end ?? ''}</body></html>`;
}

function card(id: number, title: string): string {
  return `<li><div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${id}">
<a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/${id}"><span class="sr-only">${title}</span></a>
<div class="base-search-card__info"><h3 class="base-search-card__title">${title}</h3><h4 class="base-search-card__subtitle"><a href="https://www.linkedin.com/company/x">Northwind</a></h4>
<div class="base-search-card__metadata"><span class="job-search-card__location">Brooklyn, NY</span></div></div></div></li>`;
}

const TITLES = ['Data Entry Clerk', 'Registered Nurse', 'Bookkeeper', 'Welder', 'Delivery Driver', 'Plumber', 'Paralegal', 'Cashier'];
const CARD_JS = `const TITLES = ${JSON.stringify(TITLES)};
const card = (id, title) => { const li = document.createElement('li'); li.innerHTML = ${JSON.stringify(card(0, 'X'))}.replace('jobPosting:0', 'jobPosting:' + id).replace('/view/0', '/view/' + id).replace(/>X</g, '>' + title + '<'); return li; };`;

function listing(cards: string, end = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${TASKS}<title>Jobs | LinkedIn (hostile)</title></head><body>
<main><section class="results-list"><ul class="jobs-search__results-list">${cards}</ul></section></main>${end}</body></html>`;
}

const gh = (n: number): string => `https://job-boards.greenhouse.io/hostile/jobs/41000009${String(n).padStart(2, '0')}`;
const li = (what: string): string => `https://www.linkedin.com/jobs/search?keywords=${what}&location=Hostile`;
const built = (url: string, html: string): HostilePage => ({ url, file: 'generated', html });

/** A field of JSON-LD carrying script and markup. */
const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>`;

export const heavy = {
  bullets: built(gh(10), posting({ description: duties(100_000) })),
  deep: built(gh(11), posting({
    // Not rendered (a 20,000-deep tree crashes Chromium's renderer in style and layout, with or without SkillShift,
    // also as display: contents); the DOM stays 20,000 deep for the content script to read.
    description: `${duties()}<div id="deep" style="display: none"></div>`,
    end: script(`(() => { let at = document.getElementById('deep'); for (let i = 0; i < 20000; i++) { const d = document.createElement('div'); at.append(d); at = d; } at.innerHTML = ${JSON.stringify(duties())}; })();`),
  })),
  longLine: built(gh(12), posting({ description: `<p>${'manage the team '.repeat(200_000)}</p>${duties()}` })),
  jsonLd: built(gh(13), posting({
    description: duties(),
    head: Array.from({ length: 1_000 }, (_, i) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: `Posting ${i}`, description: duties(), hiringOrganization: { name: `Org ${i}` } })}</script>`).join(''),
  })),
  markup: built(gh(14), posting({
    title: `Analyst ${MARKUP.replace(/</g, '&lt;')}`,
    description: duties(),
    head: `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org', '@type': 'JobPosting', title: `Analyst ${MARKUP}`,
      description: `<ul><li>Answer customer tickets ${MARKUP}</li><li>Write help-center articles <iframe src="javascript:window.__pwned=1"></iframe></li><li>Run onboarding calls <svg onload="window.__pwned=1"></svg></li></ul>`,
      hiringOrganization: { '@type': 'Organization', name: `Acme ${MARKUP}` }, jobLocation: { address: { addressLocality: MARKUP } }, datePosted: MARKUP, employmentType: MARKUP,
    }).replace(/</g, '\\u003c')}</script>`,
  })),
  longTitle: built(gh(15), posting({ title: 'Analyst '.repeat(12_500), description: duties() })),
  manyCards: built(li('many'), listing('', script(`(() => { ${CARD_JS} const ul = document.querySelector('ul'); for (let i = 0; i < 25000; i++) ul.append(card(4300000000 + i, TITLES[i % TITLES.length] + ' ' + i)); })();`))),
  insertion: built(li('endless'), listing(TITLES.map((t, i) => card(4400000000 + i, t)).join(''), script(`(() => { ${CARD_JS}
    const ul = document.querySelector('ul'); let next = 4400001000; const started = performance.now();
    window.__inserted = 0;
    const timer = setInterval(() => { for (let i = 0; i < 50; i++) ul.append(card(next++, TITLES[next % TITLES.length] + ' ' + next)); window.__inserted += 50; if (performance.now() - started > 10000) clearInterval(timer); }, 50);
  })();`))),
  // 1,000 cards, the page scrolled to the 800th as it loads: a pass badges 150, so the order shows.
  scrolled: built(li('scrolled'), listing(Array.from({ length: 1000 }, (_, i) => card(4600000000 + i, `${TITLES[i % TITLES.length]} ${i}`)).join(''),
    script(`(() => {
      document.querySelector('[data-entity-urn="urn:li:jobPosting:4600000800"]').scrollIntoView();
      // The order the card badges turn ready in (their hosts' state is all the page can see of them).
      window.__readyOrder = [];
      const seen = new Set();
      const note = (el) => { const id = el.getAttribute('data-skillshift-card-id'); if (el.getAttribute('data-skillshift-state') === 'ready' && id && !seen.has(id)) { seen.add(id); window.__readyOrder.push(Number(id) - 4600000000); } };
      new MutationObserver((records) => { for (const r of records) { if (r.type === 'attributes') note(r.target); for (const n of r.addedNodes) if (n.nodeType === 1 && n.hasAttribute('data-skillshift')) note(n); } })
        .observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-skillshift-state'] });
    })();`))),
  removal: built(li('removal'), listing(TITLES.map((t, i) => card(4500000000 + i, t)).join(''), script(`(() => {
    window.__removed = 0;
    new MutationObserver(() => { for (const el of document.querySelectorAll('[data-skillshift]')) { el.remove(); window.__removed++; } }).observe(document.body, { childList: true, subtree: true });
  })();`))),
};

const OVERRIDES = script(`(() => {
  Array.prototype.map = function () { return []; };
  Array.prototype.filter = function () { return []; };
  Array.from = () => [];
  JSON.parse = () => ({ hijacked: true });
  JSON.stringify = () => '"hijacked"';
  String.prototype.trim = function () { return 'HIJACKED'; };
  String.prototype.replace = function () { return 'HIJACKED'; };
  Object.defineProperty(Node.prototype, 'textContent', { get() { return 'HIJACKED'; }, configurable: true });
  Element.prototype.querySelectorAll = function () { return []; };
  Element.prototype.attachShadow = function () { throw new Error('hijacked'); };
  Promise.prototype.then = function () { return this; };
  window.MutationObserver = class { observe() {} disconnect() {} };
  window.setTimeout = () => 0;
  window.requestAnimationFrame = () => 0;
})();`);

/** Posts back every message it sees (bounded), and posts its own stream. */
const REPLAY = script(`(() => {
  window.__replayed = 0;
  window.addEventListener('message', (e) => { if (window.__replayed++ < 5000) window.postMessage(e.data, '*'); });
  let n = 0; const timer = setInterval(() => { window.postMessage({ type: 'hostile:' + n++ }, '*'); if (n > 100) clearInterval(timer); }, 20);
})();`);

const onPosting = (url: string, head: string): HostilePage => ({ url, file: 'generated', html: withHead(POSTING, TASKS + head) });

export const tricks = {
  /** The plain posting, for the figure the tricked pages should show too. */
  clean: onPosting(gh(20), ''),
  overrides: onPosting(gh(21), OVERRIDES),
  replay: onPosting(gh(22), REPLAY),
};

/** The page's long tasks after its own parsing, and the longest script of SkillShift's that Chromium attributes. */
export interface TaskFigures {
  longestAfterDcl: number;
  longestOurs: number | null;
  longTasks: number;
}

export const TASK_FIGURES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const from = nav ? nav.domContentLoadedEventEnd : 0;
  const after = window.__tasks.long.filter(([start]) => start >= from);
  const ours = window.__tasks.scripts.filter(([, , source]) => /extension:\\/\\//.test(source));
  return {
    longestAfterDcl: Math.round(Math.max(0, ...after.map(([, d]) => d))),
    longestOurs: ours.length ? Math.round(Math.max(...ours.map(([, d]) => d))) : null,
    longTasks: after.length,
  };
})()`;
