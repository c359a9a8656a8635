import { describe, expect, it } from 'vitest';
import { indeed } from '../../sites/indeed';
import { domFromHtml } from './helpers';

describe('indeed (shells, domains)', () => {
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
