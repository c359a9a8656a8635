import { describe, expect, it } from 'vitest';
import { indeed } from '../../sites/indeed';
import { describeBoard, describeOwnPages } from './board';
import { domFromHtml, ownDocument } from './helpers';

describeBoard('indeed', indeed, {
  'jp-viewjob-jsonld.html: reads the description root with all its bullets':
    'JSON-LD matches the job on screen and wins; its description has 4 <li>, the DOM adds a 5th (業種 field)',
  'in-search-data-scientist-twopane.html: splits the text into sections': 'the whole description is three role names, with no heading',
  'uk-viewjob-initialdata-fragment.html: extracts the posting on screen':
    'the description was cut by its repo author to "test description", below the cascade\'s 40-character minimum',
});

const SEARCH = 'https://uk.indeed.com/jobs?q=warehouse&l=Leeds';

describeOwnPages(indeed, [
  {
    file: 'indeed-style.html',
    url: SEARCH,
    what: 'two-pane search: the title without its hidden suffix, the company without its inline CSS, cards once per data-jk',
    source: 'site:indeed',
    posting: { title: 'Stock Controller', company: 'Northern Parcels Ltd', location: 'Leeds LS11', language: 'en' },
    kinds: ['responsibilities', 'requirements'],
    jobId: 'aa11bb22cc33dd44',
    cards: [
      ['aa11bb22cc33dd44', 'Stock Controller', 'Northern Parcels Ltd', 'Leeds LS11'],
      ['ee55ff66aa77bb88', 'Forklift Driver', 'Dale Freight', 'Bradford BD4'],
    ],
  },
]);

describe('indeed (job ids, shells, domains)', () => {
  it('takes the job id from the URL when it names one', () => {
    expect(indeed.extractPosting(ownDocument('indeed-style.html'), new URL(`${SEARCH}&vjk=ee55ff66aa77bb88`))?.jobId).toBe('ee55ff66aa77bb88');
  });

  it('reads a viewjob shell from window._initialData as data, sanitised', () => {
    const shell = domFromHtml(`<script>window._initialData={"jobInfoWrapperModel":{"jobInfoModel":{"jobInfoHeaderModel":
      {"jobTitle":"Night Porter","companyName":"Harbour Hotel","formattedLocation":"Hull"},
      "sanitizedJobDescription":"<p onclick=\\"steal()\\">Greet late guests, take phone bookings and patrol the building at night.</p><img src=x>"}}};</script>`);
    const posting = indeed.extractPosting(shell, new URL('https://uk.indeed.com/viewjob?jk=0123456789abcdef'));
    expect(posting).toMatchObject({ jobId: '0123456789abcdef', title: 'Night Porter', company: 'Harbour Hotel', location: 'Hull' });
    expect(posting?.description?.innerHTML).not.toMatch(/onclick|<img/);
  });

  it('accepts national domains and rejects look-alikes', () => {
    expect(indeed.test(new URL('https://www.indeed.co.in/jobs?q=x'))).toBe(true);
    expect(indeed.test(new URL('https://indeed.com.evil.example/viewjob?jk=1'))).toBe(false);
    expect(indeed.test(new URL('https://notindeed.com/jobs'))).toBe(false);
  });
});
