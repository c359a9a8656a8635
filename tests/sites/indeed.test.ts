import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { indeed } from '../../sites/indeed';
import { describeBoard } from './board';
import { domFromHtml, ownDocument } from './helpers';

describeBoard('indeed', indeed, {
  'jp-viewjob-jsonld.html: reads the description root with all its bullets':
    'JSON-LD matches the job on screen and wins; its description has 4 <li>, the DOM adds a 5th (業種 field)',
  'in-search-data-scientist-twopane.html: splits the text into sections': 'the whole description is three role names, with no heading',
  'uk-viewjob-initialdata-fragment.html: extracts the posting on screen':
    'the description was cut by its repo author to "test description", below the cascade\'s 40-character minimum',
});

describe('indeed (our fixture: two-pane search)', () => {
  const url = 'https://uk.indeed.com/jobs?q=warehouse&l=Leeds';
  const doc = ownDocument('indeed-style.html');
  const result = extractPosting(doc, url, indeed);

  it('reads the detail pane: title without its hidden suffix, company without its inline CSS', () => {
    expect(result.ok && result.source).toBe('site:indeed');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Stock Controller', company: 'Northern Parcels Ltd', location: 'Leeds LS11', language: 'en' });
    expect(result.posting.sections.map((s) => s.kind)).toEqual(['responsibilities', 'requirements']);
  });

  it('takes the job id from the detail pane when the URL has none', () => {
    expect(indeed.extractPosting(doc, new URL(url))?.jobId).toBe('aa11bb22cc33dd44');
    expect(indeed.extractPosting(doc, new URL(`${url}&vjk=ee55ff66aa77bb88`))?.jobId).toBe('ee55ff66aa77bb88');
  });

  it('finds the cards, deduplicated by data-jk', () => {
    expect(indeed.findCards(doc, new URL(url)).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['aa11bb22cc33dd44', 'Stock Controller', 'Northern Parcels Ltd', 'Leeds LS11'],
      ['ee55ff66aa77bb88', 'Forklift Driver', 'Dale Freight', 'Bradford BD4'],
    ]);
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
