import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/rules/classify';
import { FALLBACK_RULE_ID, ruleById } from '../../engine/rules/packs';
import { summarize } from '../../engine/rules/summarize';
import { LABELS, type Label } from '../../engine/types';

const LINES = new URL('../fixtures/tasks/lines.tsv', import.meta.url);
const rows = readFileSync(LINES, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [label = '', text = ''] = line.split('\t');
    return { label: label as Label, text };
  });

describe('classify on our hand-labelled posting lines', () => {
  it('has a useful fixture', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const { label } of rows) expect(LABELS).toContain(label);
  });

  it.each(rows)('$label: $text', ({ label, text }) => {
    const result = classify(text);
    // Exposed vs human-led must hold line by line; the automatable/augmentable split is checked in bulk below.
    expect(result.label === 'human-led', `${result.label} ${result.rules.join(',')}`).toBe(label === 'human-led');
  });

  it('agrees on the exact label for at least 90% of lines', () => {
    const exact = rows.filter(({ label, text }) => classify(text).label === label).length;
    expect(exact / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('classify', () => {
  it('returns a label consistent with the exposure, and known rule ids strongest first', () => {
    for (const { text } of rows) {
      const { label, exposure, rules } = classify(text);
      expect(exposure).toBeGreaterThanOrEqual(0);
      expect(exposure).toBeLessThanOrEqual(1);
      expect(label === 'human-led').toBe(exposure < 0.5);
      expect(rules.length).toBeGreaterThan(0);
      for (const id of rules) expect(ruleById(id), id).toBeDefined();
    }
    const mixed = classify('Lead a team of analysts and prepare weekly reports.').rules;
    expect(mixed.indexOf('routine-reporting')).toBeLessThan(mixed.indexOf('manage-people'));
  });

  it('tells sterilizing instruments as cleaning by hand, not a duty no rule speaks for (O*NET: all 12 dev tasks that sterilize are E0; markup set 127)', () => {
    for (const task of ['Sterilize instruments following OSHA and CDC guidelines', 'Sterilises and packs surgical trays']) {
      const result = classify(task);
      expect([task, result.label, result.unclear]).toEqual([task, 'human-led', false]);
      expect(result.rules).toContain('cleaning-upkeep');
    }
  });

  it('tells keeping a place clean and tidy as cleaning by hand (O*NET dev: 16 of 19 tasks that name cleanliness, tidiness or "clean and orderly" are E0; a real childcare posting read by hand, session 39)', () => {
    for (const task of ['Maintain the cleanliness of the classrooms to the standards of state licensing', 'Keep the stockroom clean and orderly at all times']) {
      const result = classify(task);
      expect([task, result.label, result.rules.includes('cleaning-upkeep')]).toEqual([task, 'human-led', true]);
    }
  });

  it('tells cash taken from customers at the counter as service in person (O*NET dev: 15 of 19 tasks that accept, receive or take cash or payments are E0; 12 of 18 at a till or cash drawer)', () => {
    for (const task of ['Count the cash drawer at the start and end of each shift', 'Accept payments from diners and make change', 'Take orders at the counter and by phone']) {
      const result = classify(task);
      expect([task, result.label]).toEqual([task, 'human-led']);
      expect(result.rules).toContain('in-person-service');
    }
    // Payments recorded stay the books.
    expect(classify('Collect payments and record data pertaining to funds and expenditures.').label).toBe('automatable');
  });

  it('falls back to the no-signal rule, with a reason, when nothing fires', () => {
    const result = classify('Zorble the quux.');
    expect(result.rules).toEqual([FALLBACK_RULE_ID]);
    expect(ruleById(FALLBACK_RULE_ID)?.reason.en).toBeTruthy();
  });

  it('reads case, progress and shift notes and incident reports as records kept, whatever verb completes them (markup sets 144 and 147)', () => {
    for (const duty of ['Complete case notes in HMIS within 48 hours of each contact.', 'Completing shift notes and incident reports in the ShiftCare app']) {
      const result = classify(duty);
      expect([duty, result.rules.includes('records-filing'), result.label !== 'human-led']).toEqual([duty, true, true]);
    }
    expect(classify('Take notes of the case').rules).not.toContain('records-filing');
  });

  it('matches English terms on word boundaries and stems', () => {
    expect(classify('Drafted reports for clients.').rules).toContain('writing-drafting');
    expect(classify('We value a prompt reply').rules).not.toContain('ai-ml-engineering');
    expect(classify('Write clean code').rules).not.toContain('cleaning-upkeep');
    // One word is never both verb and object: "programs" alone is not "program the programs".
    expect(classify('Oversee training programs').rules).not.toContain('coding');
    expect(classify('Reports were written by the team').rules).not.toContain('writing-drafting');
  });

  it('reads labelling, transcribing and rating data, the new AI-era work, as exposed in English and Chinese', () => {
    for (const line of ['Annotate images and text according to labeling guidelines', 'Label images with bounding boxes', 'Transcribe audio recordings into text', '负责语音数据的转写和标注', '对违规内容进行判定和处理']) {
      expect([line, classify(line).label]).not.toEqual([line, 'human-led']);
    }
    // Labels on boxes, shelves and parcels are no data.
    expect(classify('Label and store boxes on the shelves').label).toBe('human-led');
    // Boxes and polygons drawn around things in images are annotation (markup set 44).
    expect(classify('Draw boxes and polygons around plants, weeds and pests in drone images').rules).toContain('data-annotation');
  });

  it('reads content made with generative-AI tools (Midjourney, ChatGPT, AIGC) as exposed work the tools do first, in English and Chinese', () => {
    for (const line of ['Use Midjourney and ChatGPT to create ad variations', 'Use generative AI tools to draft product descriptions', '用AIGC工具批量生成小红书笔记配图', '使用ChatGPT撰写产品文案']) {
      const read = classify(line);
      expect([line, read.label]).toEqual([line, 'automatable']);
      expect(read.rules.some((id) => id === 'ai-content-generation' || id === 'zh-ai-generation')).toBe(true);
    }
  });

  it('reads hosting a livestream (带货直播) as performing, and running the live room (直播间的日常运营, 直播中控) as no performing', () => {
    expect(classify('负责抖音直播间的带货直播，介绍产品卖点').rules).toContain('zh-perform');
    for (const line of ['负责抖音店铺直播间的日常运营，搭建直播脚本和排期', '直播中控：上下架商品、发放优惠券、回复评论']) expect([line, classify(line).rules.includes('zh-perform')]).toEqual([line, false]);
  });

  it('reads 清洗 beside data as cleaning data and 自动驾驶 beside models as software, not washing or driving', () => {
    expect(classify('负责数据的采集、清洗、分析和可视化').label).not.toBe('human-led');
    expect(classify('负责自动驾驶场景的点云标注').label).not.toBe('human-led');
    expect(classify('负责厨房餐具的清洗和消毒').label).toBe('human-led');
    expect(classify('驾驶公司车辆接送员工').label).toBe('human-led');
  });

  it('reads 直播 before its figures, scripts or plans as the stream worked on online, and 直播 itself as performing; 邀约 of candidates as no selling', () => {
    expect(classify('复盘直播数据，优化直播间运营').rules).not.toContain('zh-perform');
    expect(classify('复盘直播数据，优化直播间运营').label).not.toBe('human-led');
    expect(classify('撰写直播话术脚本').rules).not.toContain('zh-perform');
    expect(classify('在直播间讲解产品并与粉丝互动').rules).toContain('zh-perform');
    expect(classify('筛选简历并邀约候选人面试').rules).not.toContain('zh-sales-visit');
    expect(classify('电话邀约意向客户到店').rules).toContain('zh-sales-visit');
  });

  it('detects Chinese, or takes the language it is given', () => {
    expect(classify('负责数据录入').rules).toContain('zh-data-entry');
    expect(classify('负责数据录入', 'en').rules).toEqual([FALLBACK_RULE_ID]);
    expect(classify('熟悉Python').rules).toContain('tech-stack');
  });
});

describe('summarize', () => {
  const task = (exposure: number, label: Label, section: 'responsibilities' | 'requirements') => ({
    text: 't',
    exposure,
    label,
    rules: [],
    section,
    confidence: 0.5,
    unclear: false,
  });

  it('is null without tasks', () => {
    expect(summarize([])).toBeNull();
  });

  it('averages the duties it could tell, counts them by label and the unclear ones apart', () => {
    const summary = summarize([task(0.9, 'automatable', 'responsibilities'), task(0.2, 'human-led', 'responsibilities'), { ...task(0.45, 'human-led', 'responsibilities'), unclear: true }]);
    expect(summary?.score).toBeCloseTo((0.9 + 0.2) / 2, 4);
    expect(summary?.label).toBe('automatable');
    expect(summary?.counts).toEqual({ automatable: 1, augmentable: 0, 'human-led': 1 });
    expect(summary?.unclear).toBe(1);
    // Nothing clear: the unclear duties stand in (they carry the posting's or occupation's lean), and still say so.
    const all = summarize([{ ...task(0.6, 'augmentable', 'responsibilities'), unclear: true }]);
    expect(all).toMatchObject({ score: 0.6, label: 'augmentable', unclear: 1, counts: { automatable: 0, augmentable: 1, 'human-led': 0 } });
  });
});
