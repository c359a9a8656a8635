import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { extractPosting } from '../../engine/extract';
import { pageDataPosting } from '../../engine/extract/page-data';
import { domFromHtml } from '../sites/helpers';

const DUTIES = '<h3>What you will do</h3><ul><li>Weld steel frames for farm machines</li><li>Read drawings and check each weld</li></ul>';
const shell = (script: string): Document => domFromHtml(`<html><head><title>Careers</title></head><body><div id="root"></div>${script}</body></html>`);
const nextData = (data: unknown): string => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;

describe('the job in a shell page\'s script data (a site no adapter knows)', () => {
  it('reads the job a script assigns, its title and employer from the objects around its description', () => {
    const data = { page: { header: { jobTitle: 'Welder', companyName: 'Northwind Forge' }, body: { sanitizedJobDescription: DUTIES, order: [] } } };
    const doc = shell(`<script>window._state = ${JSON.stringify(data)};</script>`);
    const r = extractPosting(doc, 'https://careers.northwind.example/jobs/12', null, { pageData: pageDataPosting });
    if (!r.ok) throw new Error(r.reason);
    expect([r.source, r.posting.title, r.posting.company]).toEqual(['page-data', 'Welder', 'Northwind Forge']);
    expect(r.posting.sections.find((s) => s.kind === 'responsibilities')?.lines).toEqual(['Weld steel frames for farm machines', 'Read drawings and check each weld']);
  });

  it('reads a JSON script (Next.js) whose job object names its employment type', () => {
    const doc = shell(nextData({ props: { pageProps: { job: { title: 'Welder', descriptionHtml: DUTIES, employmentType: 'FULL_TIME', company: { name: 'Northwind Forge' } } } } }));
    expect(pageDataPosting(doc)).toMatchObject({ title: 'Welder', company: 'Northwind Forge' });
  });

  it('finds no job in a story\'s data, a list of jobs\' data, or a script that is no JSON', () => {
    const story = { props: { pageProps: { post: { title: 'A weeknight tomato soup', description: '<p>This soup takes twenty minutes.</p>' } } } };
    expect(pageDataPosting(shell(nextData(story)))).toBeNull();
    const jobs = { jobs: [1, 2, 3].map((i) => ({ jobId: i, title: `Welder ${i}`, description: DUTIES })) };
    expect(pageDataPosting(shell(nextData(jobs)))).toBeNull();
    expect(pageDataPosting(shell('<script>window.x = {broken: </script>'))).toBeNull();
    expect(extractPosting(shell(nextData(jobs)), 'https://careers.northwind.example/jobs', null, { pageData: pageDataPosting })).toMatchObject({ ok: false });
  });

  it('is read by the whole-page analysis (the CLI), not by the reading the extension does on a live page', () => {
    const doc = shell(nextData({ props: { pageProps: { job: { title: 'Welder', descriptionHtml: DUTIES, employmentType: 'FULL_TIME' } } } }));
    expect(extractPosting(doc, 'https://careers.northwind.example/jobs/12', null)).toMatchObject({ ok: false });
    const analysis = analyzeDocument(doc, 'https://careers.northwind.example/jobs/12', null);
    expect([analysis.source, analysis.posting?.title, analysis.tasks.length]).toEqual(['page-data', 'Welder', 2]);
  });
});
