import { describe, expect, it } from 'vitest';
import { genericCards } from '../../engine/extract/listing';
import { adapterFor } from '../../sites/registry';
import { collapse, domFromHtml, hasShared, ownDocument, sharedDocument, sharedPages, type PageEntry } from '../sites/helpers';

describe('genericCards (a listing no adapter knows)', () => {
  it('finds each job once, in page order, with its card and title element; not menus, places, "Apply" or company links', () => {
    const cards = genericCards(ownDocument('generic-listing-style.html'), 'https://lanternfish.example/careers');
    expect(cards.map((c) => [c.id, c.title])).toEqual([
      ['/careers/4412-customer-support-specialist', 'Customer Support Specialist'],
      ['/careers/4420-bookkeeper', 'Bookkeeper'],
      ['/careers/4431-data-engineer', 'Data Engineer'],
      ['/careers/4435-site-reliability-engineer', 'Site Reliability Engineer'],
    ]);
    for (const card of cards) {
      expect(card.element.tagName).toBe('LI');
      expect(card.element.contains(card.titleElement!)).toBe(true);
      expect(collapse(card.titleElement!.textContent)).toBe(card.title);
    }
  });

  it('makes no cards of a news page whose stories name jobs and careers, nor of an article', () => {
    expect(genericCards(ownDocument('generic-news-style.html'), 'https://gazette.example/')).toEqual([]);
    expect(genericCards(ownDocument('not-a-job.html'), 'https://kitchen.example/soup')).toEqual([]);
  });

  it("finds cards whose classes differ one from the next (an id, a state), not the links of a box the page keeps hidden", () => {
    const card = (id: string, title: string, state: string) => `<li class="card job_${id} ${state}"><h2 class="title ${state ? `title-${state}` : ''}">
      <a href="/rc/clk?jk=${id}">${title}</a></h2><span>Northwind</span> <span>Leeds</span></li>`;
    const doc = domFromHtml(`<html><body><div style="display:none"><ul>${['leeds', 'york', 'hull', 'bath'].map((c) => `<li><h3><a href="https://jobs.example/${c}">${c}</a></h3> jobs</li>`).join('')}</ul></div>
      <ul>${card('0bb0c8', 'Welder', 'sponsored')}${card('43fb72', 'Baker', '')}${card('d3d9f6', 'Driver', 'newJob')}${card('9a1e2f', 'Nurse', 'active')}</ul></body></html>`);
    expect(genericCards(doc, 'https://board.example/jobs?q=x').map((c) => [c.id, c.title])).toEqual([
      ['/rc/clk?jk=0bb0c8', 'Welder'],
      ['/rc/clk?jk=43fb72', 'Baker'],
      ['/rc/clk?jk=d3d9f6', 'Driver'],
      ['/rc/clk?jk=9a1e2f', 'Nurse'],
    ]);
  });

  it('reads a title as the eye sees it: not its screen-reader copy, and whole when cut short on screen', () => {
    const card = (id: string, title: string, shown = title) => `<li><h3><a href="/jobs/view/${id}" title="${title}"><span aria-hidden="true">${shown}</span>
      <span class="visually-hidden">${title} with verification</span></a></h3><p>Northwind · Leeds</p></li>`;
    const doc = domFromHtml(`<html><body><ul>${card('1', 'Welder')}${card('2', '互联网大数据研发工程师/高级工程师', '互联网大数据研发工程师/高级...')}${card('3', 'Driver')}</ul></body></html>`);
    expect(genericCards(doc, 'https://board.example/search').map((c) => c.title)).toEqual(['Welder', '互联网大数据研发工程师/高级工程师', 'Driver']);
  });

  it("reads a link over a whole card by its first line, without the badge in it; a link to the employer's page is no card", () => {
    const card = (id: string, title: string) => `<li class="job-card"><a href="/careers/?gh_jid=${id}"><p>${title}<span class="tag-container"><span>New</span></span></p>
      <p>San Diego, CA</p></a><a href="/company/${id}/">Mirador</a></li>`;
    const doc = domFromHtml(`<html><body><ul>${card('51', 'Senior Manager, CMC')}${card('52', 'Director, Program Management')}${card('53', 'Scientist II')}</ul></body></html>`);
    const cards = genericCards(doc, 'https://miradortx.example/careers/');
    expect(cards.map((c) => [c.id, c.title])).toEqual([
      ['/careers/?gh_jid=51', 'Senior Manager, CMC'],
      ['/careers/?gh_jid=52', 'Director, Program Management'],
      ['/careers/?gh_jid=53', 'Scientist II'],
    ]);
    expect(cards.map((c) => c.titleElement?.tagName)).toEqual(['P', 'P', 'P']);
  });

  it('keeps a card whose link starts with an inline <style> (emotion CSS in the first card only) in its list', () => {
    const card = (id: string, title: string, style = '') => `<li><h2><a href="/stellenangebote--${id}">${style}<div>${title}</div></a></h2><span>Bonn</span></li>`;
    const doc = domFromHtml(`<html><body><ul>${card('1', 'Welder', '<style>.res-1{margin:0}</style>')}${card('2', 'Baker')}${card('3', 'Driver')}</ul></body></html>`);
    expect(genericCards(doc, 'https://board.example/jobs').map((c) => c.title)).toEqual(['Welder', 'Baker', 'Driver']);
  });

  it("keeps a recruiter's long title (25 words) as a card's title", () => {
    const long = 'Senior Software Engineer (Golang/Python) | Drug discovery Platform | Fully Remote, EU | Base Salary Up to £110,000, plus early equity and benefits';
    const card = (id: string, title: string) => `<li><h3><a href="/jobs/view/${id}">${title}</a></h3><p>Owen Thomas · Remote</p></li>`;
    const doc = domFromHtml(`<html><body><ul>${card('1', 'Welder')}${card('2', long)}${card('3', 'Driver')}</ul></body></html>`);
    expect(genericCards(doc, 'https://board.example/search').map((c) => c.title)).toEqual(['Welder', long, 'Driver']);
  });

  it('finds the jobs of links whose paths say so in a compound or in Portuguese and Japanese ("/jobdetail/", "/emprego/", "/kyujin/"), not their employers\' links', () => {
    const card = (href: string, title: string, company: string) => `<li class="item"><div class="info"><a class="info__name" href="${href}">${title}</a><p>8-15K · 上海</p></div><a class="co" href="/companydetail/${title.length}.htm">${company}</a></li>`;
    const doc = domFromHtml(`<html><body><ul>${card('/jobdetail/CC1209.htm', 'Java开发工程师', '北京某某科技有限公司')}${card('/jobdetail/CC1210.htm', '销售代表', '上海某某贸易有限公司')}${card('/jobdetail/CC1213.htm', '行政专员', '广州某某物业有限公司')}</ul></body></html>`);
    expect(genericCards(doc, 'https://www.board.example/sou/kw01').map((c) => [c.id, c.title])).toEqual([['/jobdetail/CC1209.htm', 'Java开发工程师'], ['/jobdetail/CC1210.htm', '销售代表'], ['/jobdetail/CC1213.htm', '行政专员']]);
    const list = (path: string, titles: string[]) => domFromHtml(`<html><body><ul>${titles.map((t, i) => `<li><h2><a href="/${path}/${5501 + i}/">${t}</a></h2><p>Lisboa · 時給1,200円</p></li>`).join('')}</ul></body></html>`);
    expect(genericCards(list('emprego', ['Cozinheiro/a', 'Ajudante de Cozinha', 'Chefe de Partida']), 'https://board.example/pesquisa?q=cozinha').map((c) => c.title)).toEqual(['Cozinheiro/a', 'Ajudante de Cozinha', 'Chefe de Partida']);
    expect(genericCards(list('kyujin', ['介護スタッフ', '調理補助', '清掃スタッフ']), 'https://board.example/search?area=tokyo').map((c) => c.title)).toEqual(['介護スタッフ', '調理補助', '清掃スタッフ']);
  });

  it('gives no cards for a page without a URL it can read', () => {
    expect(genericCards(ownDocument('generic-listing-style.html'), 'not a url')).toEqual([]);
  });
});

// Saved listings of boards without an adapter: company career sites (Radancy, Next.js, custom), job boards in
// Italian, Georgian and Chinese, a 2020 Monster fragment. Each one's cards, as pages.json counts them.
const KNOWN: Record<string, string> = {
  'campus-listing-debug.html': 'each row links the job twice, company first: the card reads the company as its title',
};

function readsAll(page: PageEntry): void {
  const cards = genericCards(sharedDocument(page), page.url.replace(/<[^>]*>/g, 'x'));
  expect(cards.length).toBe(page.cards);
  expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  if (!KNOWN[page.file]) expect(cards.slice(0, 3).map((c) => c.title)).toEqual(page.first_titles ?? []);
}

// Boards SkillShift has adapters for, their listings read as if it knew none: markup it was not written against.
const AS_UNKNOWN = [
  'ashby/talentdisruptors-board.html',
  'glassdoor/legacy-2020-react-job-listing-fragment.html',
  'glassdoor/in-search-data-scientist-twopane.html',
  'greenhouse/embed-job-board-mirador.html',
  'zhipin/beijing-jobs-listing.html',
  '51job/search-chengdu-bigdata-legacy.html',
  'indeed/eg-search-frontend-twopane.html',
  'indeed/hk-search-software-engineer-2023.html',
  'indeed/in-search-data-scientist-twopane.html',
  'indeed/us-search-georgetown-ga.html',
  'indeed/us-search-python-remote-2026-twopane.html',
  'lagou/category-shujuwajue-listing.html',
  'lever/iterative-board.html',
  'lever/januxrx-board.html',
  'linkedin/guest-search-cards-fragment-10.html',
  'linkedin/guest-seo-search-data-engineer-ny.html',
  'linkedin/guest-seo-search-it-support-intern-remote.html',
  'linkedin/guest-seo-search-zero-results-morocco.html',
  'linkedin/loggedin-search-data-analyst.html',
  'linkedin/loggedin-search-ny-software-engineer.html',
  'stepstone/de-search-werkstudent-ai-engineer.html',
  'totaljobs/uk-search-sponsorship-p3-a.html',
  'workday/autodesk-ext-listing-rendered-dom.html',
];

describe.skipIf(!hasShared)('genericCards on saved listings of boards it has adapters for, read without them', () => {
  for (const path of AS_UNKNOWN) {
    const [board, file] = path.split('/') as [string, string];
    it(`${path}: every card, the first titles as shown`, () => {
      const page = sharedPages(board).find((p) => p.file === file);
      expect(page, path).toBeDefined();
      readsAll(page!);
    });
  }
});

describe.skipIf(!hasShared)('genericCards on saved listings of boards no adapter knows', () => {
  const pages = hasShared ? sharedPages().filter((p) => p.kind === 'listing' && !p.url_guessed && !adapterFor(p.url)) : [];
  const guessed = hasShared ? sharedPages().filter((p) => p.kind === 'listing' && p.url_guessed && !adapterFor(p.url.replace(/<[^>]*>/g, 'x'))) : [];
  it('has such pages to read', () => expect(pages.length + guessed.length).toBeGreaterThanOrEqual(9));
  for (const page of [...pages, ...guessed]) {
    it(`${page.board}/${page.file}: all ${page.cards} cards, the first titles as shown`, () => readsAll(page));
  }
});
