import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { pageHead } from '../../engine/extract/head';
import { isListingHeading, locate, pageHeading, paneHeading } from '../../engine/extract/job-heading';
import { domFromHtml } from '../sites/helpers';

const DUTIES = `<h3>Responsibilities</h3><ul><li>Build and maintain the data pipelines that feed our reporting</li>
  <li>Work with analysts to model the warehouse tables they need</li><li>Review pull requests and mentor junior engineers</li></ul>
  <h3>Requirements</h3><ul><li>Three years of experience with SQL and Python</li><li>Experience with an orchestration tool</li></ul>`;

/** A search page: the list of jobs on the left, the first job open on the right. */
function twoPane(listHeading: string): Document {
  const card = (id: number, title: string): string =>
    `<li class="card"><a href="/jobs/view/${id}"><h3>${title}</h3></a><span>Acme Corp</span><span>Remote</span></li>`;
  return domFromHtml(`<html><head><title>${listHeading} | Board</title></head><body>
    <div class="left"><h1>${listHeading}</h1><ul>${card(1, 'Data Engineer')}${card(2, 'Data Analyst')}${card(3, 'ML Engineer')}</ul></div>
    <div class="right"><div class="top"><h2 class="visually-hidden">Job details</h2><h2>Data Engineer<span class="visually-hidden"> - job post</span></h2>
      <a class="company-name" href="/company/acme">Acme Corp</a></div>
      <div class="body"><h2>Full job description</h2><div id="desc">${DUTIES}</div></div></div></body></html>`);
}

describe('the heading of the job on screen, on a site no adapter knows', () => {
  it.each(['4,030 Data scientist jobs in India', '5,025,000+ Jobs in United States', 'jobs in Georgetown, GA', 'Frontend jobs in Egypt, AR'])(
    '"%s" is a listing heading',
    (text) => expect(isListingHeading(text)).toBe(true),
  );
  it.each(['Data Engineer', 'Jobs Coordinator', 'Head of Jobs Marketplace', 'Senior Engineer, 3D Graphics'])('"%s" is none', (text) =>
    expect(isListingHeading(text)).toBe(false),
  );

  it("takes the open job's heading in the pane beside the list, not the list's h1, with its employer", () => {
    const doc = twoPane('3 Data jobs in Remote');
    expect(pageHeading(doc)).toBeNull();
    expect(paneHeading(doc, doc.getElementById('desc')!)?.text).toBe('Data Engineer');
    const r = extractPosting(doc, 'https://jobs.example.net/search?q=data', null);
    if (!r.ok) throw new Error(r.reason);
    expect([r.posting.title, r.posting.company]).toEqual(['Data Engineer', 'Acme Corp']);
  });

  it("reads a list's later h1s as no title (the description's own 'Join our team'), drops text the page's styles clip, and reads a name beside its inline <style>", () => {
    const doc = domFromHtml(`<html><head><style>.x1{border:0;clip:rect(0 0 0 0);position:absolute;inline-size:1px}</style></head><body>
      <div class="left"><h1>Python jobs in Remote</h1><ul>${[1, 2, 3].map((i) => `<li><a href="/jobs/${i}"><h3>Job ${i}</h3></a><span>Co ${i}</span></li>`).join('')}</ul></div>
      <div class="right"><div class="head"><h2>Research Scientist<span class="x1"> - job post</span></h2>
        <div data-testid="header-companyName"><span><style>.y{color:red}</style><a href="/cmp/humana">Humana</a></span></div></div>
      <div id="desc"><h1>Become a part of our caring community</h1>${DUTIES}</div></div></body></html>`);
    expect(pageHeading(doc)).toBeNull();
    const r = extractPosting(doc, 'https://jobs.example.net/search?q=python', null);
    if (!r.ok) throw new Error(r.reason);
    expect([r.posting.title, r.posting.company]).toEqual(['Research Scientist', 'Humana']);
  });

  it('refuses a list of jobs with none open, though a featured snippet names duties and requirements', () => {
    const para = 'Thousands of employers post their openings here every week, and new roles arrive every morning. ';
    const doc = domFromHtml(`<html><head><title>Data jobs in Leeds</title></head><body><h1>120 Data jobs in Leeds</h1>
      <ul>${[1, 2, 3].map((i) => `<li class="card"><a href="/jobs/${i}"><h3>Data role ${i}</h3></a><span>Co ${i}</span></li>`).join('')}</ul>
      <article><p>${para.repeat(4)}</p><div id="desc">${DUTIES}</div></article></body></html>`);
    const cards = Array.from(doc.querySelectorAll('.card'));
    expect(extractPosting(doc, 'https://jobs.example.net/search?q=data', null, { cards })).toMatchObject({ ok: false, kind: 'none' });
    // The same list with the first job open beside it is read.
    expect(extractPosting(twoPane('3 Data jobs in Remote'), 'https://jobs.example.net/search?q=data', null).ok).toBe(true);
  });

  /** A two-pane search whose open job's title is a marked <span>, with the recruiter's line below its description. */
  const zhPane = (recruiter: string): Document =>
    domFromHtml(`<html><head><title>「北京招聘」-北京人才招聘信息 - 某直聘</title></head><body>
      <ul>${[1, 2, 3].map((i) => `<li class="job-card"><div class="job-title"><a class="job-name" href="/job/${i}">店员 ${i}</a></div><span class="boss-name">某公司 ${i}</span></li>`).join('')}</ul>
      <div class="detail"><div class="job-title-box"><span class="job-name">营业员兼收银导购</span><span class="salary">8-10K</span></div>
        <h3 class="title">职位描述</h3><div id="desc"><p>${'We run a busy chain of stores and this role keeps one of them running well every day. '.repeat(3)}</p>${DUTIES}</div>
        <div class="boss"><h2 class="name">鞠先生</h2><div class="boss-attr"> ${recruiter} </div></div></div></body></html>`);
  const read = (doc: Document): [string, string | null] => {
    const r = extractPosting(doc, 'https://jobs.example.cn/search', null, { cards: Array.from(doc.querySelectorAll('.job-card')) });
    if (!r.ok) throw new Error(r.reason);
    return [r.posting.title, r.posting.company];
  };

  it("takes a pane's title that is no heading but marked as one (class, test id, role), not the marked box around it, and the employer of the recruiter beside it", () => {
    const doc = zhPane('山东某某企业管理 · 招聘者');
    expect(paneHeading(doc, doc.getElementById('desc')!, Array.from(doc.querySelectorAll('.job-card')))?.text).toBe('营业员兼收银导购');
    expect(read(doc)).toEqual(['营业员兼收银导购', '山东某某企业管理']);
  });

  it("takes no recruiter's own name for the employer", () => {
    expect(read(zhPane('鞠先生 · 人事'))).toEqual(['营业员兼收银导购', null]);
    expect(read(zhPane('Jane Doe · Recruiter'))).toEqual(['营业员兼收银导购', null]);
  });

  it('finds no pane on a page of one posting: its section headings are no title', () => {
    const doc = domFromHtml(`<html><body><div><h2>About the job</h2><h2>Application status</h2><div id="desc">${DUTIES}</div></div></body></html>`);
    expect(paneHeading(doc, doc.getElementById('desc')!)).toBeNull();
  });

  it('skips an h1 in a cookie banner, a dialog or the site logo, and keeps a job title with a section word in it', () => {
    const doc = domFromHtml(`<html><head><title>Night Shift Lead - Jobs at Board - Board</title></head><body>
      <a href="/"><h1>Board</h1></a><div class="cookie-consent"><h1>We respect your privacy</h1></div>
      <div role="dialog"><h1>Sign in</h1></div><main><h1>Night Shift Lead</h1></main></body></html>`);
    expect(pageHeading(doc)?.text).toBe('Night Shift Lead');
    expect(pageHeading(domFromHtml('<html><body><a href="https://www.board.example/"><h1>Board</h1></a></body></html>'))).toBeNull();
  });

  it('reads "<job> | <company> | <site>" from the page title when no h1 names the job', () => {
    const doc = domFromHtml('<html><head><title>Graduate Data Engineer | Flow Traders | LinkedIn</title></head><body><h2>Application status</h2></body></html>');
    expect(pageHead(doc, 'Graduate Data Engineer | Flow Traders', 'www.linkedin.com')).toEqual({ title: 'Graduate Data Engineer', company: 'Flow Traders' });
  });

  it('locates the block a copy of the page was read from', () => {
    const doc = twoPane('3 Data jobs in Remote');
    const copy = doc.getElementById('desc')!.cloneNode(true) as Element;
    expect(locate(doc, copy)?.id).toBe('desc');
  });
});
