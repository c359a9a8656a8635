import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { pageHead, titleCompany } from '../../engine/extract/head';
import { domFromHtml, hasShared, sharedDocument } from '../sites/helpers';

const page = (title: string, h1: string): Document => domFromHtml(`<html><head><title>${title}</title></head><body><h1>${h1}</h1></body></html>`);

describe('pageHead (a posting no adapter knows)', () => {
  it('splits "Title at <a>Company</a>" in the heading, leaving what follows the company', () => {
    expect(pageHead(page('x', 'Backend Engineer (India) at <a href="/c/v">VectorShift</a><span>(S23)</span>'), null, 'www.workatastartup.com')).toEqual({ title: 'Backend Engineer (India)', company: 'VectorShift' });
  });

  it('leaves "at" inside a plain heading alone', () => {
    expect(pageHead(page('Engineer at Scale', 'Engineer at Scale'), null, 'example.com')).toEqual({ title: 'Engineer at Scale', company: null });
  });

  it("takes the page title's name after the job title only on the company's own site", () => {
    expect(pageHead(page('Analytics Engineer  – Vercel', 'Analytics Engineer '), null, 'vercel.com').company).toBe('Vercel');
    expect(pageHead(page('Data Analyst | Palo Alto Networks | Careers', 'Data Analyst'), null, 'jobs.paloaltonetworks.com').company).toBe('Palo Alto Networks');
    expect(pageHead(page('Data Analyst | Jobboard', 'Data Analyst'), null, 'www.example-board.com').company).toBeNull();
    expect(pageHead(page('Careers – Vercel', 'Data Analyst'), null, 'vercel.com').company).toBeNull();
    // A place or a word of the site's between the job and the name: "… in Austin, Texas | Vercel", "… Job Details | Vercel".
    expect(pageHead(page('Analytics Engineer in Austin, Texas | Vercel', 'Analytics Engineer'), null, 'vercel.com').company).toBe('Vercel');
    expect(pageHead(page('Analytics Engineer Job Details | Vercel', 'Analytics Engineer'), null, 'vercel.com').company).toBe('Vercel');
    // The word for the job site after the name is no part of it: "Riverside Health Careers", "Northwind Jobs".
    expect(pageHead(page('Patient Care Technician | Riverside Health Careers', 'Patient Care Technician'), null, 'careers.riversidehealth.org').company).toBe('Riverside Health');
    expect(pageHead(page('Store Associate - Northwind Jobs', 'Store Associate'), null, 'jobs.northwind.com').company).toBe('Northwind');
    expect(pageHead(page('Data Analyst | Acme Recruiting | Greenhouse', 'Data Analyst'), null, 'boards.greenhouse.io').company).toBe('Acme');
  });

  it("takes no part of the page title that opens the posting's place line for the employer ('… - Lyon | Groupe Dumas' with 'Lyon (69) · CDI')", () => {
    const dumas = page("Offre d'emploi Assistant(e) commercial(e) H/F - Lyon | Groupe Dumas", 'Assistant(e) commercial(e) H/F');
    expect(pageHead(dumas, null, 'www.example-jobs.fr', { text: 'Lyon (69) · CDI · Temps plein\nSaisir les commandes clients' }).company).not.toBe('Lyon');
    const acme = page('Data Analyst | Acme | Jobboard', 'Data Analyst');
    expect(pageHead(acme, null, 'www.example-board.com', { text: 'Boston, MA · Full time\nAnalyse sales data' }).company).toBe('Acme');
  });

  it("takes the page title's last part when that title shortens the heading, on the company's own site", () => {
    const nurse = page('Registered Nurse - Med/Surg | Riverside Health', 'Registered Nurse - Med/Surg (Nights)');
    expect(pageHead(nurse, null, 'jobs.riversidehealth.org').company).toBe('Riverside Health');
    // A school district's site holds the first words of its name.
    const teacher = page('Elementary Teacher - Spruce Valley School District', 'Elementary Teacher (Grade 3)');
    expect(pageHead(teacher, null, 'www.sprucevalleyschools.org').company).toBe('Spruce Valley School District');
    // Not on another site, nor when the heading is another job, nor a name that only starts like the host.
    expect(pageHead(nurse, null, 'www.jobboard.example').company).toBeNull();
    expect(pageHead(page('Registered Nurse | Riverside Health', 'Registered Nursery Assistant'), null, 'jobs.riversidehealth.org').company).toBeNull();
    expect(pageHead(page('Registered Nurse | Riverside Health', 'Pharmacist'), null, 'jobs.riversidehealth.org').company).toBeNull();
  });

  it('takes a long title whole (a recruiter writes the pay and the places into it)', () => {
    const long = 'Lao Động Phổ Thông Lắp Đặt Internet Thu Nhập 10 - 20 Triệu (TP. Hồ Chí Minh, Bình Dương, Đồng Nai) làm việc tại Hồ Chí Minh';
    expect(pageHead(page(`${long} - Jobboard`, long), null, 'example.com').title).toBe(long);
  });
});

describe('pageHead on a page with no heading and no title read from it: the parts of the page title', () => {
  it('takes the job and the employer "Careers at X" names', () => {
    const doc = domFromHtml('<html><head><title>Maintenance Technician | Careers at Pinecrest Foods</title></head><body><div class="job-title">Maintenance Technician</div></body></html>');
    expect(pageHead(doc, null, 'careers.example.com')).toEqual({ title: 'Maintenance Technician', company: 'Pinecrest Foods' });
    const board = domFromHtml('<html><head><title>Maintenance Technician | Jobboard</title></head><body><div>Maintenance Technician</div></body></html>');
    expect(pageHead(board, null, 'www.jobboard.example')).toEqual({ title: 'Maintenance Technician | Jobboard', company: null });
  });
});

describe("pageHead: the employer in the posting's header", () => {
  it('reads the name, not the box marked "company" around the name and the place', () => {
    const doc = domFromHtml(`<html><head><title>Guide - Jobboard</title></head><body><div><h1>Guide</h1>
      <div class="companyInfo"><div data-testid="companyName"><a href="/cmp/x">ワーナー合同会社</a></div><div data-testid="companyLocation"><div>東京都 練馬区</div></div></div></div></body></html>`);
    expect(pageHead(doc, null, 'jobs.example.com').company).toBe('ワーナー合同会社');
  });
});

describe('pageHead on a page with no h1: the h2 that is a part of the page title', () => {
  const doc = (title: string, body: string): Document => domFromHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
  it('takes the job from it, and the employer the page title names beside it', () => {
    expect(pageHead(doc('Welocalize - Software Engineer', '<h2>Software Engineer</h2><p>We localise.</p>'), null, 'jobs.example.com')).toEqual({ title: 'Software Engineer', company: 'Welocalize' });
    const indeed = doc('Medical Cash Poster - Park Ridge, IL 60068 - Jobboard', '<header><h2>Jobboard</h2></header><main><h2>Medical Cash Poster</h2><p>Post payments.</p></main>');
    expect(pageHead(indeed, null, 'jobs.example.com').title).toBe('Medical Cash Poster');
  });
  it("takes no h2 in the page's chrome, nor one the page title doesn't name", () => {
    expect(pageHead(doc('Software Engineer - Welocalize', '<nav><h2>Software Engineer</h2></nav><h2>Benefits</h2>'), null, 'x.example').title).toBe('Software Engineer - Welocalize');
  });
});

describe("titleCompany: the employer a page's title names beside the job, on a site no adapter knows", () => {
  const head = (title: string, site = ''): Document =>
    domFromHtml(`<html><head><title>${title}</title>${site ? `<meta property="og:site_name" content="${site}">` : ''}</head><body></body></html>`);
  it.each([
    ['Job Application for Senior Staff AI Engineer at Sonatus', 'Senior Staff AI Engineer', 'Sonatus'],
    ['Forward Deployed Software Engineer - SF @ OpenAI', 'Forward Deployed Software Engineer - SF', 'OpenAI'],
    ["Backend Engineer (India) at VectorShift | Y Combinator's Work at a Startup", 'Backend Engineer (India)', 'VectorShift'],
    ['Rai - Radiotelevisione Italiana sta assumendo DATA ANALYST in Rome, Latium, Italy | LinkedIn', 'DATA ANALYST', 'Rai - Radiotelevisione Italiana'],
    ['Association Monsieur Vincent hiring Secrétaire de direction in Gentilly', 'Secrétaire de direction', 'Association Monsieur Vincent'],
    ['Desarrollador .NET | Hays | LinkedIn', 'Desarrollador .NET', 'Hays'],
    ['Welocalize - Software Engineer', 'Software Engineer', 'Welocalize'],
    ['「测试开发工程师招聘」_新华三技术有限公司招聘-BOSS直聘', '测试开发工程师', '新华三技术有限公司'],
    ['Python工程师招聘-聚美优品招聘-拉勾网', 'Python工程师', '聚美优品'],
    ['Maintenance Technician | Careers at Pinecrest Foods', 'Maintenance Technician', 'Pinecrest Foods'],
    ['Welder - Jobs with Keystone Steel - Jobboard', 'Welder', 'Keystone Steel'],
    // A lone name after the job names the employer when it carries its legal form (a board's never does).
    ['Stellenangebot: Sachbearbeiter Buchhaltung (m/w/d) – Müller Logistik GmbH', 'Sachbearbeiter Buchhaltung (m/w/d)', 'Müller Logistik GmbH'],
    ['Warehouse Operative – Harbour Freight Ltd', 'Warehouse Operative', 'Harbour Freight Ltd'],
    ['行政助理 - 招贤纳士 - 杭州云帆科技有限公司', '行政助理', '杭州云帆科技有限公司'],
    ['経理スタッフ - 株式会社みなと商事', '経理スタッフ', '株式会社みなと商事'],
    ['介護職員 | ひまわりケア有限会社', '介護職員', 'ひまわりケア有限会社'],
    // A legal form after a comma is the employer's, not a place's comma (markup set 132: no employer).
    ['Assistente Comercial (m/f) - Lusotêxtil, Lda.', 'Assistente Comercial (m/f)', 'Lusotêxtil, Lda.'],
    ['Office Manager - Northwind Traders, LLC', 'Office Manager', 'Northwind Traders, LLC'],
    // An American professional association or corporation, a law firm's or a practice's (markup set 134: no employer).
    ['Litigation Legal Secretary - Harmon & Reyes, P.A.', 'Litigation Legal Secretary', 'Harmon & Reyes, P.A.'],
    ['Dental Assistant | Smith Family Dentistry, P.C.', 'Dental Assistant', 'Smith Family Dentistry, P.C.'],
    ['Paralegal - Kline Law PLLC', 'Paralegal', 'Kline Law PLLC'],
  ])('%s → %s', (page, title, company) => {
    expect(titleCompany(head(page), title)).toBe(company);
  });
  it.each([
    ['Data Analyst | Jobboard', 'Data Analyst'],
    ['Medical Cash Poster - Park Ridge, IL 60068 - Indeed.com', 'Medical Cash Poster'],
    ['EXECUTIVE SECRETARY II Job Details | Careers | Jobboard', 'Clerk'],
    ['Data Analyst | Careers | Jobboard', 'Data Analyst'],
    ['Data Analyst | Jobboard | Jobs', 'Data Analyst'],
    ['Kho vận - Thành phố Hồ Chí Minh - Jobboard', 'Kho vận'],
    ['Data Analyst | Kent County | Jobboard', 'Data Analyst'],
    ['Warehouse Operative - Jobboard', 'Warehouse Operative'],
  ])('%s names no employer of %s', (page, title) => {
    expect(titleCompany(head(page, 'Jobboard'), title)).toBeNull();
  });
});

describe('pageHead: the lone name after the job in the page title, when the posting introduces itself by it', () => {
  const posting = (title: string, words: string): ReturnType<typeof pageHead> =>
    pageHead(page(title, 'Analytics Engineer'), null, 'careers.unknown.example', { text: words });
  it.each([
    ['About Vercel:\nWe build the frontend cloud.'],
    ['Our team.\nAt Vercel, we believe the web should be fast.'],
    ['Vercel is committed to an inclusive workplace.'],
    ['Vercel is hiring analytics engineers to model our data.'],
    ['Vercel is an Equal Opportunity Employer.'],
    ['Vercel is a cloud platform for frontend developers.\nWhat you will do'],
    ['The Vercel is the home of Next.js.'],
    ['Vercel is building the frontend cloud.'],
    ['Our story\nVercel operates edge networks in 20 regions.'],
    ['Vercel es una empresa familiar con 60 años de historia.'],
    ['La Vercel est une entreprise de 200 salariés.'],
    ['The Vercel is committed to accessible work.'],
    ['Retirement: Vercel offers a matched plan.\nPaid Time Off: Vercel offers 25 days.'],
    ['Vercel offers remote work.\nVercel employees have a learning budget.'],
  ])('takes it when the posting says %j', (words) => {
    expect(posting('Analytics Engineer  – Vercel', words).company).toBe('Vercel');
  });
  it("leaves a board's or a place's name after the job, and a name the posting only mentions", () => {
    expect(posting('Analytics Engineer | Jobboard', 'About Acme\nApply on Jobboard today.').company).toBeNull();
    expect(posting('Analytics Engineer – London', 'Work from our London office.\nAbout the role').company).toBeNull();
    expect(posting('Analytics Engineer – London', 'London is a vibrant city to build a career in.\nAbout the role').company).toBeNull();
    expect(posting('Analytics Engineer – Lyon', 'Lyon est une ville dynamique.\nVos missions').company).toBeNull();
    expect(posting('Analytics Engineer – Vercel', 'Deploy apps to Vercel and Netlify.').company).toBeNull();
    expect(posting('Analytics Engineer – Remote, US', 'At Remote, US we ship.').company).toBeNull();
    expect(posting('Analytics Engineer – Remote', 'Remote is an option for this role.').company).toBeNull();
    expect(posting('Analytics Engineer – London', 'London offers a lot to do after work.\nWe sit near the station.').company).toBeNull();
    expect(posting('Analytics Engineer – Vercel', 'Our team deploys to Vercel.\nSkills: Vercel is a plus.').company).toBeNull();
  });

  it('takes it when the line under the job\'s heading names the same one, not a place or the arrangement there', () => {
    const under = (title: string, line: string): ReturnType<typeof pageHead> =>
      pageHead(domFromHtml(`<html><head><title>${title}</title></head><body><main><h1>Line Cook</h1><div>${line}</div><p>Prep and cook.</p></main></body></html>`), null, 'careers.unknown.example', { text: 'Prep and cook.' });
    expect(under('Line Cook - The Copper Table', 'The Copper Table').company).toBe('The Copper Table');
    expect(under('Line Cook - Boise, ID', 'Boise, ID').company).toBeNull();
    expect(under('Line Cook - Remote', 'Remote').company).toBeNull();
    expect(under('Line Cook - The Copper Table', 'Asheville').company).toBeNull();
    // A city hires under its own name ("City of Maple Falls"); a county named after its place ("Kent County") is where the job is.
    expect(under('Line Cook - City of Maple Falls', 'City of Maple Falls').company).toBe('City of Maple Falls');
    expect(under('Line Cook - Kent County', 'Kent County').company).toBeNull();
    // A supermarket's name ends in 市 as a city's does: 超市 is no place, 杭州市 is.
    const zh = (title: string, line: string): ReturnType<typeof pageHead> =>
      pageHead(domFromHtml(`<html lang="zh"><head><title>${title}</title></head><body><main><h1>收银员</h1><div>${line}</div><p>负责收银。</p></main></body></html>`), null, 'careers.unknown.example', { text: '负责收银。' });
    expect(zh('收银员 - 惠民连锁超市', '惠民连锁超市').company).toBe('惠民连锁超市');
    expect(zh('收银员 - 杭州市', '杭州市').company).toBeNull();
  });
});

describe("pageHead: the employer marked in the posting's header", () => {
  const body = (html: string): Document => domFromHtml(`<html><head><title>Jobboard</title></head><body>${html}</body></html>`);
  it('takes the first short name the header marks as the company, not sizes, counts or links', () => {
    const doc = body('<main><div class="job-header"><div class="companyLogo"><img alt=""></div><span class="company-size">201-500 employees</span><h1>Registered Nurse</h1><a class="CompanyName" href="/c/1">Mercy Hospital</a><a class="company-link">Company website</a></div><section>Duties…</section></main>');
    expect(pageHead(doc, null, 'www.jobboard.example')).toEqual({ title: 'Registered Nurse', company: 'Mercy Hospital' });
  });
  it('looks no further than the header: an employer named in the footer is not taken', () => {
    const doc = body('<main><article><div><header><h1>Registered Nurse</h1></header></div></article></main><div><div><footer><span class="employer">Other Org</span></footer></div></div>');
    expect(pageHead(doc, null, 'www.jobboard.example').company).toBeNull();
  });
  it("takes the header's link to a company page on the board, not its other links", () => {
    const doc = body('<main><div class="top"><a href="/jobs/view/9"><h1>Executive Assistant</h1></a><div><a href="/login">Sign in</a><a href="https://www.board.example/company/phifer-co?trk=x">Phifer &amp; Company</a></div></div></main>');
    expect(pageHead(doc, null, 'www.board.example').company).toBe('Phifer & Company');
    const other = body('<main><div class="top"><h1>Executive Assistant</h1><a href="/jobs?q=assistant">Assistant jobs nearby</a><a href="/people/jane">Jane Doe</a></div></main>');
    expect(pageHead(other, null, 'www.board.example').company).toBeNull();
  });
  it('takes a hiring agency before the sub-office that hires for it, and the agency of "<department>, <agency>"', () => {
    const hhs = body('<div class="banner"><h1>Supply Technician</h1><div class="banner__dept">Department of Health</div><div class="banner__agency">Indian Health Service</div><div class="banner__hiring-organization">Rapid City IHS</div></div>');
    expect(pageHead(hhs, null, 'jobs.gov.example').company).toBe('Indian Health Service');
    const va = body('<div class="banner"><h1>Motor Vehicle Dispatcher</h1><div class="banner__agency">Veterans Affairs, Veterans Health Administration</div></div>');
    expect(pageHead(va, null, 'jobs.gov.example').company).toBe('Veterans Health Administration');
  });
  it('keeps a name ending in an abbreviation\'s full stop, not a sentence', () => {
    expect(pageHead(body('<div><h1>Data Analyst</h1><a class="company-name">Odiin.</a></div>'), null, 'x.example').company).toBe('Odiin.');
    expect(pageHead(body('<div><h1>Data Analyst</h1><p class="company-blurb">We are a company that builds things.</p></div>'), null, 'x.example').company).toBeNull();
  });
});

describe("pageHead from a Chinese board's page title (no h1)", () => {
  it.each([
    ['【上海_会计】上海某某贸易有限公司招聘会计-前程无忧', '会计'],
    ['上海某某贸易有限公司招聘Java开发工程师_智联招聘', 'Java开发工程师'],
    ['行政助理招聘_某某科技有限公司', '行政助理'],
    ['【游戏UI设计师招聘】_猎头顾问招聘信息-猎聘', '游戏UI设计师'],
    ['游戏UI设计师招聘信息-猎聘', '游戏UI设计师'],
    ['Data Analyst | Jobboard', 'Data Analyst | Jobboard'],
  ])('%s → %s', (title, want) => {
    expect(pageHead(domFromHtml(`<html><head><title>${title}</title></head><body><p>x</p></body></html>`), null, 'jobs.example.cn').title).toBe(want);
  });
});

describe.skipIf(!hasShared)('pageHead on saved postings of sites no adapter knows', () => {
  it.each([
    ['company-careers', 'vercel-analytics-engineer.html', 'https://vercel.com/careers/analytics-engineer-amer-4486497004', 'Analytics Engineer', 'Vercel'],
    ['workatastartup', 'yc-job-93768-vectorshift.html', 'https://www.workatastartup.com/jobs/93768', 'Backend Engineer (India)', 'VectorShift'],
  ])('%s/%s', (board, file, url, title, company) => {
    const result = extractPosting(sharedDocument({ board, file }), url, null);
    expect(result.ok && result.source).toBe('readability');
    if (result.ok) expect(result.posting).toMatchObject({ title, company });
  });
});
