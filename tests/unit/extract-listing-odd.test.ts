// Listings no adapter knows whose cards are not all alike: a word in bold in some titles, a selected card, a card
// that is its link, an ad among them, headings over lists, a second short list, an employer's only opening.
import { describe, expect, it } from 'vitest';
import { genericCards } from '../../engine/extract/listing';
import { domFromHtml } from '../sites/helpers';

const page = (body: string): Document => domFromHtml(`<html><body>${body}</body></html>`);
const titles = (doc: Document, url = 'https://board.example/search?q=engineer'): string[] => genericCards(doc, url).map((c) => c.title);

describe('genericCards: cards unlike their neighbours', () => {
  it('keeps a card whose title has no word in bold beside those whose titles do ("Backend <b>Software</b> Engineer")', () => {
    const card = (id: string, title: string) => `<div class="jobsearch-SerpJobCard row result"><h2 class="title"><a href="/rc/clk?jk=${id}">${title}</a></h2><span>Acme · Leeds</span></div>`;
    const doc = page(card('1', '<b>Software</b> <b>Engineer</b>') + card('2', 'Entry Level Developer') + card('3', 'Backend <b>Software</b> Engineer'));
    expect(titles(doc)).toEqual(['Software Engineer', 'Entry Level Developer', 'Backend Software Engineer']);
  });

  it('keeps the selected card, whose link covers it and is titled by the heading beside it', () => {
    const card = (id: string, title: string, state = '') =>
      `<li><div class="base-card job-card ${state}"><a class="full-link" href="/jobs/view/${id}"><span class="sr-only">${title}</span></a><h3>${title}</h3><h4>Acme</h4><span>Leeds</span></div></li>`;
    const doc = page(`<ul>${card('1', 'Welder')}${card('2', 'Baker', 'job-card--active')}${card('3', 'Driver')}${card('4', 'Nurse')}</ul>`);
    expect(titles(doc)).toEqual(['Welder', 'Baker', 'Driver', 'Nurse']);
  });

  it("takes an item of the list whose link is the card itself, in page order, not a promoted ad leading elsewhere", () => {
    const card = (id: string, title: string) => `<li><div class="base-card"><a class="full" href="/jobs/view/${id}"><span>${title}</span></a><h3>${title}</h3><p>Acme · Leeds</p></div></li>`;
    const itself = (id: string, title: string) => `<li><a class="base-card" href="/jobs/view/${id}"><div><h3>${title}</h3><p>Acme · York</p></div></a></li>`;
    const ad = `<li><a href="/listing_ads/11/click?pk=1"><div><h3>Remote Tech Jobs Paying $250k</h3><p>Promoted by Metana</p></div></a></li>`;
    const doc = page(`<ul>${card('1', 'Welder')}${itself('2', 'Baker')}${card('3', 'Driver')}${ad}${card('4', 'Nurse')}</ul>`);
    expect(genericCards(doc, 'https://board.example/jobs/search').map((c) => [c.id, c.title])).toEqual([
      ['/jobs/view/1', 'Welder'],
      ['/jobs/view/2', 'Baker'],
      ['/jobs/view/3', 'Driver'],
      ['/jobs/view/4', 'Nurse'],
    ]);
  });

  it("makes no card of a category's heading over its list of jobs", () => {
    const card = (id: string, title: string) => `<li><a href="/remote-jobs/${id}"><h4>${title}</h4><p>Acme · Anywhere</p></a></li>`;
    const section = (name: string, ids: string[]) =>
      `<section class="jobs"><article><h2><a href="/categories/remote-${name}-jobs">${name} Jobs</a><span>Latest post 2 hours ago</span></h2><ul>${ids.map((id) => card(id, `${name} lead ${id}`)).join('')}</ul></article></section>`;
    const doc = page(section('Design', ['1', '2', '3']) + section('Product', ['4', '5', '6']) + section('Sales', ['7', '8', '9']));
    const cards = genericCards(doc, 'https://board.example/');
    expect(cards.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((id) => `/remote-jobs/${id}`));
  });

  it('takes the cards of a second, short list alike to the first ("2 more jobs that may fit you")', () => {
    const card = (id: string, title: string) => `<article class="res-4cwuay" id="job-item-${id}"><h2><a href="/stellenangebote--${id}">${title}</a></h2><span>Bonn</span></article>`;
    const doc = page(
      `<div class="res-1phu4ax"><div class="res-kyg8or">${card('1', 'Welder')}${card('2', 'Baker')}${card('3', 'Driver')}</div></div>` +
        `<h4>Noch nichts dabei?</h4><div class="res-1in2hzr"><div class="res-kyg8or">${card('4', 'Nurse')}${card('5', 'Tiler')}</div></div>`,
    );
    expect(titles(doc, 'https://board.example/jobs/bonn')).toEqual(['Welder', 'Baker', 'Driver', 'Nurse', 'Tiler']);
  });

  it("finds an employer's only opening, in the item its markup calls a job's, not a posting's Apply button", () => {
    const only = page(`<div class="jobs-list"><div class="row job-listing-job-item"><div class="job-title-column"><span class="job-item-title">
      <a href="/Recruiting/Jobs/Details/3672229">Senior Vice President, CMC</a></span></div><div class="location-column">San Diego, CA</div></div></div>`);
    const cards = genericCards(only, 'https://recruiting.example/Recruiting/Jobs/All/anaptys');
    expect(cards.map((c) => [c.id, c.title, c.element.className])).toEqual([['/Recruiting/Jobs/Details/3672229', 'Senior Vice President, CMC', 'row job-listing-job-item']]);
    const posting = page(`<div class="jobDisplayShell"><div class="jobDisplay"><div class="content"><div class="jobTitle"><div class="applylink">
      <a href="/talentcommunity/apply/1267807900/">Apply »</a></div></div><h1>Executive Secretary II</h1><p>${'Provides secretarial support to the director. '.repeat(20)}</p></div></div></div>`);
    expect(genericCards(posting, 'https://careers.example/job/Springfield-Executive-Secretary-II/1267807900/')).toEqual([]);
  });
});
