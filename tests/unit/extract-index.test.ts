import { describe, expect, it } from 'vitest';
import { detectLanguage, extractPosting } from '../../engine/extract';
import { greenhouse } from '../../sites/greenhouse';
import { linkedin } from '../../sites/linkedin';
import { domFromHtml, ownDocument } from '../sites/helpers';

describe('extractPosting cascade', () => {
  it('reads a JSON-LD-only page without an adapter', () => {
    const r = extractPosting(ownDocument('jsonld-only.html'), 'https://careers.northwind.example/jobs/123', null);
    expect(r.ok && r.source).toBe('json-ld');
    if (!r.ok) return;
    expect(r.posting).toMatchObject({ title: 'Customer Support Specialist', company: 'Northwind Traders', location: 'Leeds, GB', language: 'en' });
    expect(r.posting.sections.map((s) => s.kind)).toEqual(['other', 'responsibilities', 'requirements']);
  });

  it('reads a Chinese JSON-LD posting (岗位职责 / 任职要求)', () => {
    const r = extractPosting(ownDocument('jsonld-zh.html'), 'https://jobs.example.cn/1', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting).toMatchObject({ title: '数据分析师', company: '示例科技有限公司', location: '杭州, 浙江, CN', language: 'zh' });
    expect(r.posting.sections.map((s) => [s.heading, s.kind, s.lines.length])).toEqual([
      ['岗位职责', 'responsibilities', 3],
      ['任职要求', 'requirements', 3],
    ]);
    expect(r.posting.sections[0]?.lines[0]).toBe('负责业务数据的收集、清洗与分析；');
  });

  it("ignores JSON-LD of another job and falls back to the adapter's fields", () => {
    const doc = ownDocument('linkedin-style.html');
    const r = extractPosting(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001', linkedin);
    expect(r.ok && r.source).toBe('site:linkedin');
    const other = extractPosting(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=4100000099', linkedin);
    expect(other.ok && other.source).toBe('json-ld');
    if (other.ok) expect(other.posting.company).toBe('Gamma Depot');
  });

  it("prefers JSON-LD text but takes the adapter's title and company when JSON-LD lacks them", () => {
    const doc = domFromHtml(`<html><head><title>Job Application for Baker at Crumbs</title>
      <script type="application/ld+json">{"@type":"JobPosting","description":"<p>Responsibilities</p><ul><li>Bake bread before dawn every day</li><li>Keep the ovens clean</li></ul>"}</script></head>
      <body><div class="job__title"><h1>Baker</h1></div><div class="job__description"><p>Other text entirely, a long paragraph here.</p></div></body></html>`);
    const r = extractPosting(doc, 'https://job-boards.greenhouse.io/crumbs/jobs/77', greenhouse);
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('json-ld');
    expect(r.posting).toMatchObject({ title: 'Baker', company: 'Crumbs' });
    expect(r.posting.sections[0]?.lines).toEqual(['Bake bread before dawn every day', 'Keep the ovens clean']);
  });

  it('falls back to Readability on a copy of the adapter container, leaving the page untouched', () => {
    const para = 'You will weld steel frames for agricultural machines in our workshop, following drawings. ';
    const doc = domFromHtml(`<html><body><div class="job__title"><h1>Welder</h1></div>
      <div class="job__description"><div aria-hidden="true"><p>${para.repeat(5)}</p><p>${para.repeat(4)}</p></div></div></body></html>`);
    const before = doc.body.innerHTML;
    const r = extractPosting(doc, 'https://job-boards.greenhouse.io/x/jobs/1', greenhouse);
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('readability');
    expect(r.posting.title).toBe('Welder');
    expect(r.posting.sections.flatMap((s) => s.lines).join(' ')).toContain('weld steel frames');
    expect(r.root?.ownerDocument).not.toBe(doc);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('says it could not read a posting whose description is empty', () => {
    const doc = domFromHtml('<html><body><div class="job__title"><h1>Welder</h1></div><div class="job__description"><svg><text>img</text></svg></div></body></html>');
    expect(extractPosting(doc, 'https://job-boards.greenhouse.io/x/jobs/1', greenhouse)).toEqual({
      ok: false, kind: 'posting', reason: expect.stringContaining("couldn't read this posting"),
    });
  });

  it('shows a posting its page declares with a one-line description, with what it says, instead of refusing it', () => {
    const onBoard = domFromHtml('<html><body><div class="job__title"><h1>Forklift Driver</h1></div><div class="job__description"><p>Move pallets.</p></div></body></html>');
    const r = extractPosting(onBoard, 'https://job-boards.greenhouse.io/x/jobs/1', greenhouse);
    if (!r.ok) throw new Error(r.reason);
    expect([r.source, r.posting.title, r.posting.sections.flatMap((s) => s.lines)]).toEqual(['site:greenhouse', 'Forklift Driver', ['Move pallets.']]);
    // schema.org data at a host no adapter knows: its title and employer, though the page's text is too short to read.
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: { name: 'Crumbs' }, description: '<p>Bake bread.</p>' });
    const stub = domFromHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Baker</h1><p>Bake bread.</p></body></html>`);
    const s = extractPosting(stub, 'https://crumbs.example/jobs/baker', null);
    if (!s.ok) throw new Error(s.reason);
    expect([s.source, s.posting.title, s.posting.company]).toEqual(['json-ld', 'Baker', 'Crumbs']);
  });

  it("reads the page's own posting when its schema.org description is only a stub", () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'Receptionist', description: 'See below.' });
    const para = 'Our clinic serves two thousand patients a month and the front desk is where every visit begins. ';
    const doc = domFromHtml(`<html lang="en"><head><title>Receptionist</title><script type="application/ld+json">${ld}</script></head><body><article>
      <h1>Receptionist</h1><p>${para.repeat(4)}</p><h2>Responsibilities</h2><ul><li>Greet patients and check them in</li>
      <li>Schedule appointments by phone</li></ul><h2>Requirements</h2><ul><li>Experience in a medical office</li></ul></article></body></html>`);
    const r = extractPosting(doc, 'https://clinic.example/jobs/receptionist', null);
    if (!r.ok) throw new Error(r.reason);
    expect(['readability', 'headings']).toContain(r.source);
    expect(r.posting.sections.find((x) => x.kind === 'responsibilities')?.lines).toHaveLength(2);
  });

  it('says when a known board shows no job, and when a page is no job at all', () => {
    const listing = domFromHtml('<html><body><h1>Jobs</h1><table><tr class="job-post"><td><a href="/x/jobs/1"><p class="body--medium">Welder</p></a></td></tr></table></body></html>');
    expect(extractPosting(listing, 'https://job-boards.greenhouse.io/x', greenhouse)).toMatchObject({ ok: false, kind: 'none' });
    expect(extractPosting(ownDocument('not-a-job.html'), 'https://blog.example/soup', null)).toMatchObject({ ok: false, kind: 'none' });
  });

  it('reads a posting on an unknown site with Readability, when it looks like one', () => {
    const para = 'Our clinic serves two thousand patients a month and the front desk is where every visit begins. ';
    const doc = domFromHtml(`<html lang="en"><head><title>Jobs - Clinic</title></head><body><nav>Home About</nav><article>
      <h1>Receptionist</h1><p>${para.repeat(4)}</p><h2>Responsibilities</h2><ul><li>Greet patients and check them in</li>
      <li>Schedule appointments by phone</li><li>Process insurance forms</li></ul><h2>Requirements</h2><ul><li>Experience in a medical office</li></ul>
      <p>Apply with your CV. Full-time position, salary from 30,000.</p></article></body></html>`);
    const r = extractPosting(doc, 'https://clinic.example/jobs/receptionist', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('readability');
    expect(r.posting.title).toBe('Receptionist');
    expect(r.posting.sections.find((s) => s.kind === 'responsibilities')?.lines).toHaveLength(3);
  });

  it("opens an accordion's or tabs' closed panels under their buttons' words, on a copy (the page's menu button beside them)", () => {
    const panel = (id: string, toggle: string, items: string[]): string =>
      `<button aria-expanded="false" aria-controls="${id}">${toggle}</button><div id="${id}" hidden><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div>`;
    const doc = domFromHtml(`<html lang="en"><head><title>Payroll Specialist - Cedar Valley</title></head><body>
      <header><button aria-expanded="false" aria-controls="menu">Menu</button><nav id="menu" hidden><a href="/jobs">All jobs and careers</a></nav></header>
      <main><h1>Payroll Specialist</h1><p>Cedar Valley School District serves 9,000 students in eleven schools.</p>
      ${panel('p1', 'Job Duties', ['Process semi-monthly payroll for 1,200 employees in Skyward', 'Enter new hires, pay changes and deductions from approved forms', 'Reconcile payroll liabilities and prepare quarterly 941 filings'])}
      ${panel('p2', 'Qualifications', ['Three years of payroll experience, public sector preferred', 'Working knowledge of Excel, including pivot tables'])}
      ${panel('p3', 'Salary and Benefits', ['Salary range: $52,400 - $61,900 (Classified Grade 14)'])}</main></body></html>`);
    const r = extractPosting(doc, 'https://www.cedarvalley.example/jobs/payroll', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.sections.map((s) => [s.heading, s.kind, s.lines.length])).toEqual([
      [null, 'other', 1],
      ['Job Duties', 'responsibilities', 3],
      ['Qualifications', 'requirements', 2],
      ['Salary and Benefits', 'benefits', 1],
    ]);
    expect(doc.querySelector('#p1')?.hasAttribute('hidden')).toBe(true);
    // Tabs: the buttons stand together before the panels; each panel is read under its own tab's words.
    const tab = (id: string, words: string): string => `<button role="tab" aria-controls="${id}" aria-selected="false">${words}</button>`;
    const tabs = domFromHtml(`<html lang="en"><head><title>IT Support Technician - Northgate</title></head><body><main><h1>IT Support Technician</h1>
      <p>Northgate Credit Union has served members in Spokane since 1952.</p><div role="tablist">${tab('t1', 'Job description')}${tab('t2', 'Requirements')}${tab('t3', 'Benefits')}</div>
      <div role="tabpanel" id="t1"><ul><li>Set up laptops, phones and printers for new staff</li><li>Resolve help desk tickets in Freshservice</li><li>Replace failed hardware at our nine branches</li></ul></div>
      <div role="tabpanel" id="t2" hidden><ul><li>CompTIA A+ or two years of desktop support</li><li>Valid driver's license; travel between branches</li></ul></div>
      <div role="tabpanel" id="t3" hidden><ul><li>401(k) with 6% match and a full-time salary from $48,000</li><li>Paid volunteer time</li></ul></div></main></body></html>`);
    const t = extractPosting(tabs, 'https://www.northgate.example/careers/it-support', null);
    if (!t.ok) throw new Error(t.reason);
    expect(t.posting.sections.map((s) => [s.heading, s.kind, s.lines.length]).slice(1)).toEqual([
      ['Job description', 'other', 3],
      ['Requirements', 'requirements', 2],
      ['Benefits', 'benefits', 2],
    ]);
  });

  it('finds the job words of a page whose blocks run together in its text ("CookPart-time", "kitchenRequirements")', () => {
    const para = 'Our bistro has served the market square since 1994 with soups, stews and bread baked in the back every morning. ';
    const body = `<main><h1>Cook</h1><p>Part-time</p><p>${para.repeat(3)}</p><p>Duties:</p><ul><li>Prepare soups and stews</li><li>Bake bread</li>
      <li>Clean the kitchen</li></ul><p>Requirements:</p><ul><li>Food hygiene certificate</li></ul><p><a href="/apply">Apply</a></p></main>`;
    // As a minifier leaves it: no white space between the blocks.
    const doc = domFromHtml(`<html lang="en"><head><title>Cook | Bistro</title></head><body>${body.replace(/>\s+</g, '><')}</body></html>`);
    const r = extractPosting(doc, 'https://bistro.example/jobs/cook', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('readability');
    expect(r.posting.sections.find((s) => s.kind === 'responsibilities')?.lines).toEqual(['Prepare soups and stews', 'Bake bread', 'Clean the kitchen']);
  });

  it("judges a page by the text it shows, not its scripts' data, when that data hides its words or swells it", () => {
    const data = `<script>window.__state = ${JSON.stringify({ items: Array.from({ length: 4000 }, (_, i) => ({ id: i, slug: 'x'.repeat(12) })) })};</script>`;
    const para = 'Our clinic serves two thousand patients a month and the front desk is where every visit begins. ';
    const job = domFromHtml(`<html><head><title>Receptionist</title></head><body>${data}<article><h1>Receptionist</h1><p>${para.repeat(4)}</p>
      <h2>Responsibilities</h2><ul><li>Greet patients and check them in</li><li>Schedule appointments by phone</li></ul>
      <h2>Requirements</h2><ul><li>Experience in a medical office</li></ul><p>Apply with your CV. Full-time position.</p></article></body></html>`);
    const r = extractPosting(job, 'https://clinic.example/jobs/receptionist', null);
    if (!r.ok) throw new Error(r.reason);
    expect([r.source, r.posting.title]).toEqual(['readability', 'Receptionist']);
    const story = 'The river rose a metre overnight and the town hall opened its doors to families from the lower streets. ';
    const news = domFromHtml(`<html><head><title>Flood</title></head><body>${data}<article><h1>Flood reaches the old town</h1><p>${story.repeat(8)}</p></article></body></html>`);
    expect(extractPosting(news, 'https://news.example/flood', null)).toMatchObject({ ok: false, kind: 'none' });
  });

  it('never throws on malformed, empty or deeply nested pages', () => {
    const pages = [
      ownDocument('malformed.html'),
      domFromHtml(''),
      domFromHtml('just text'),
      domFromHtml('<!DOCTYPE html><li>a</li>'),
      domFromHtml(`<html><body><div class="job__title"><h1>T</h1></div><div class="job__description">${'<div><p>Responsibilities of the job. '.repeat(3000)}</div></body></html>`),
    ];
    for (const doc of pages) {
      for (const adapter of [null, greenhouse, linkedin]) {
        for (const url of ['https://boards.greenhouse.io/a/jobs/1', 'not a url']) {
          const r = extractPosting(doc, url, adapter);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
        }
      }
    }
  }, 60000);

  it('handles a 5 MB page in reasonable time', () => {
    const junk = `<div class="x"><p>${'responsibilities requirements salary experience apply '.repeat(8)}</p><a href="#">link</a></div>`;
    const html = `<html><head><script type="application/ld+json">{"@type":"JobPosting",</script></head><body><div class="job__title"><h1>T</h1></div><div class="job__description">${junk.repeat(Math.ceil(5e6 / junk.length))}</div></body></html>`;
    expect(html.length).toBeGreaterThan(5e6);
    const doc = domFromHtml(html);
    const t0 = performance.now();
    expect(extractPosting(doc, 'https://example.com/', null)).toMatchObject({ ok: false, kind: 'none' });
    const r = extractPosting(doc, 'https://boards.greenhouse.io/a/jobs/1', greenhouse);
    expect(r.ok && r.source).toBe('site:greenhouse');
    expect(performance.now() - t0).toBeLessThan(10000);
  }, 60000);
});

describe('detectLanguage', () => {
  it.each([
    ['We are looking for an engineer who will own the roadmap and work with our team.', null, 'en'],
    ['负责业务数据的收集与分析，搭建报表体系。', 'en', 'zh'],
    ['Nous recherchons une personne pour le poste, avec des missions dans les équipes et pour nos clients.', 'en', 'fr'],
    ['Buscamos un perfil para el equipo con experiencia en los proyectos y las tareas del cliente.', 'en', 'es'],
    ['Cerchiamo una persona per il team con esperienza nella gestione delle attività e degli ordini.', 'en', 'it'],
    ['スタッフを募集しています。接客の経験がある方を歓迎します。', null, 'ja'],
    ['OK', 'zh-CN', 'zh'],
    ['', null, 'en'],
  ])('%s → %s', (text, htmlLang, expected) => expect(detectLanguage(text, htmlLang)).toBe(expected));
});
