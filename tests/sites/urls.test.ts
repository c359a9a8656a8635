import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '../../sites/registry';

// Refined GitHub's URL test: every adapter accepts its own examples and rejects everyone else's.
describe('adapter URL detection', () => {
  for (const adapter of adapters) {
    describe(adapter.id, () => {
      for (const url of adapter.exampleUrls) {
        it(`accepts ${url}`, () => {
          expect(adapter.test(new URL(url))).toBe(true);
          expect(adapterFor(url)?.id).toBe(adapter.id);
        });
      }
      for (const other of adapters.filter((a) => a !== adapter)) {
        for (const url of other.exampleUrls) {
          it(`rejects ${other.id}'s ${url}`, () => expect(adapter.test(new URL(url))).toBe(false));
        }
      }
    });
  }

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/someone/',
    'https://linkedin.com.evil.example/jobs/view/1/',
    'https://www.greenhouse.io/careers',
    'https://greenhouse.io.evil.example/acme/jobs/1',
    'https://indeed.com.evil.example/viewjob?jk=1',
    'https://jobs.lever.co.evil.example/acme',
    'https://myworkdayjobs.com.evil.example/Ext',
    'https://www.reed.co.uk/courses/',
    'https://www.ashbyhq.com/customers',
    'https://app.breezy.hr/app/c/lanternfish/positions',
    'https://breezy.hr/pricing',
    'https://app.recruitee.com/#/dashboard',
    'https://recruitee.com/o/not-a-company',
    'https://lanternfish.bamboohr.com/home',
    'https://lanternfish.bamboohr.com/employees/employee.php?id=1',
    'https://lanternfish.applytojob.com/login',
    'https://wellfound.com/u/someone',
    'https://www.naukri.com/mnjuser/profile',
    'https://bj.58.com/ershoufang/12345678901234x.shtml',
    'https://bj.58.com/chuzu/',
    'not a url',
    '',
  ])('rejects %s', (url) => expect(adapterFor(url)).toBeNull());
});
