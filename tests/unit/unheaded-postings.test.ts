import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { extractPosting } from '../../engine/extract';
import { domFromHtml } from '../sites/helpers';

// A job page written as a list of its work under no duty or requirement heading: the content script reads its main text
// as 'unheaded' (engine/extract/index.ts), and the analysis keeps it as a posting only when its lines say work.
const URL = 'https://careers.example-clinic.org/jobs/4411';
const page = (title: string, lines: string[], extra = ''): Document =>
  domFromHtml(`<html lang="en"><head><title>${title} - Riverside Clinic</title></head><body><header><a href="/">Home</a> <a href="/jobs">Jobs</a></header>
    <main><h1>${title}</h1><div class="company">Riverside Clinic</div><div class="text">${lines.map((l) => `<p>${l}</p>`).join('')}</div>${extra}<p><a href="#apply">Apply now</a></p></main></body></html>`);

const WORK = [
  'The technician works under the supervision of a licensed pharmacist in the hospital pharmacy.',
  'Fill physician orders, medication carts and dispensing cabinets accurately and on time.',
  'Prepare sterile admixtures and other compounded preparations using proper technique.',
  'Restock shelves and rotate medications by expiry date every week.',
  'Demonstrate knowledge of the medical terms and abbreviations used in prescribing and charting.',
  'Possess working knowledge of packaging, labeling and billing of drug products.',
  'Minimum high school diploma and state registration as a pharmacy technician.',
  'Pay: $19 to $23 per hour, as needed (PRN).',
];

describe('a posting under no duty or requirement heading, its work listed (real postings read by hand, session 39)', () => {
  it('reads the list of work as the posting’s duties on a page with no heading, titled in no job title’s shape', () => {
    const doc = page('Pharmacy Technician-PRN', WORK);
    const a = analyzeDocument(doc, URL, null);
    expect(a).toMatchObject({ kind: 'posting', source: 'unheaded', posting: { title: 'Pharmacy Technician-PRN' } });
    expect(a.tasks.map((t) => t.text)).toEqual(expect.arrayContaining([WORK[1], WORK[2], WORK[3]]));
    expect(a.requirements.map((r) => r.text)).toContain(WORK[6]);
  });

  it('reads no posting from such a text that says too little work, at length, as work', () => {
    const article = ['Our clinic opened a new wing this spring, with twelve more beds and a bigger pharmacy.', 'Patients can now collect prescriptions on the ground floor from 8 am.', 'Fill in the feedback form at reception and tell us what you think of the new wing.', 'Full-time and part-time staff were invited to the opening, where the mayor spoke about the position of the clinic in town.', 'Apply for a visitor badge at the front desk.'];
    const a = analyzeDocument(page('A new wing for Riverside', article), URL, null);
    expect(a).toMatchObject({ kind: 'none', tasks: [], reason: 'no job posting found: no duties or requirements in the main text' });
  });

  it('reads no posting from such a text on a page of job cards (a listing, as before)', () => {
    const cards = `<ul class="jobs">${['Pharmacy Technician', 'Medical Assistant', 'Registered Nurse'].map((t, i) => `<li class="job-card"><a href="/jobs/${i}">${t}</a><span>Riverside Clinic · Full-time</span></li>`).join('')}</ul>`;
    const doc = page('Pharmacy Technician-PRN', WORK, cards);
    const read = extractPosting(doc, URL, null, { cards: Array.from(doc.querySelectorAll('li.job-card')) });
    expect(read.ok && read.source).not.toBe('unheaded');
  });

  // A small employer's page of one job: its title, then the work, with no "Apply", no "Jobs" link and none of the job
  // words the page gate counts (held-out postings read by hand, session 46: a taco stand's cashier, 采购助理, 出纳).
  const bare = (title: string, lines: string[], lang = 'en'): Document =>
    domFromHtml(`<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</main></body></html>`);

  it('reads the work listed under a job’s title alone, in English and Chinese', () => {
    const cashier = ['Greet customers and make them feel welcome at the counter.', 'Take customer orders, repeat each order back before completing it, and take payment.', 'Offer suggestions to help guests order exactly what they want.', 'Keep your station stocked with change in the cash drawer, spare printer paper and napkins.', 'Count the cash drawer with a manager or supervisor at the end of each shift.', 'Assist with cleaning the dining room and restrooms as needed.'];
    const staff = ['Clean and maintain rooms: make beds, change linens, vacuum carpets and clean bathrooms to the hotel’s standards.', 'Ensure common areas are tidy: You will also be expected to clean and maintain the lobby, hallways and dining areas.', 'Restock supplies: It will be your responsibility to restock cleaning supplies in guest rooms and common areas as needed.', 'Report maintenance issues and lost property to the front desk.'];
    const zh = ['1、协助采购经理建立、完善采购工作管理制度和流程文件；', '2、接收各部门采购申请，并提交给采购组长；', '3、对接供应商报价，制作、录入及下发采购订单；', '4、跟进采购订单执行过程中的异常情况：交期延迟、退货、补货等；', '5、每月采购报表统计及提交，供应商资料归档。'];
    for (const [title, lines, lang] of [['Cashier', cashier, 'en'], ['Housekeeping Staff', staff, 'en'], ['采购助理', zh, 'zh']] as const) {
      const a = analyzeDocument(bare(title, [...lines], lang), URL, null);
      expect(a, title).toMatchObject({ kind: 'posting', source: 'unheaded', posting: { title } });
      // (Each task without its number and its closing mark: "1、协助…；" lists "协助…".)
      expect(a.tasks.map((t) => t.text), title).toEqual(lines.map((l) => l.replace(/^\d、|[；。]$/g, '')));
    }
  });

  it('counts the work done to its object ("对所辖区域的服务设施…进行管理") as work said, on a page that lists it under no heading', () => {
    const lines = ['1、所辖区域经营销售指标达成（租金、物业费、水电能耗等其他费用）', '2、对所辖区域的服务设施、环境卫生、营业纪律、陈列布展进行管理', '3、跟进辖区内品牌整改项的改进，按规定时间完成销项', '4、所辖区域商铺经营分析', '5、导购员入职岗前培训', '6、定期对所辖区域的品类、品牌进行市场调研，为经营决策提供有效信息'];
    const a = analyzeDocument(bare('商场楼层营运主管', lines, 'zh'), URL, null);
    expect(a).toMatchObject({ kind: 'posting', source: 'unheaded' });
    expect(a.tasks.map((t) => t.text)).toContain('对所辖区域的服务设施、环境卫生、营业纪律、陈列布展进行管理');
  });

  it('reads no posting from a page under a job’s title whose lines say no work, or that speaks of the title’s holders as the firm’s own', () => {
    const bio = ['Maria has looked after the practice since 2009 and knows every patient by name.', 'Before that she spent ten years in hotel management in Lisbon and Porto.', 'Outside the office she enjoys hiking, choir practice and her two grandchildren.'];
    const a = analyzeDocument(bare('Office Manager', bio), URL, null);
    expect(a).toMatchObject({ kind: 'none', tasks: [] });
    // A firm's page about its consultants lists what they do as a posting lists the work; it speaks of them as its own.
    const team = ['Every Senior Consultant at Northbridge has fifteen years of experience in retail and logistics, and each project is led by one of our Senior Consultant team from start to finish.', 'Lead the diagnosis of the client’s organisation and operating model.', 'Design performance and reward frameworks with the client’s leadership team.', 'Coach managers through the change until the new processes are in place.', 'Book a free first conversation with us today.'];
    expect(analyzeDocument(bare('Senior Consultant', team), URL, null)).toMatchObject({ kind: 'none', tasks: [] });
  });
});
