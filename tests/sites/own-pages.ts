import { expect } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { genericCards } from '../../engine/extract/listing';
import type { SiteAdapter } from '../../engine/adapter';
import type { Posting, SectionKind, Source } from '../../engine/types';
import { job51 } from '../../sites/51job';
import { job58 } from '../../sites/58';
import { ashby } from '../../sites/ashby';
import { bamboohr } from '../../sites/bamboohr';
import { breezy } from '../../sites/breezy';
import { glassdoor } from '../../sites/glassdoor';
import { greenhouse } from '../../sites/greenhouse';
import { icims } from '../../sites/icims';
import { indeed } from '../../sites/indeed';
import { jazzhr } from '../../sites/jazzhr';
import { jobstreet } from '../../sites/jobstreet';
import { jobvite } from '../../sites/jobvite';
import { lagou } from '../../sites/lagou';
import { lever } from '../../sites/lever';
import { liepin } from '../../sites/liepin';
import { linkedin } from '../../sites/linkedin';
import { naukri } from '../../sites/naukri';
import { paylocity } from '../../sites/paylocity';
import { personio } from '../../sites/personio';
import { phenom } from '../../sites/phenom';
import { radancy } from '../../sites/radancy';
import { recruitee } from '../../sites/recruitee';
import { reed } from '../../sites/reed';
import { remoteok } from '../../sites/remoteok';
import { seek } from '../../sites/seek';
import { smartrecruiters } from '../../sites/smartrecruiters';
import { stepstone } from '../../sites/stepstone';
import { successfactors } from '../../sites/successfactors';
import { taleo } from '../../sites/taleo';
import { teamtailor } from '../../sites/teamtailor';
import { totaljobs } from '../../sites/totaljobs';
import { upwork } from '../../sites/upwork';
import { usajobs } from '../../sites/usajobs';
import { welcometothejungle } from '../../sites/welcometothejungle';
import { wellfound } from '../../sites/wellfound';
import { weworkremotely } from '../../sites/weworkremotely';
import { workable } from '../../sites/workable';
import { workday } from '../../sites/workday';
import { zhaopin } from '../../sites/zhaopin';
import { zhipin } from '../../sites/zhipin';
import { ziprecruiter } from '../../sites/ziprecruiter';
import { adapterFor } from '../../sites/registry';
import { collapse } from './helpers';

/** One of our own pages in a board's markup (tests/fixtures/pages/) and what its adapter reads from it. */
export interface OwnPage {
  adapter: SiteAdapter;
  file: string;
  url: string;
  /** What the page holds, for the test's name. */
  what: string;
  /** Where the posting on screen is read from; absent when the page shows none. */
  source?: Source;
  posting?: Partial<Pick<Posting, 'title' | 'company' | 'location' | 'language'>>;
  jobId?: string;
  /** The text of the element the posting's badge goes beside. */
  anchor?: string;
  /** The posting's section kinds, in order. */
  kinds?: SectionKind[];
  /** The posting's sections as [heading, kind], in order. */
  sections?: [string | null, SectionKind][];
  /** Every line of these kinds. */
  lines?: Partial<Record<SectionKind, string[]>>;
  /** Every line of the posting, in order. */
  allLines?: string[];
  /** Lines read somewhere in the posting. */
  has?: string[];
  /** Lines not read (page chrome around the posting). */
  notLines?: string[];
  /** Text that appears nowhere in the posting (page chrome, other jobs). */
  hasNot?: RegExp;
  /** [id, title, company, location] of each card. */
  cards?: (string | null)[][];
  /** A selector each card's element (where its badge goes) matches. */
  cardElement?: string;
  /** Every card names its title element, holding its title alone. */
  titleElements?: true;
  /** Checks only this board's page needs, by name: each gets a page of its own, read from the file. */
  also?: Record<string, (page: { doc: Document; url: URL }) => void>;
}

/** For a board whose job links name no job: without its job path, the generic listing reader finds no list. */
const noListWithoutJobPath = {
  'finds no list without the board’s job path': ({ doc, url }: { doc: Document; url: URL }) => expect(genericCards(doc, url.href)).toEqual([]),
};

/** A platform's page on a company's own domain: no URL test claims it, its markup does. */
const knownByMarkup = (id: string) => ({
  'is known by its markup on the company’s domain, not by the URL alone': ({ doc, url }: { doc: Document; url: URL }) => {
    expect(adapterFor(url.href)).toBeNull();
    expect(adapterFor(url.href, doc)?.id).toBe(id);
  },
});

const headings = (root: Element | null): string[] => Array.from(root?.querySelectorAll('h2, h3') ?? []).map((h) => collapse(h.textContent));

export const OWN_PAGES: OwnPage[] = [
  {
    adapter: job51,
    file: '51job-style.html',
    url: 'https://search.51job.com/list/070300,000000,0000,00,9,99,%25BB%25E1%25BC%25C6,2,1.html',
    what: 'search shell: cards from window.__SEARCH_RESULT__, badged on the results container',
    cards: [
      ['100000001', '总账会计', '示例制造（苏州）有限公司', '苏州-工业园区'],
      ['100000002', '出纳', '示例贸易', '苏州'],
    ],
    cardElement: '#app',
  },
  {
    adapter: job51,
    file: '51job-detail.html',
    url: 'https://jobs.51job.com/suzhou/100000001.html',
    what: 'job page, without its category tags and share links',
    source: 'site:51job',
    posting: { title: '总账会计', company: '示例制造（苏州）有限公司', location: '苏州-工业园区' },
    lines: {
      responsibilities: ['负责总账核算与月结；', '编制月度财务报表；', '配合年度审计与税务申报工作；'],
      requirements: ['会计相关专业本科；', '持有中级会计职称者优先；'],
    },
    hasNot: /职能类别|微信分享/,
  },
  {
    adapter: job51,
    file: '51job-detail-2013.html',
    url: 'https://search.51job.com/job/56781234,c.html',
    what: 'job page of 2012–2014 (tables: td.sr_bt, td.txt_1/txt_2 fields, td.job_detail), without its fields, perks and category',
    source: 'site:51job',
    posting: { title: '仓库管理员', company: '示例物流（无锡）有限公司', location: '无锡-新区' },
    lines: {
      responsibilities: ['负责仓库货物的收发、验收和入库登记；', '定期盘点库存，确保账实相符；', '使用WMS系统录入出入库数据；'],
      requirements: ['大专以上学历，两年以上仓库管理经验；', '熟练使用Excel；'],
    },
    hasNot: /职位职能|五险一金|发布日期/,
  },
  {
    adapter: job58,
    file: '58-style.html',
    url: 'https://bj.58.com/tech/',
    what: 'a job list: li.job_item rows',
    cards: [
      ['25537112327862', 'Python开发工程师', '北京示例科技有限公司', '朝阳 | 望京'],
      ['29185257351339', '运维工程师', '示例网络', '海淀 | 中关村'],
      ['34104447371567', '网页设计师', '示例传媒有限公司', '丰台 | 科技园'],
    ],
    cardElement: 'li.job_item',
    titleElements: true,
  },
  {
    adapter: job58,
    file: '58-job-style.html',
    url: 'https://bj.58.com/tech/25537112327862x.shtml',
    what: 'a job page: its <br> lines, without the recommended jobs',
    source: 'site:58',
    posting: { title: 'Python开发工程师', company: '北京示例科技有限公司', location: '朝阳-望京', language: 'zh' },
    jobId: '25537112327862',
    anchor: 'Python开发工程师',
    sections: [['岗位职责', 'responsibilities'], ['任职要求', 'requirements']],
    lines: {
      responsibilities: ['负责公司数据平台的后端开发与维护；', '参与需求评审，编写技术方案；', '优化现有接口的性能。'],
      requirements: ['三年以上Python开发经验；', '熟悉MySQL与Redis。'],
    },
    hasNot: /相似职位|Java开发工程师/,
    cards: [],
  },
  {
    adapter: ashby,
    file: 'ashby-style.html',
    url: 'https://jobs.ashbyhq.com/kestrel/11111111-2222-4333-8444-555555555555',
    what: 'served shell with window.__appData, read from the page data, sanitised',
    source: 'site:ashby',
    posting: { title: 'Support Engineer', company: 'Kestrel Labs', location: 'Lisbon, Portugal' },
    kinds: ['responsibilities', 'requirements'],
    hasNot: /alert/,
  },
  {
    adapter: ashby,
    file: 'ashby-style.html',
    url: 'https://jobs.ashbyhq.com/kestrel/99999999-2222-4333-8444-555555555555',
    what: 'the same shell under another posting\'s URL: its page data ignored',
  },
  {
    adapter: bamboohr,
    file: 'bamboohr-style.html',
    url: 'https://lanternfish.bamboohr.com/careers',
    what: 'the job list, read by the generic listing reader',
    cards: [
      ['/careers/41', 'Customer Success Manager', null, null],
      ['/careers/44', 'Support Specialist', null, null],
      ['/careers/47', 'Staff Accountant', null, null],
    ],
  },
  {
    adapter: breezy,
    file: 'breezy-style.html',
    url: 'https://lanternfish.breezy.hr/',
    what: 'the job list at the root: li.position rows, one a department of its own',
    cards: [
      ['1e0254b886db', 'Customer Support Specialist', null, 'Porto, PT'],
      ['60cec77079df', 'Data Engineer', null, 'Berlin, DE - Remote OK'],
      ['9aa01a0c4f21', 'QA Engineer', null, 'Lund, SE'],
    ],
    cardElement: 'li.position',
    titleElements: true,
  },
  {
    adapter: breezy,
    file: 'breezy-job-style.html',
    url: 'https://lanternfish.breezy.hr/p/60cec77079df-data-engineer',
    what: 'a job page without a JobPosting, read whole by Readability; no cards of its own',
    source: 'readability',
    posting: { title: 'Data Engineer' },
    lines: {
      responsibilities: [
        'Build and run the pipelines that load our sales data.',
        'Model the warehouse tables our analysts query every day.',
        'Review pull requests from the rest of the data team.',
      ],
      requirements: ['Three years of SQL and Python in production.', 'Experience with Airflow or a similar scheduler.'],
    },
    hasNot: /Powered by Breezy|View all jobs|Apply to this job/,
    cards: [],
  },
  {
    adapter: glassdoor,
    file: 'glassdoor-style.html',
    url: 'https://www.glassdoor.co.in/Job/pune-payroll-jobs-SRCH_IL.0,4_IC2856202_KO5,12.htm',
    what: 'two-pane search: the detail pane, not the first card; the company without its rating',
    source: 'site:glassdoor',
    posting: { title: 'Payroll Analyst', company: 'Lotus Ledger', location: 'Pune' },
    kinds: ['responsibilities', 'requirements'],
    jobId: '1001',
    cards: [
      ['1001', 'Payroll Analyst', 'Lotus Ledger', 'Pune'],
      ['1002', 'HR Generalist', 'Deccan Tools', 'Mumbai'],
    ],
  },
  {
    adapter: greenhouse,
    file: 'greenhouse-style.html',
    url: 'https://boards.greenhouse.io/examplecorp/jobs/4000123',
    what: 'classic boards.greenhouse.io page',
    source: 'site:greenhouse',
    posting: { title: 'Data Platform Engineer', company: 'Example Corp', location: 'Berlin, Germany', language: 'en' },
    lines: {
      responsibilities: ['Build and operate batch and streaming pipelines', 'Review pull requests and mentor two engineers', 'Write runbooks for on-call'],
      requirements: ['Four years of Python or Scala in production', 'Experience with Kafka or a similar log'],
      benefits: ['30 days of paid leave'],
    },
    hasNot: /alert\(/,
    jobId: '4000123',
    anchor: 'Data Platform Engineer',
  },
  {
    adapter: icims,
    file: 'icims-style.html',
    url: 'https://careers-lanternfish.icims.com/jobs/4412/customer-support-specialist/job?in_iframe=1',
    what: 'framed job page: the description blocks without the header fields, sharing or apply buttons',
    source: 'site:icims',
    posting: { title: 'Customer Support Specialist', company: 'Lanternfish' },
    sections: [['Overview', 'other'], ['Responsibilities', 'responsibilities'], ['Qualifications', 'requirements']],
    hasNot: /2026-4412|PT-Porto|Share on LinkedIn|Apply for this job online/,
    jobId: '4412',
  },
  {
    adapter: icims,
    file: 'icims-search-style.html',
    url: 'https://careers-lanternfish.icims.com/jobs/search?ss=1&searchKeyword=support',
    what: 'search page: the rows by their job links',
    cards: [
      ['4412', 'Customer Support Specialist', null, null],
      ['4420', 'Bookkeeper', null, null],
    ],
  },
  {
    adapter: indeed,
    file: 'indeed-style.html',
    url: 'https://uk.indeed.com/jobs?q=warehouse&l=Leeds',
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
  {
    adapter: indeed,
    file: 'indeed-style.html',
    url: 'https://uk.indeed.com/jobs?q=warehouse&l=Leeds&vjk=ee55ff66aa77bb88',
    what: 'the same search with a job named in the URL: its job id taken from there',
    source: 'site:indeed',
    jobId: 'ee55ff66aa77bb88',
  },
  {
    adapter: jazzhr,
    file: 'jazzhr-style.html',
    url: 'https://lanternfish.applytojob.com/apply',
    what: 'the job list: list-group rows, their /apply/<code> links read as jobs by the generic listing reader',
    cards: [
      ['/apply/r9Ch8TRMU8/Software-Engineer', 'Software Engineer', null, null],
      ['/apply/AFMqe9Jb7b/Marketing-Intern', 'Marketing Intern', null, null],
      ['/apply/4f6V5jgejv/Payroll-Specialist', 'Payroll Specialist', null, null],
    ],
    cardElement: 'li.list-group-item',
    also: noListWithoutJobPath,
  },
  {
    adapter: jazzhr,
    file: 'jazzhr-style.html',
    url: 'https://lanternfish.applytojob.com/apply/r9Ch8TRMU8/Software-Engineer',
    what: 'the same page under a job\'s URL: a job page lists no cards',
    cards: [],
  },
  {
    adapter: jobstreet,
    file: 'jobstreet-style.html',
    url: 'https://hk.jobsdb.com/job/92249354',
    what: 'a Jobsdb job page',
    source: 'site:jobstreet',
    posting: { title: 'Accounts Executive', company: 'Harbour Trading Ltd', location: 'Kwun Tong, Kowloon' },
    jobId: '92249354',
    anchor: 'Accounts Executive',
    lines: { requirements: ['Diploma in Accounting or above.', 'Knowledge of Excel and MYOB.'] },
    hasNot: /Career advice|Companies/,
  },
  {
    adapter: jobvite,
    file: 'jobvite-style.html',
    url: 'https://jobs.jobvite.com/lanternfish/jobs',
    what: 'a job list in the classic rows and the newer table, one job in both',
    cards: [
      ['oD2jAfwi', 'Customer Support Specialist', null, 'Porto, Portugal'],
      ['oQ7rTmxa', 'Bookkeeper', null, '2 Locations'],
      ['oK3pLw9e', 'Data Engineer', null, 'Berlin, Germany'],
    ],
  },
  {
    adapter: jobvite,
    file: 'jobvite-job-style.html',
    url: 'https://jobs.jobvite.com/lanternfish/job/oK3pLw9e',
    what: 'a job page with its JobPosting, and no cards of its own',
    source: 'json-ld',
    posting: { title: 'Data Engineer', company: 'Lanternfish' },
    has: ['Build and run the pipelines that load our sales data.', 'Experience with Airflow or a similar scheduler.'],
    cards: [],
  },
  {
    adapter: lagou,
    file: 'lagou-style.html',
    url: 'https://www.lagou.com/jobs/7000001.html',
    what: 'legacy /jobs/<id>.html page: the position title, not the logo <h1> "拉勾网"; the company without its badge; the 职位诱惑 perks with the description',
    source: 'site:lagou',
    posting: { title: '运营专员', company: '示例出行', location: '杭州' },
    lines: {
      responsibilities: ['负责用户社群的日常运营与活动策划；', '撰写每周运营数据报告；'],
      requirements: ['本科及以上学历', '有一年以上互联网运营经验'],
    },
    has: ['弹性工作,餐补'],
    hasNot: /运营经理/,
    jobId: '7000001',
    anchor: '运营专员',
    also: {
      'falls back to the <title> for the company': ({ doc, url }) => {
        doc.querySelector('#job_company')?.remove();
        expect(lagou.extractPosting(doc, url)?.company).toBe('示例出行');
      },
    },
  },
  {
    adapter: lever,
    file: 'lever-style.html',
    url: 'https://jobs.lever.co/orchard/0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
    what: 'posting with list sections: company from the logo, all locations, the intro, lists and closing without the apply button',
    source: 'site:lever',
    posting: { title: 'Field Service Technician', company: 'Orchard Robotics', location: 'Fresno, CA / Yakima, WA' },
    has: ['Repair robots in the field during harvest', 'A driving licence and two years of mechanical work'],
    hasNot: /Apply for this job/,
    jobId: '0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b',
  },
  {
    adapter: liepin,
    file: 'liepin-style.html',
    url: 'https://www.liepin.com/job/1970000000.shtml',
    what: 'current /job/<id>.shtml page: company from <title>, the pre-wrapped description split at its newlines',
    source: 'site:liepin',
    posting: { title: '数据分析师', company: '示例零售', location: '上海-静安区', language: 'zh' },
    lines: {
      responsibilities: ['搭建门店经营指标体系并定期复盘；', '用SQL和Python完成专题分析；'],
      requirements: ['统计学或计算机相关专业本科及以上；', '3年以上数据分析经验'],
    },
    jobId: '1970000000',
    cards: [
      ['1970000001', '商业分析师', '示例咖啡', '上海'],
      ['a30000002', '商业分析师', '某上海零售上市公司', '上海-徐汇区'],
    ],
  },
  {
    adapter: linkedin,
    file: 'linkedin-style.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=analyst',
    what: 'two-pane search with cookie banner and similar jobs: the job currentJobId names, not the banner or the JSON-LD of another job',
    source: 'site:linkedin',
    posting: { title: 'Operations Analyst', company: 'Acme Logistics', location: 'Rotterdam, South Holland, Netherlands' },
    kinds: ['other', 'responsibilities', 'requirements'],
    hasNot: /Drive a forklift/,
    jobId: '4100000001',
    anchor: 'Operations Analyst',
    cards: [
      ['4100000001', 'Operations Analyst', 'Acme Logistics', 'Rotterdam (Hybrid)'],
      ['4100000002', 'Warehouse Lead', 'Beta Freight', null],
    ],
    titleElements: true,
  },
  {
    adapter: linkedin,
    file: 'linkedin-guest-fragment-style.html',
    url: 'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4100000009',
    what: 'guest job-posting API fragment (description only): the role named by its first labelled line',
    source: 'site:linkedin',
    posting: { title: 'Warehouse Shift Supervisor', company: null, location: null },
    jobId: '4100000009',
  },
  {
    adapter: naukri,
    file: 'naukri-style.html',
    url: 'https://www.naukri.com/python-jobs-in-pune',
    what: 'a search: srp-jobtuple-wrapper cards and one older jobTuple',
    cards: [
      ['190426004124', 'Python Developer', 'Lanternfish', 'Pune'],
      ['180426009871', 'Data Engineer', 'Kestrel Labs', 'Hybrid - Pune, Mumbai'],
      ['170426001122', 'QA Engineer', 'Aire Accounts', 'Pune'],
    ],
    cardElement: '[data-job-id]',
    titleElements: true,
  },
  {
    adapter: naukri,
    file: 'naukri-job-style.html',
    url: 'https://www.naukri.com/job-listings-python-developer-lanternfish-pune-3-to-6-years-190426004124',
    what: 'a job page: the description, without its role fields and the similar jobs',
    source: 'site:naukri',
    posting: { title: 'Python Developer', company: 'Lanternfish', location: 'Pune' },
    jobId: '190426004124',
    anchor: 'Python Developer',
    lines: {
      responsibilities: [
        'Write and maintain the Python services behind our order system.',
        'Design REST APIs with the front-end team.',
        'Fix production issues reported by the support team.',
      ],
      requirements: ['Three years of Python and Django.', 'Working knowledge of PostgreSQL.'],
    },
    hasNot: /Industry Type|Similar jobs|Django Developer|4\.1/,
  },
  {
    adapter: paylocity,
    file: 'paylocity-style.html',
    url: 'https://recruiting.paylocity.com/Recruiting/Jobs/All/0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8/LANTERNFISH',
    what: 'a company job list',
    cards: [
      ['3672229', 'Customer Support Specialist', null, 'Porto'],
      ['3672230', 'Bookkeeper', null, 'Remote'],
    ],
  },
  {
    adapter: personio,
    file: 'personio-style.html',
    url: 'https://lanternfish.jobs.personio.de/?language=de',
    what: 'the job list, read by the generic listing reader',
    cards: [
      ['/job/2753169?language=de', 'Werkstudent:in Redaktion', null, null],
      ['/job/2791500?language=de', 'Data Scientist (m/w/d)', null, null],
      ['/job/2801122?language=de', 'Buchhalter:in', null, null],
    ],
  },
  {
    adapter: phenom,
    file: 'phenom-style.html',
    url: 'https://careers.lanternfish.example/us/en/job/R-55102/Warehouse-Team-Lead',
    what: 'job page on the company’s domain: the jd-info description, without the job fields, apply link or similar jobs',
    source: 'site:phenom',
    posting: { title: 'Warehouse Team Lead', company: 'Lanternfish', location: 'Dayton, Ohio, United States' },
    jobId: 'R-55102',
    anchor: 'Warehouse Team Lead',
    sections: [[null, 'other'], ['What you will do', 'responsibilities'], ['What you need', 'requirements']],
    lines: {
      responsibilities: ['Lead a shift of twelve pickers and packers', "Plan the night's labour against the order forecast", 'Train new starters on the scanners and safety rules'],
      requirements: ['Two years leading a warehouse or production team', 'A forklift licence, or willingness to get one'],
    },
    hasNot: /R-55102|Operations|Apply Now|Warehouse Associate|Privacy/,
    also: {
      ...knownByMarkup('phenom'),
      'finds no cards on a job page (its similar jobs are not a list)': ({ doc, url }) => expect(phenom.findCards(doc, url)).toEqual([]),
    },
  },
  {
    adapter: phenom,
    file: 'phenom-search-style.html',
    url: 'https://careers.lanternfish.example/us/en/search-results?keywords=warehouse',
    what: 'search results: each jobs-list-item by its link’s id (or its /job/<id> path), the place without its screen-reader label',
    cards: [
      ['R-55102', 'Warehouse Team Lead', null, 'Dayton, Ohio, United States'],
      ['R-55090', 'Warehouse Associate', null, 'Dayton, Ohio, United States'],
      ['R-55077', 'Accounts Payable Clerk', null, 'Columbus, Ohio, United States'],
    ],
    cardElement: 'li.jobs-list-item',
    titleElements: true,
    also: knownByMarkup('phenom'),
  },
  {
    adapter: radancy,
    file: 'radancy-style.html',
    url: 'https://jobs.lanternfish.example/en/job/leeds/data-analyst/48210/91234567890',
    what: 'AJD job page on the company’s domain: the ATS description, without the header fields, apply button or similar jobs',
    source: 'site:radancy',
    posting: { title: 'Data Analyst', company: 'Lanternfish', location: 'Leeds, United Kingdom' },
    jobId: '91234567890',
    anchor: 'Data Analyst',
    lines: {
      responsibilities: [
        'Build and maintain weekly dashboards on freight volumes',
        'Answer ad-hoc questions from the account managers',
        'Check the quality of data coming in from partner carriers',
      ],
      requirements: ['Two years of SQL against a production warehouse', 'Experience with Power BI or Tableau'],
    },
    hasNot: /R-20417|Apply now|Save for later|Reporting Analyst|Powered by/,
    also: {
      ...knownByMarkup('radancy'),
      'finds no cards on a job page (its similar jobs are not a list)': ({ doc, url }) => expect(radancy.findCards(doc, url)).toEqual([]),
    },
  },
  {
    adapter: radancy,
    file: 'radancy-search-style.html',
    url: 'https://jobs.lanternfish.example/en/search-jobs?k=analyst',
    what: 'classic search page: each result once by its link’s data-job-id, not its Save button’s',
    cards: [
      ['91234567890', 'Data Analyst', null, 'Leeds, United Kingdom'],
      ['91234567001', 'Reporting Analyst', null, 'Leeds, United Kingdom'],
      ['91234567003', 'Pricing Analyst', null, 'Manchester, United Kingdom'],
    ],
    cardElement: 'li',
    titleElements: true,
    also: knownByMarkup('radancy'),
  },
  {
    adapter: recruitee,
    file: 'recruitee-style.html',
    url: 'https://lanternfish.recruitee.com/',
    what: 'the job list at the root, its /o/ links read as jobs by the generic listing reader',
    cards: [
      ['/o/account-manager-amsterdam', 'Account Manager', null, null],
      ['/o/backend-developer', 'Backend Developer', null, null],
      ['/l/en/o/warehouse-coordinator', 'Warehouse Coordinator', null, null],
    ],
    cardElement: 'div.offer',
    also: noListWithoutJobPath,
  },
  {
    adapter: reed,
    file: 'reed-style.html',
    url: 'https://www.reed.co.uk/jobs/payroll-administrator/50000001',
    what: 'job page with microdata (read first; the adapter supplies the shown location)',
    source: 'microdata',
    posting: { title: 'Payroll Administrator', company: 'Aire Accounts', location: 'Leeds, West Yorkshire' },
    kinds: ['responsibilities', 'requirements'],
    jobId: '50000001',
    anchor: 'Payroll Administrator',
  },
  {
    adapter: remoteok,
    file: 'remoteok-style.html',
    url: 'https://remoteok.com/remote-jobs/remote-customer-support-lead-lanternfish-1093333',
    what: 'a job page, its row open, another row below: the open job from its row, its description from the row under it',
    source: 'site:remoteok',
    posting: { title: 'Customer Support Lead', company: 'Lanternfish', location: '🌏 Worldwide' },
    sections: [[null, 'other'], ['Responsibilities', 'responsibilities'], ['Requirements', 'requirements']],
    anchor: 'Customer Support Lead',
    cards: [
      ['1093333', 'Customer Support Lead', 'Lanternfish', '🌏 Worldwide'],
      ['1093401', 'Technical Writer', 'Quillmate', '🇪🇺 Europe'],
    ],
  },
  {
    adapter: remoteok,
    file: 'remoteok-style.html',
    url: 'https://remoteok.com/remote-support-jobs',
    what: 'the same rows under a list URL: no posting',
  },
  {
    adapter: seek,
    file: 'seek-style.html',
    url: 'https://www.seek.com.au/support-jobs/in-All-Perth-WA',
    what: 'a search, a premium card listed again among the normal ones',
    cards: [
      ['67177411', 'Customer Support Lead', 'Lanternfish', 'Perth WA'],
      ['67177412', 'Bookkeeper', 'Harbour Accounting', 'Fremantle WA'],
    ],
  },
  {
    adapter: seek,
    file: 'seek-job-style.html',
    url: 'https://www.seek.com.au/job/67177411',
    what: 'a job page',
    source: 'site:seek',
    posting: { title: 'Customer Support Lead', company: 'Lanternfish', location: 'Perth WA' },
    jobId: '67177411',
    anchor: 'Customer Support Lead',
    has: ['Coach a team of six support agents.', 'Two years leading a customer service team.'],
    hasNot: /Service Desk Analyst|Career advice|Apply/,
  },
  {
    adapter: smartrecruiters,
    file: 'smartrecruiters-style.html',
    url: 'https://jobs.smartrecruiters.com/FjordFoods/744000099999999-warehouse-shift-lead',
    what: 'posting with description sections',
    source: 'microdata',
    posting: { title: 'Warehouse Shift Lead', company: 'Fjord Foods', location: 'Bergen, Vestland, Norway' },
    has: ['Plan the night shift for twelve pickers', 'Forklift licence'],
    jobId: '744000099999999',
  },
  {
    adapter: stepstone,
    file: 'stepstone-style.html',
    url: 'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Buchhaltung-Bremen-Nordlicht--10000000-inline.html',
    what: 'job ad page read by its data-at names, with a similar job',
    source: 'site:stepstone',
    posting: { title: 'Sachbearbeiter Buchhaltung (m/w/d)', company: 'Nordlicht Logistik GmbH', location: 'Bremen', language: 'de' },
    hasNot: /Lagerist/,
    jobId: '10000000',
    cards: [['10000001', 'Lagerist (m/w/d)', 'Nordlicht Logistik GmbH', 'Bremen']],
  },
  {
    adapter: successfactors,
    file: 'successfactors-style.html',
    url: 'https://riverbend.jobs2web.com/job/Riverbend-Payroll-Clerk-OR-97000/880011/',
    what: 'job page without microdata, read from its Career Site Builder fields',
    source: 'site:successfactors',
    posting: { title: 'Payroll Clerk', company: 'Riverbend County', location: 'Riverbend, OR, US, 97000' },
    sections: [['Essential Functions', 'responsibilities'], ['Minimum Qualifications', 'requirements']],
    jobId: '880011',
  },
  {
    adapter: successfactors,
    file: 'successfactors-search-style.html',
    url: 'https://riverbend.jobs2web.com/search/?q=clerk',
    what: 'search page: each row once, with the desktop copy of its title and place',
    cards: [
      ['880011', 'Payroll Clerk', null, 'Riverbend, OR, US'],
      ['880012', 'Bridge Inspector', null, 'Riverbend, OR, US'],
    ],
  },
  {
    adapter: taleo,
    file: 'taleo-style.html',
    url: 'https://lanternfish.taleo.net/careersection/2/jobsearch.ftl?lang=en',
    what: 'a search, read by the generic listing reader',
    cards: [
      ['/careersection/2/jobdetail.ftl?job=195537&lang=en', 'Water Resources Engineer', null, null],
      ['/careersection/2/jobdetail.ftl?job=195540&lang=en', 'Project Accountant', null, null],
      ['/careersection/2/jobdetail.ftl?job=195552&lang=en', 'Field Technician', null, null],
    ],
  },
  {
    adapter: taleo,
    file: 'taleo-detail-style.html',
    url: 'https://lanternfish.taleo.net/careersection/2/jobdetail.ftl?job=195537&lang=en',
    what: 'a job page without a JobPosting, read whole by Readability as on a site no adapter knows; no cards of its own',
    source: 'readability',
    kinds: ['other', 'responsibilities', 'requirements', 'benefits'],
    has: ['Prepare hydraulic and hydrologic models for flood studies.', 'Three years of experience with HEC-RAS or similar tools.'],
    cards: [],
    also: {
      'would be read by its headings alone by an adapter that does not read pages whole': ({ doc, url }) => {
        const r = extractPosting(doc, url.href, { ...taleo, readsWholePage: false });
        expect(r.ok && r.source).toBe('headings');
      },
    },
  },
  {
    adapter: teamtailor,
    file: 'teamtailor-style.html',
    url: 'https://lanternfish.teamtailor.com/jobs',
    what: 'a job list, read by the generic listing reader',
    cards: [
      ['/jobs/8412233-customer-support-specialist', 'Customer Support Specialist', null, null],
      ['/jobs/8412240-data-engineer', 'Data Engineer', null, null],
      ['/jobs/8412251-bookkeeper', 'Bookkeeper', null, null],
    ],
  },
  {
    adapter: totaljobs,
    file: 'totaljobs-style.html',
    url: 'https://www.totaljobs.com/jobs/chef/in-bristol',
    what: 'search page on the StepStone platform, card ids from the article',
    cards: [
      ['200000001', 'Sous Chef', 'Harbourside Kitchen', 'Bristol, BS1'],
      ['200000002', 'Kitchen Porter', 'Clifton Bistro', 'Clifton, BS8'],
    ],
  },
  {
    adapter: upwork,
    file: 'upwork-style.html',
    url: 'https://www.upwork.com/jobs/Bookkeeper-for-small-online-shop_~021800000000000000001/',
    what: 'hourly job with a rate range, features and similar jobs: the brief line by line, then the pay terms; the location label, no company',
    source: 'site:upwork',
    posting: { title: 'Bookkeeper for a small online shop', company: null, location: 'United States' },
    jobId: '021800000000000000001',
    kinds: ['other', 'responsibilities'],
    allLines: [
      'We sell handmade candles online and need help keeping our books in order.',
      'reconcile Shopify and Stripe payouts every week',
      'categorize expenses in QuickBooks Online',
      'prepare a monthly profit and loss report',
      'Experience with QuickBooks Online is required.',
      'thanks!',
      'Hourly: Less than 30 hrs/week',
      'Hourly: $20.00-$35.00',
    ],
    also: {
      'finds the pay terms outside the description': ({ doc }) => {
        expect(doc.querySelector('[data-test="Description"]')?.textContent).not.toContain('Hourly');
      },
    },
  },
  {
    adapter: upwork,
    file: 'upwork-search-style.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=bookkeeping',
    what: 'search page: job tiles with the job number of their links',
    cards: [
      ['021800000000000000001', 'Bookkeeper for a small online shop', null, null],
      ['021800000000000000002', 'Year-end accounts clean-up', null, null],
    ],
    titleElements: true,
  },
  {
    adapter: usajobs,
    file: 'usajobs-style.html',
    url: 'https://www.usajobs.gov/job/812345600',
    what: 'announcement with small-screen copies and page chrome: the most specific agency, every duty location, each section once',
    source: 'site:usajobs',
    posting: { title: 'Park Ranger (Interpretation)', company: 'National Park Service', location: 'Moose, WY; Jackson, WY' },
    jobId: '812345600',
    anchor: 'Park Ranger (Interpretation)',
    sections: [
      ['Summary', 'other'],
      ['Duties', 'responsibilities'],
      ['Conditions of Employment', 'requirements'],
      ['Qualifications', 'requirements'],
      ['Education', 'requirements'],
      ['Additional information', 'requirements'],
      ['Benefits', 'benefits'],
      ['Required Documents', 'apply'],
      ['How to Apply', 'apply'],
      ['Next steps', 'apply'],
    ],
    has: ['Click Apply to start your application.'],
    notLines: ['Help', 'Overview', 'This job is open to', 'How You Will Be Evaluated', 'Agency contact information', 'Fair & Transparent',
      'Fair and Transparent', 'Pat Example', 'The public', '$45,000 - $58,000 per year'],
    also: {
      'keeps the announcement\'s headings in order, once each': ({ doc, url }) => {
        const result = extractPosting(doc, url.href, usajobs);
        expect(result.ok && headings(result.root)).toEqual(['Summary', 'Duties', 'Requirements', 'Conditions of Employment', 'Qualifications',
          'Education', 'Additional information', 'Benefits', 'Required Documents', 'How to Apply', 'Next steps']);
      },
    },
  },
  {
    adapter: usajobs,
    file: 'usajobs-style.html',
    url: 'https://www.usajobs.gov/GetJob/ViewDetails/812345600',
    what: 'the same announcement under its old ViewDetails URL',
    source: 'site:usajobs',
    jobId: '812345600',
  },
  {
    adapter: usajobs,
    file: 'usajobs-search-style.html',
    url: 'https://www.usajobs.gov/Search/Results?k=ranger',
    what: 'search results with the agency, once per job',
    cards: [
      ['812345600', 'Park Ranger (Interpretation)', 'National Park Service', 'Moose, WY'],
      ['812345700', 'Medical Support Assistant', 'Veterans Health Administration', 'Fremont, CA'],
    ],
  },
  {
    adapter: welcometothejungle,
    file: 'welcometothejungle-style.html',
    url: 'https://www.welcometothejungle.com/fr/companies/maison-verte/jobs/charge-de-clientele_lyon',
    what: 'job page with a related-job list, cards by their job slug',
    source: 'site:welcometothejungle',
    posting: { title: 'Chargé de clientèle', company: 'Maison Verte', location: 'Lyon', language: 'fr' },
    has: ["Suivre les commandes jusqu'à la livraison", "Deux ans d'expérience en relation client"],
    cards: [['charge-de-clientele_lyon', 'Chargé de clientèle', 'Maison Verte', 'Lyon']],
  },
  {
    adapter: wellfound,
    file: 'wellfound-style.html',
    url: 'https://wellfound.com/jobs',
    what: 'a search grouped by startup: each job\'s company is its startup\'s name',
    cards: [
      ['/jobs/3392132-backend-engineer', 'Backend Engineer', 'Lanternfish', null],
      ['/jobs/3392140-growth-marketer', 'Growth Marketer', 'Lanternfish', null],
      ['/jobs/4757024-founding-engineer', 'Founding Engineer', 'Kestrel Labs', null],
    ],
  },
  {
    adapter: weworkremotely,
    file: 'weworkremotely-style.html',
    url: 'https://weworkremotely.com/remote-jobs/lanternfish-customer-support-specialist',
    what: 'job page: title, company (without its icon), region and the description',
    source: 'site:weworkremotely',
    posting: { title: 'Customer Support Specialist', company: 'Lanternfish', location: 'Anywhere in the World' },
    sections: [[null, 'other'], ["What you'll do", 'responsibilities'], ["What we're looking for", 'requirements']],
    jobId: 'lanternfish-customer-support-specialist',
    anchor: 'Customer Support Specialist',
  },
  {
    adapter: weworkremotely,
    file: 'weworkremotely-search-style.html',
    url: 'https://weworkremotely.com/categories/remote-customer-support-jobs',
    what: 'a category list: each job once, by its link, and not the promo',
    cards: [
      ['lanternfish-customer-support-specialist', 'Customer Support Specialist', 'Lanternfish', 'Porto, Portugal'],
      ['quillmate-technical-support-engineer', 'Technical Support Engineer', 'Quillmate', 'Remote'],
    ],
  },
  {
    adapter: workable,
    file: 'workable-style.html',
    url: 'https://apply.workable.com/lanternfish/j/4A1B2C3D4E/',
    what: 'job page: title, company, place, and the three sections in order',
    source: 'site:workable',
    posting: { title: 'Support Specialist', company: 'Lanternfish', location: 'Porto, Portugal' },
    sections: [
      ['Description', 'other'],
      ['As our Support Specialist you will', 'responsibilities'],
      ['Requirements', 'requirements'],
      ['Benefits', 'benefits'],
    ],
    has: ['Answer customer emails and chats about orders and billing'],
    jobId: '4A1B2C3D4E',
  },
  {
    adapter: workable,
    file: 'workable-list-style.html',
    url: 'https://apply.workable.com/lanternfish/',
    what: 'a company job list: the openings by their short codes',
    cards: [
      ['4A1B2C3D4E', 'Support Specialist', null, 'Porto, Portugal'],
      ['9Z8Y7X6W5V', 'Bookkeeper', null, 'Remote'],
    ],
  },
  {
    adapter: workday,
    file: 'workday-style.html',
    url: 'https://acme.wd3.myworkdayjobs.com/en-US/External/job/Leiden/Clinical-Data-Coordinator_R1234-1',
    what: 'rendered job page beside its search results, each card the <li> of its job link',
    source: 'site:workday',
    posting: { title: 'Clinical Data Coordinator', company: null, location: 'Leiden, Netherlands' },
    has: ['Clean and query trial data before each database lock'],
    jobId: 'R1234-1',
    cards: [
      ['R1234-1', 'Clinical Data Coordinator', null, 'Leiden, Netherlands'],
      ['R5678', 'Biostatistician', null, '2 Locations'],
    ],
    cardElement: 'li',
  },
  {
    adapter: zhaopin,
    file: 'zhaopin-style.html',
    url: 'https://jobs.zhaopin.com/CC000000001J40000000001.htm',
    what: 'job page with summary-plane, the description in <br> lines',
    source: 'site:zhaopin',
    posting: { title: '仓储主管', company: '示例物流有限公司', location: '杭州', language: 'zh' },
    lines: {
      responsibilities: ['负责仓库收发货与库存盘点；', '带领10人班组完成每日出库计划；'],
      requirements: ['3年以上仓储管理经验；', '熟悉WMS系统'],
    },
    jobId: 'CC000000001J40000000001',
  },
  {
    adapter: zhipin,
    file: 'zhipin-style.html',
    url: 'https://www.zhipin.com/web/geek/jobs?city=101210100',
    what: 'search page with its detail pane: the hidden decoy words dropped, the flattened numbered lines split',
    source: 'site:zhipin',
    posting: { title: '数据标注专员', company: '示例数据科技', location: '杭州', language: 'zh' },
    lines: {
      responsibilities: ['按规范完成图片与文本的数据标注', '抽检标注结果并记录问题', '2周内完成新人培训'],
      requirements: ['大专及以上学历', '做事细心，有耐心'],
    },
    hasNot: /kanzhun|BOSS直聘/,
    jobId: 'aaa111bbbTest1',
    anchor: '数据标注专员',
    cards: [
      ['aaa111bbbTest1', '数据标注专员', '示例数据科技', '杭州·西湖区·文三路'],
      ['ccc222dddTest2', '门店店长', '示例茶饮', '杭州·上城区'],
    ],
  },
  {
    adapter: ziprecruiter,
    file: 'ziprecruiter-style.html',
    url: 'https://www.ziprecruiter.com/jobs-search?search=dental+assistant&location=Tucson%2C+AZ',
    what: 'search page with detail pane (title from its first heading, the text after "Job description"), cards rendered twice',
    source: 'site:ziprecruiter',
    posting: { title: 'Dental Assistant', company: 'Desert Smiles', location: 'Tucson, AZ • On-site' },
    has: ['Take dental X-rays as directed'],
    hasNot: /Quick Apply/,
    cards: [
      ['AbC123', 'Dental Assistant', 'Desert Smiles', 'Tucson, AZ'],
      ['XyZ789', 'Front Desk Coordinator', 'Saguaro Dental', 'Marana, AZ'],
    ],
  },
];
