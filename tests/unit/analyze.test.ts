import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzePosting, withLean } from '../../engine/analyze';
import { summarize } from '../../engine/rules/summarize';
import type { AnalysedTask, Posting } from '../../engine/types';
import { adapterFor } from '../../sites/registry';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

if (!hasShared) console.warn('analyze.test: ../shared/fixtures/pages not found; skipping saved-page tests');

function load(file: string | URL): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

const posting: Posting = {
  title: 'Office Manager',
  company: 'Acme',
  location: 'Leeds',
  language: 'en',
  sections: [
    { heading: 'About us', kind: 'about', lines: ['We make anvils for coyotes everywhere.'] },
    { heading: 'Duties', kind: 'responsibilities', lines: ['Schedule meetings for the directors.', 'Supervise the reception staff.'] },
    { heading: 'Requirements', kind: 'requirements', lines: ['Two years of experience in office administration.'] },
    { heading: 'Benefits', kind: 'benefits', lines: ['Pay: £14.50 per hour, plus 25 days of holiday.'] },
  ],
};

describe('analyzePosting', () => {
  it('gives every line a role, classifies the duties alone and summarises them', () => {
    const analysis = analyzePosting(posting, 'json-ld', 'https://acme.example/jobs/1');
    expect(analysis).toMatchObject({
      url: 'https://acme.example/jobs/1',
      kind: 'posting',
      source: 'json-ld',
      posting: { title: 'Office Manager', company: 'Acme', location: 'Leeds', language: 'en' },
      cards: [],
      skills: ['office-administration'],
    });
    expect(analysis.lines.map((l) => l.role)).toEqual(['heading', 'company', 'heading', 'duty', 'duty', 'heading', 'requirement', 'heading', 'benefit']);
    expect(analysis.tasks.map((t) => [t.text, t.label])).toEqual([
      ['Schedule meetings for the directors.', 'automatable'],
      ['Supervise the reception staff.', 'human-led'],
    ]);
    for (const task of analysis.tasks) expect(task).toMatchObject({ unclear: false, confidence: expect.any(Number) });
    expect(analysis.requirements).toEqual([{ text: 'Two years of experience in office administration.', skills: ['office-administration'] }]);
    expect(analysis.benefits).toEqual([{ text: 'Pay: £14.50 per hour, plus 25 days of holiday.' }]);
    expect(analysis.exposure).toMatchObject({ counts: { automatable: 1, augmentable: 0, 'human-led': 1 }, unclear: 0 });
    expect(analysis.reason).toBeUndefined();
  });

  it('keeps a duty no rule or word speaks for apart as unclear, out of the figure, leaning with the rest', () => {
    const vague: Posting = { ...posting, sections: [{ heading: 'Duties', kind: 'responsibilities', lines: ['Schedule meetings for the directors.', 'Schedule travel for the directors.', 'Be the glue.'] }] };
    const analysis = analyzePosting(vague, 'json-ld', 'https://acme.example/jobs/2');
    const glue = analysis.tasks.find((t) => t.text.startsWith('Be the glue'));
    expect(glue).toMatchObject({ unclear: true, rules: ['no-signal'] });
    expect(glue!.confidence).toBeLessThanOrEqual(0.2);
    expect(glue!.label).toBe(analysis.exposure!.label);
    expect(analysis.exposure).toMatchObject({ unclear: 1, counts: { automatable: 2, augmentable: 0, 'human-led': 0 } });
    const clear = analysis.tasks.filter((t) => !t.unclear);
    expect(analysis.exposure!.score).toBeCloseTo(clear.reduce((s, t) => s + t.exposure, 0) / clear.length, 3);
  });
});

describe('the lean of unclear duties', () => {
  const duty = (label: AnalysedTask['label'], exposure: number, unclear = false): AnalysedTask => ({ text: `${label} ${exposure}`, label, exposure, rules: [], confidence: 0.5, unclear, section: 'responsibilities' });
  it('follows most of the told duties, not their mean: three human-led duties beside one strongly exposed one lean human-led', () => {
    const tasks = [duty('human-led', 0.45), duty('human-led', 0.45), duty('human-led', 0.45), duty('automatable', 0.99), duty('augmentable', 0.6, true)];
    expect(summarize(tasks.filter((t) => !t.unclear))!.score).toBeGreaterThan(0.5);
    expect(withLean(tasks, null)[4]).toMatchObject({ label: 'human-led', unclear: true });
    expect(withLean(tasks, null)[4]!.exposure).toBeLessThan(0.5);
  });
  it('leans to the exposed kind most told duties have when most are exposed', () => {
    const tasks = [duty('automatable', 0.9), duty('automatable', 0.8), duty('human-led', 0.1), duty('human-led', 0.4, true)];
    expect(withLean(tasks, null)[3]).toMatchObject({ label: 'automatable', unclear: true });
  });
  it('leans human-led on a tie: a technician with one hands-on and one desk duty told', () => {
    const tasks = [duty('human-led', 0.3), duty('automatable', 0.9), duty('automatable', 0.6, true)];
    expect(withLean(tasks, null)[2]).toMatchObject({ label: 'human-led', unclear: true });
  });
  it("counts the title's occupation as a few told duties more: a dental hygienist's two exposed of three lean human-led", () => {
    const tasks = [duty('augmentable', 0.7), duty('augmentable', 0.51), duty('human-led', 0.34), duty('augmentable', 0.52, true)];
    const hygienist = summarize([duty('automatable', 0.9), duty('augmentable', 0.6), ...Array.from({ length: 7 }, () => duty('human-led', 0.2))])!;
    const clerk = summarize([duty('automatable', 0.9), duty('augmentable', 0.6), duty('human-led', 0.2)])!;
    expect(withLean(tasks, null)[3]).toMatchObject({ label: 'augmentable', unclear: true });
    expect(withLean(tasks, hygienist)[3]).toMatchObject({ label: 'human-led', unclear: true });
    expect(withLean(tasks, clerk)[3]).toMatchObject({ label: 'augmentable', unclear: true });
  });
});

describe('analyzeDocument', () => {
  it('reads our own saved posting without a site adapter', () => {
    const doc = load(new URL('../fixtures/tasks/posting-en.html', import.meta.url));
    const analysis = analyzeDocument(doc, 'https://careers.northwind.example/jobs/42', null);
    expect(analysis.kind).toBe('posting');
    expect(analysis.posting?.title).toBe('Operations Coordinator');
    expect(analysis.tasks.length).toBeGreaterThanOrEqual(6);
    expect(analysis.tasks.some((t) => /holiday|pension/i.test(t.text))).toBe(false);
    const label = (start: string) => analysis.tasks.find((t) => t.text.startsWith(start))?.label;
    expect(label('Enter customer orders')).toBe('automatable');
    // Negotiating is people work face to face (tests/fixtures/lines/README.md): human-led whatever its objects.
    expect(label('Negotiate rates')).toBe('human-led');
  });

  it("lists no board's tag chips as a task, read as the main text at a site no adapter knows", () => {
    const body = "<div class='job-detail'><h1>仓库管理员</h1><div class='job-tags'><span>仓储管理</span><span>叉车证</span></div><div>岗位职责：<br>1、负责仓库货物的收发、入库验收和出库复核；<br>2、每日核对库存，定期组织盘点，做到账实相符；<br>3、在WMS系统中录入出入库单据并打印拣货单；<br>4、安排叉车和装卸人员完成装车卸货；<br>任职要求：<br>1、高中及以上学历，2年以上仓库管理经验；<br>2、持有叉车证者优先；<br>3、能适应倒班。</div></div>";
    const { document } = parseHTML(`<html lang="zh-CN"><head><title>仓库管理员</title></head><body><main>${body}</main></body></html>`);
    const analysis = analyzeDocument(document as unknown as Document, 'https://jobs.hengyun.example/job/7', null);
    expect(analysis.tasks.map((t) => t.text)).toHaveLength(4);
    expect(analysis.lines?.find((l) => /仓储管理/.test(l.text))).toMatchObject({ text: '仓储管理 · 叉车证', role: 'meta' });
  });

  it("reads a small Chinese shop's posting written as one paragraph of work, its asks and its pay, at a site no adapter knows", () => {
    const body = '<h1>门店店员</h1><div>主要负责门店面包的销售和收银，每天早上整理货架、补充商品，帮顾客打包，下班前做好门店清洁。<br>要求：有耐心，会用手机收银，能接受早晚班。<br>待遇：月薪4500-5500元，包工作餐，月休4天。</div>';
    const { document } = parseHTML(`<html lang="zh-CN"><head><title>门店店员 - 悦享烘焙</title></head><body><main>${body}</main></body></html>`);
    const analysis = analyzeDocument(document as unknown as Document, 'https://www.yuexiang-bakery.example/jobs/3', null);
    expect(analysis.kind).toBe('posting');
    expect(analysis.tasks.map((t) => t.text)).toEqual([expect.stringContaining('负责门店面包的销售和收银')]);
    expect(analysis.benefits.map((b) => b.text)).toEqual([expect.stringContaining('月薪4500-5500元')]);
  });

  it("reads a Chinese store's posting of unheaded lines whose pay is a monthly range (4500-6000元/月, no 月薪) at a site no adapter knows (it read as no job; markup set 109)", () => {
    const body = '<h1>门店导购员</h1><div class="bmsg job_msg inbox"><p>负责门店商品的陈列、补货和盘点；</p><p>为顾客介绍商品，完成收银工作；</p><p>维护门店卫生，做好开店和闭店工作；</p><p>有无经验均可，公司提供带薪培训；</p><p>薪资：4500-6000元/月，另有销售提成</p></div>';
    const { document } = parseHTML(`<html lang="zh-CN"><head><title>门店导购员 - 名创优品</title></head><body><main>${body}</main></body></html>`);
    const analysis = analyzeDocument(document as unknown as Document, 'https://jobs.mingchuang.example/job/12', null);
    expect(analysis.kind).toBe('posting');
    expect(analysis.tasks.map((t) => t.text)).toEqual(['负责门店商品的陈列、补货和盘点', '为顾客介绍商品，完成收银工作', '维护门店卫生，做好开店和闭店工作']);
  });

  it('reads a Chinese office posting of one paragraph under a short title with no job suffix (行政前台), asking for schooling, not pay; a company profile stays no job', () => {
    const read = (h1: string, text: string) => {
      const { document } = parseHTML(`<html lang="zh-CN"><head><title>${h1} - 睿川信息</title></head><body><main><h1>${h1}</h1><div>${text}</div></main></body></html>`);
      return analyzeDocument(document as unknown as Document, 'https://www.ruichuan.example/jobs/8', null);
    };
    const job = read('行政前台', '负责公司前台接待，接听转接电话，收发快递和信件，管理办公用品的采购和领用，协助组织员工活动。要求大专以上学历，形象好，会用Office办公软件，有前台工作经验者优先。上班时间9:00-18:00。');
    expect(job.kind).toBe('posting');
    expect(job.tasks.map((t) => t.text)).toEqual([expect.stringContaining('负责公司前台接待')]);
    const profile = read('公司简介', '睿川信息成立于2012年，负责为长三角的制造企业提供工业软件和数字化咨询服务，拥有员工三百余人，总部位于上海浦东新区张江高科技园区。');
    expect(profile.kind).toBe('none');
  });

  it("reads a platform's part-time home-cleaning posting of 【】 paragraphs (兼职, 工作内容) as a job: one duty, its hours and pay as terms, its asks apart", () => {
    const body = '<h1>家政保洁（兼职）</h1><div><p>【工作内容】平台派单上门做家庭保洁，包括厨房、卫生间、客厅的清洁和整理。</p><p>【工作时间】自由接单，每天可做2-4单。</p><p>【薪资】每单80-150元，平台结算，次日到账。</p><p>【要求】女性，50岁以下，手脚勤快，需通过平台培训考核后上岗。</p></div>';
    const { document } = parseHTML(`<html lang="zh-CN"><head><title>家政保洁（兼职） - 合作家政门店</title></head><body><main>${body}</main></body></html>`);
    const analysis = analyzeDocument(document as unknown as Document, 'https://www.jiazheng.example/jobs/12', null);
    expect(analysis.kind).toBe('posting');
    expect(analysis.tasks.map((t) => t.text)).toEqual([expect.stringContaining('上门做家庭保洁')]);
    expect(analysis.requirements.map((r) => r.text)).toEqual([expect.stringContaining('50岁以下')]);
    expect(analysis.benefits.map((b) => b.text)).toEqual([expect.stringContaining('自由接单'), expect.stringContaining('每单80-150元')]);
  });

  it('says why when a page holds no job', () => {
    const { document } = parseHTML('<html><body><h1>Our bakery</h1><p>Fresh bread daily.</p></body></html>');
    const analysis = analyzeDocument(document as unknown as Document, 'https://bakery.example/', null);
    expect(analysis).toMatchObject({ kind: 'none', posting: null, tasks: [], exposure: null });
    expect(analysis.reason).toBeTruthy();
  });

  it.skipIf(!hasShared)('reads the Sonatus posting on Greenhouse', () => {
    const url = 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007';
    const doc = load(`${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`);
    const analysis = analyzeDocument(doc, url, adapterFor(url));
    expect(analysis.kind).toBe('posting');
    expect(analysis.posting).toMatchObject({ title: 'Senior Staff AI Engineer', company: 'Sonatus' });
    expect(analysis.tasks.length).toBeGreaterThan(10);
    expect(analysis.tasks.some((t) => /^Lead the architecture and design of an extensible AI platform/.test(t.text))).toBe(true);
    // Its qualifications and benefits are listed apart, never as tasks.
    expect(analysis.tasks.some((t) => /years of software engineering experience|401k|Bachelor/i.test(t.text))).toBe(false);
    expect(analysis.requirements.some((r) => /10\+ years of software engineering experience/.test(r.text))).toBe(true);
    expect(analysis.benefits.some((b) => /Retirement plan \(401k\)/.test(b.text))).toBe(true);
    expect(analysis.exposure?.label).not.toBe('human-led');
  });

  it.skipIf(!hasShared)('lists the cards of a LinkedIn search page', () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=engineer';
    const doc = load(`${SHARED_PAGES}linkedin/guest-search-cards-fragment-10.html`);
    const analysis = analyzeDocument(doc, url, adapterFor(url));
    expect(analysis.kind).toBe('listing');
    expect(analysis.cards).toHaveLength(10);
    // Each card carries its title prior (engine/cards.ts; see cards.test.ts).
    expect(analysis.cards[0]).toMatchObject({ title: 'Supply chain analyst', label: expect.any(String) });
  });
});
