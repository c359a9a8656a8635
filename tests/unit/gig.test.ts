import { describe, expect, it } from 'vitest';
import triggersJson from '../../data/gig/triggers.json';
import factsJson from '../../data/gig/facts.json';
import linksJson from '../../data/gig/links.json';
import { FactsFile, LinksFile, TriggersFile } from '../../engine/gig/data';
import { detectGig } from '../../engine/gig/detect';
import { analyzePosting } from '../../engine/analyze';
import { AnalysisSchema } from '../../schemas/records';
import type { Posting } from '../../engine/types';

const posting = (title: string, lines: string[], language = 'en'): Posting => ({
  title,
  company: null,
  location: null,
  language,
  sections: [{ heading: null, kind: 'other', lines }],
});

const kinds = (p: Posting) => detectGig(p)?.kinds ?? null;
const said = (p: Posting) => Object.fromEntries((detectGig(p)?.says ?? []).map((s) => [s.aspect, s.value]));

describe('gig data files', () => {
  it('parse with their schemas, and every link is https', () => {
    expect(TriggersFile.parse(triggersJson).triggers.length).toBeGreaterThan(20);
    expect(FactsFile.parse(factsJson).facts.length).toBeGreaterThan(15);
    const links = LinksFile.parse(linksJson).links;
    expect(links.map((l) => l.url)).toEqual(expect.arrayContaining(['https://www.dol.gov/agencies/whd/flsa/misclassification', 'https://www.mohrss.gov.cn/']));
  });

  it('rejects a pattern that is not a regular expression', () => {
    expect(TriggersFile.safeParse({ triggers: [{ id: 'x', kind: 'gig', weight: 1, pattern: '(' }] }).success).toBe(false);
  });
});

describe('detectGig: English', () => {
  const courier = posting('Delivery Courier', [
    'Deliver food to customers through our app as an independent contractor.',
    'Earn money per delivery, plus 100% of tips.',
    'Set your own schedule — work whenever you want.',
  ]);

  it('flags a courier app posting, with the words that triggered it', () => {
    const report = detectGig(courier)!;
    expect(report.kinds).toEqual(expect.arrayContaining(['gig', 'contract', 'platform']));
    expect(report.triggers.map((t) => t.phrase.toLowerCase())).toEqual(expect.arrayContaining(['independent contractor', 'per delivery']));
  });

  it('reports what it says (pay, hours, contract, employer) and what it omits (social insurance)', () => {
    const report = detectGig(courier)!;
    expect(said(courier)).toEqual({ pay: 'per-delivery', hours: 'flexible', contract: 'independent-contractor', employer: 'platform' });
    expect(report.omits).toEqual(['insurance']);
    expect(report.says.find((s) => s.aspect === 'pay')?.phrase).toContain('per delivery');
    expect(report.links.map((l) => l.id)).toEqual(['us-dol-misclassification', 'uk-employment-status', 'ilo-non-standard-employment']);
  });

  it('flags a freelance 1099 writer and a 6-month contract role', () => {
    expect(kinds(posting('Freelance Copywriter', ['This is a 1099 contractor position paid per task.']))).toEqual(expect.arrayContaining(['freelance', 'contract', 'gig']));
    const contract = posting('Data Analyst (6-month contract)', ['W2 only. Health insurance not included; no benefits.', '$45 per hour, 40 hours a week.']);
    expect(kinds(contract)).toEqual(['contract']);
    expect(said(contract)).toMatchObject({ pay: 'hourly', insurance: 'not-provided', contract: 'fixed-term' });
  });

  it('agency work placed with a client', () => {
    const p = posting('Warehouse Operative', ['Our staffing agency is recruiting on behalf of our client.', 'Temporary assignment, shifts Monday to Friday.']);
    expect(kinds(p)).toEqual(['agency']);
    expect(said(p)).toMatchObject({ employer: 'agency' });
  });

  it('no false alarm: an ordinary job that mentions contracts, freelancers or flexible hours in passing', () => {
    const lawyer = posting('Procurement Manager', [
      'Negotiate contracts with suppliers and review contract terms.',
      'Manage our contract management system and vendor contracts.',
      'Coordinate with freelancers? No: coordinate with internal teams.',
    ]);
    expect(detectGig({ ...lawyer, sections: [{ ...lawyer.sections[0]!, lines: lawyer.sections[0]!.lines.slice(0, 2) }] })).toBeNull();
    const office = posting('Accountant', [
      'Prepare 1099 forms and year-end filings for our vendors.',
      'Full-time, permanent role with health insurance and 401(k).',
      'We offer flexible hours and a hybrid office.',
      'Contract review and gigabit network budgeting.',
    ]);
    expect(detectGig(office)).toBeNull();
  });
});

describe('detectGig: Chinese', () => {
  it('flags a rider job and sees that it says nothing about social insurance', () => {
    const rider = posting('外卖骑手', ['众包骑手，时间自由，按单结算，多劳多得', '日结，每单5-8元'], 'zh');
    const report = detectGig(rider)!;
    expect(report.kinds).toEqual(expect.arrayContaining(['gig', 'platform']));
    expect(report.triggers.map((t) => t.phrase)).toEqual(expect.arrayContaining(['骑手', '按单结算']));
    expect(said(rider)).toMatchObject({ pay: 'per-delivery', hours: 'flexible' });
    expect(report.omits).toEqual(expect.arrayContaining(['insurance', 'contract']));
    expect(report.links.map((l) => l.id)).toEqual(['ilo-non-standard-employment', 'cn-mohrss']);
  });

  it('reads a rider who sets their own shifts (自由排班) as on flexible hours, not on shifts', () => {
    const courier = posting('外卖配送员', ['通过骑手App接单，到商家取餐并按时送达顾客', '按单计费，每单4-8元，日结', '自由排班，午高峰和晚高峰需在线'], 'zh');
    expect(said(courier)).toMatchObject({ pay: 'per-delivery', hours: 'flexible' });
    expect(said(posting('外卖骑手', ['众包骑手，按单结算', '公司统一排班，两班倒'], 'zh'))).toMatchObject({ hours: 'shifts' });
  });

  it('flags dispatch and outsourced roles, and reads 社保 and 劳务派遣', () => {
    const p = posting('客服专员（劳务派遣）', ['本岗位为劳务派遣，签订派遣合同', '缴纳社保，月薪4000-6000元', '外包驻场至客户现场'], 'zh');
    expect(kinds(p)).toEqual(expect.arrayContaining(['agency']));
    expect(said(p)).toMatchObject({ insurance: 'provided', contract: 'dispatch', employer: 'agency', pay: 'salary' });
    const noInsurance = posting('兼职促销员', ['周末兼职，时薪25元，不缴纳社保'], 'zh');
    expect(kinds(noInsurance)).toEqual(['part-time']);
    expect(said(noInsurance)).toMatchObject({ insurance: 'not-provided', pay: 'hourly', hours: 'part-time' });
  });

  it('no false alarm: a permanent job that mentions contracts and outsourcing suppliers', () => {
    const p = posting('采购经理', ['负责供应商合同谈判与合同管理', '负责外包供应商管理与考核', '全职，五险一金，双休，签订劳动合同'], 'zh');
    expect(detectGig(p)).toBeNull();
  });
});

describe('gig in the Analysis', () => {
  it('is absent on an ordinary posting and present (and storable) on a gig one', () => {
    const plain = analyzePosting(posting('Accountant', ['Prepare monthly accounts', 'Full-time role with pension']), 'json-ld', 'https://x.example/1');
    expect('gig' in plain).toBe(false);
    const gig = analyzePosting(posting('Delivery Rider', ['Deliver orders through our app, paid per delivery']), 'json-ld', 'https://x.example/2');
    expect(gig.gig?.kinds).toEqual(expect.arrayContaining(['gig', 'platform']));
    expect(AnalysisSchema.parse(gig)).toEqual(gig);
  });
});
