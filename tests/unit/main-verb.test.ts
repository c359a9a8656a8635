import { describe, expect, it } from 'vitest';
import { isLiaison, mainVerbOf, withLiaisonLean, withMainVerb } from '../../engine/rules/main-verb';
import { CONTEXT_HANDS_ON_ID, DESK_VERB_ID, PEOPLE_VERB_ID, ruleById } from '../../engine/rules/packs';
import type { ClassifiedTask } from '../../engine/types';

describe("a duty's main clause decides its label in three plain cases", () => {
  it.each([
    ['Mentor junior developers on code review practices', 'people'],
    ['Coaches new hires through their first month', 'people'],
    ['Plans and supervises the work of the night shift', 'people'],
    ['Guide sales, marketing and the support teams through the launch', 'people'],
    ['Negotiates rates with carriers and vendors', 'people'],
    ['Engaging with donors at events and on calls', 'people'],
    ['Train new staff on the front desk system', 'people'],
    ['Provides daily oversight of the billing clerks', 'people'],
    ['Serves as receptionist for the clinic', 'people'],
    ['Build lasting relationships with key accounts', 'people'],
    ['Meet with clients to review their portfolios', 'people'],
    ['带领团队完成季度销售目标', 'people'],
    ['与供应商建立长期合作关系', 'people'],
    ['Prepare and label blood samples for the lab', 'hands-on'],
    ['Collect water specimens at the treatment plant', 'hands-on'],
    ['Prepare slides of tissue samples for the pathologist', 'hands-on'],
    // (A board deck's slides are desk work: markup set 151.)
    ['Prepare board deck financial slides', null],
    ['Build a reporting pipeline for finance data', 'desk'],
    ['Develop and tune machine learning models for search ranking', 'desk'],
    ['Design internal tooling that support agents use', 'desk'],
    ['编写自动化测试脚本并维护测试环境', 'desk'],
    ['Analyze churn by customer segment', 'judgment'],
    ['Conducts market research for new product lines', 'judgment'],
    ['Schedules appointments and travel for the partners', 'routine'],
    ['Enter timesheets and expense data into the ledger', 'entry'],
    ['Accurately and promptly posts insurance payments to patient accounts', 'entry'],
    ['Design, build, and maintain data pipelines for the finance team', 'desk'],
    ['Review and optimize SQL queries for the reporting database', 'desk'],
    ['Schedule, train, and supervise the weekend volunteers', 'people'],
    ['Establish and grow strategic supplier and distributor relationships', 'people'],
    ['Build consensus among clinicians on the new protocol', 'people'],
    ['Drive architectural consensus across teams', 'people'],
    ['Write copy for the spring email campaign', 'judgment'],
    ['Draft press releases about new store openings', 'judgment'],
    ['Edit and proofread articles before publication', 'judgment'],
    ['Translate the user guides into German', 'judgment'],
    ['Reviews loan files for completeness and flags exceptions', 'judgment'],
    ['Provides personal care to residents of the memory unit', 'people'],
    ['Deliver play therapy to children in small groups', 'people'],
    ['Accompany residents on outings and daily activities', 'people'],
    ['Escorts visitors around the site', 'people'],
    ['负责班级幼儿的一日生活照料和保育工作', 'people'],
    ['代表公司参与诉讼及仲裁案件，出庭应诉', 'people'],
    ['负责公司各类合同的起草、审核和修改', 'judgment'],
    ['照顾老人日常起居，协助洗漱用餐', 'people'],
    ['指导初级工程师，进行代码评审', 'people'],
    ['负责指导新入职教师', 'people'],
    ['根据患者情况制定护理计划', 'judgment'],
    ['整理护理记录并录入系统', null],
    // Training's records are no training in the room (a real 人力资源专员 posting, read by hand).
    ['建立员工培训档案，分析培训需求与效果反馈', null],
    ['组织新员工入职培训', 'people'],
    ['Mix and serve cocktails at the pool bar', 'hands-on'],
    ['Bake pastries and breads for the morning shift', 'hands-on'],
    ['Book hotels and rental cars for visiting speakers', 'routine'],
    ['Schedules interviews for the hiring managers', 'routine'],
    ['Process loan applications in the servicing system', 'routine'],
    ['Tag support tickets by product area', 'routine'],
    ['Assign diagnosis codes to inpatient charts', 'routine'],
    ['Matches supplier invoices to purchase orders', 'entry'],
    ['Apply customer payments and deductions in Epicor', 'entry'],
    ['Apply sealant to joints', null],
    ["Assess residents' vital signs every four hours", 'hands-on'],
    ['Take blood pressures and record them in the chart', 'hands-on'],
    ['Triage patients arriving at the walk-in clinic', 'hands-on'],
    ['Answers call lights promptly and reports changes in condition to the RN', 'hands-on'],
    ['Respond promptly to patient call lights', 'hands-on'],
    // Code samples are tested at a desk, lab samples at a bench.
    ['Test code samples against the latest SDK releases', 'desk'],
    ['观察幼儿健康状况，发现异常及时报告', 'people'],
    ['密切观察患者病情变化，及时报告医生', 'people'],
    ['观察现有系统的运行情况', null],
    ['观察记录幼儿成长情况，撰写成长档案', null],
    ['负责月度、年度增值税及企业所得税申报', 'routine'],
    ['Assess eligibility of patients for the assistance program', 'judgment'],
    ['Lead a team of nine drivers on the early shift', 'people'],
    ['Present the quarterly forecast to the executive team', 'people'],
    ['Audits travel claims against the expense policy', 'judgment'],
    ['Code procedures and diagnoses from physician notes', 'routine'],
    // People in one's care or custody as the verb's object (O*NET: 51 of 69 such tasks rated E0).
    ['Educates patients and families on discharge instructions', 'people'],
    ['Counts inmates at scheduled intervals and reports discrepancies', 'people'],
    ["Monitor patients' fluid intake and report changes", 'people'],
    ['Searches prisoners and their cells for contraband', 'people'],
    // Patients seated, not the procedures they are seated for (markup set 127: read as preparing documents).
    ['Seat patients and prepare operatories for procedures', 'people'],
    ['Delegates tasks to nursing assistants and monitors their work', 'people'],
    ['Instruct new workers in safe lifting practices', 'people'],
    ['manage billing residents general council', null],
    ['Monitor patient satisfaction survey results', null],
    ['Run discovery calls and tailored product demos', 'people'],
    ['Demonstrate the equipment to buyers on the showroom floor', 'people'],
    ['Staff our booth at trade shows and community events', 'hands-on'],
    ['Perform preventive maintenance on the packaging lines', 'hands-on'],
    ['Perform routine database maintenance and backups', null],
    // Software and models put to the test (O*NET: 11 of 14 such dev tasks exposed); data entry in a named system, a drawer balanced.
    ['Test new prompts and model versions before release', 'desk'],
    ['Debug scripts that load the nightly data', 'desk'],
    ['Test experimental models under simulated operating conditions', null],
    ['Log completed work and parts used in Yardi', 'entry'],
    ['Balance the cash drawer at the end of each shift', 'entry'],
    ['Perform triage of patients arriving by ambulance', 'hands-on'],
    ['Perform monthly bank reconciliations', 'entry'],
    // Presence where people are (O*NET: 6 of 7 such dev tasks E0).
    ['Visit the plants quarterly to review cost drivers with operations leaders', 'hands-on'],
    ['Ring up sales and process returns at the register', 'hands-on'],
    ['Operate the cash register and count the till', 'hands-on'],
    ['Conduct cycle counts and report inventory discrepancies', 'hands-on'],
    ['Take inventory of supplies and equipment', 'hands-on'],
    ['Perform inventory valuation analysis', 'judgment'],
    ['Responds to rapid responses and codes.', 'hands-on'],
    ['Train hospital technologists on new features', 'people'],
    ['设计并开展主题教学活动', 'people'],
    ['组织幼儿户外活动', 'people'],
    ['Plan and conduct recreational activities for residents', 'people'],
    ['Shoot photos and short videos of dishes and events at our restaurants', 'hands-on'],
    // Annotation: scans labelled, model answers scored and ranked.
    ['Label medical scans following detailed guidelines', 'routine'],
    ['对大模型的回答进行打分、排序和改写', 'routine'],
    ['Photograph damage to vehicles and property', 'hands-on'],
    ['开展线上主题活动策划', 'judgment'],
    // Presenting to a board in the room, and calls joined with customers.
    ['Present monthly savings reports to housing cooperative boards', 'people'],
    ['Join video calls with enterprise customers during incidents', 'people'],
    // Chinese: companies visited, customers won, sales targets met (a bank's 客户经理).
    ['上门走访企业，收集财务资料，开展贷前调查', 'people'],
    ['负责辖区内中小企业客户的营销拓展', 'people'],
    ['负责华南区域医院客户的开发与维护', 'people'],
    ['完成个人存款、贷款等业务指标', 'people'],
    // An estate agent's listings and clients won by phone, and clients taken to see homes.
    ['通过电话、网络平台开发房源和客源', 'people'],
    ['带客户实地看房，讲解房屋情况', 'people'],
  ] as const)('%s → %s', (statement, kind) => {
    expect(mainVerbOf(statement)).toBe(kind);
  });

  it.each([
    'Collaborate with product managers on the roadmap',
    'Lead the migration of our billing service',
    'Train machine learning models on labelled data',
    'Develop the quarterly budget',
    'Drive a forklift in the warehouse',
    'Answer the phones when needed',
    'Supply parts to the assembly line',
    'Comply with site rules',
    'Sales, marketing and support teams rely on the reports',
    'Design and build the trade show booth',
    'Write daily shift reports',
    'Draft letters to tenants about rent changes',
    'Prepare food cost reports for the chef',
    'Provide care coordination recommendations to the clinical team',
    'Coordinate shipments with carriers',
    'Develop onboarding guides for new employees',
    'Manage payroll for 200 employees',
    'Present yourself professionally at all times',
    'Present reports to the data team on Slack',
    '完成领导交办的其他任务',
    'Respond to code changes in review',
    'Train models for customers',
    'Shoot down bad ideas quickly',
    '客户营销数据分析',
  ])('leaves %s to the lexicon', (statement) => {
    expect(mainVerbOf(statement)).toBeNull();
  });

  const task = (label: ClassifiedTask['label'], exposure: number): ClassifiedTask => ({ text: 't', label, exposure, rules: ['no-signal'], confidence: 0.2, unclear: true });

  it('relabels against the lexicon with its reason first, and leaves an agreeing label alone', () => {
    expect(withMainVerb(task('augmentable', 0.8), 'Mentor two junior analysts')).toMatchObject({ label: 'human-led', exposure: 0.4999, unclear: false, rules: [PEOPLE_VERB_ID] });
    expect(withMainVerb(task('human-led', 0.3), 'Build an internal API for payroll')).toMatchObject({ label: 'augmentable', exposure: 0.5, rules: [DESK_VERB_ID] });
    // Judgment and routine only split exposed work: a human-led task stays so.
    expect(withMainVerb(task('automatable', 0.9), 'Analyze churn by segment')).toMatchObject({ label: 'augmentable' });
    expect(withMainVerb(task('augmentable', 0.7), 'Schedule meetings for the team')).toMatchObject({ label: 'automatable' });
    expect(withMainVerb(task('human-led', 0.4), 'Schedule meetings for the team').label).toBe('human-led');
    // …and an unclear task they cannot make exposed stays unclear, for the posting's lean to tell.
    expect(withMainVerb(task('human-led', 0.4), 'Coordinate inbound shipments with carriers')).toMatchObject({ label: 'human-led', unclear: true });
    // Data entry is exposed whatever the lexicon says.
    expect(withMainVerb(task('human-led', 0.36), 'Posts cash receipts to resident accounts')).toMatchObject({ label: 'automatable', exposure: 0.5 });
    const agreeing = { ...task('human-led', 0.2), unclear: false, rules: ['teach-in-person'] };
    expect(withMainVerb(agreeing, 'Mentor two junior analysts')).toBe(agreeing);
    // Unclear but the main clause speaks for it: told, so the posting's lean can't overrule it.
    expect(withMainVerb(task('human-led', 0.45), 'Serves as receptionist.')).toMatchObject({ label: 'human-led', unclear: false, rules: [PEOPLE_VERB_ID] });
  });

  it.each([PEOPLE_VERB_ID, DESK_VERB_ID, 'hands-on-main-verb', 'judgment-main-verb', 'routine-main-verb'])('%s explains itself in en and zh_CN', (id) => {
    expect(ruleById(id)?.reason.en.length).toBeGreaterThan(40);
    expect(ruleById(id)?.reason.zh_CN).toMatch(/[\u4e00-\u9fff]{8}/);
  });
});

describe('presence on a floor, post moved by hand, data tidied by code, reconciling, forecasting, automating and logistics', () => {
  it.each([
    ['Monitor the cafeteria, hallways and playground during breaks', 'hands-on'],
    ['Patrols the parking lot after dark', 'hands-on'],
    ['Sort and distribute incoming mail and packages', 'hands-on'],
    ['Clean and transform raw data using SQL and Python', 'desk'],
    ['Wrangle partner datasets into one schema', 'desk'],
    ['Clean the break room and restock supplies', null],
    ['Reconcile vendor statements every month', 'entry'],
    ['Forecast call volumes for the contact center', 'judgment'],
    ['Automate manual reporting with Python', 'desk'],
    ['Coordinate logistics for the annual offsite', 'routine'],
    ['Monitor system performance and alerts', null],
    ['Travel to customer sites to lead workshops', 'hands-on'],
    ['Travel between our five stores to support store managers', 'hands-on'],
    ['Analyse travel spend and recommend savings', 'judgment'],
    ['Scan and index remittance advice and correspondence', 'routine'],
    ['Scan incoming invoices into the document system', 'routine'],
  ])('"%s" is %s', (statement, kind) => {
    expect(mainVerbOf(statement)).toBe(kind);
  });
});

describe('working with other people takes the lean of the rest of the posting', () => {
  const told = (label: ClassifiedTask['label'], exposure: number): ClassifiedTask => ({ text: 't', label, exposure, rules: ['lexicon-exposed'], confidence: 0.6, unclear: false });
  const liaison = 'Coordinate with housekeeping and maintenance to resolve guest requests';

  it('knows a liaison duty by its main clause', () => {
    for (const line of [liaison, 'Communicating with dispatch about delays', 'Collaborates and communicates with other departments', 'Works closely with loaders to stage orders'])
      expect([line, isLiaison(line)]).toEqual([line, true]);
    for (const line of ['Coordinate patient care plans', 'Communicate results to the team', 'Schedule meetings with vendors']) expect([line, isLiaison(line)]).toEqual([line, false]);
  });

  it('is human-led on a posting whose other told duties are mostly human-led, and left to its words elsewhere', () => {
    const handsOn = withLiaisonLean([told('human-led', 0.2), told('human-led', 0.1), told('automatable', 0.8), told('augmentable', 0.7)], ['a', 'b', 'c', liaison]);
    expect(handsOn[3]).toMatchObject({ label: 'human-led', exposure: 0.4999, rules: [CONTEXT_HANDS_ON_ID, 'lexicon-exposed'] });
    const desk = [told('human-led', 0.2), told('augmentable', 0.8), told('automatable', 0.8), told('augmentable', 0.7)];
    expect(withLiaisonLean(desk, ['a', 'b', 'c', liaison])).toEqual(desk);
  });
});
