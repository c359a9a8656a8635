import { describe, expect, it } from 'vitest';
import { MAX_TASK_CHARS, MAX_TASKS, segmentPosting } from '../../engine/tasks/segment';
import type { Posting, PostingSection } from '../../engine/types';

function posting(language: string, sections: PostingSection[]): Posting {
  return { title: 'Test job', company: null, location: null, language, sections };
}

describe('segmentPosting (English)', () => {
  it('splits bullets into sentences and keeps duties only: no requirement, benefit, company line, heading or fragment', () => {
    const tasks = segmentPosting(
      posting('en', [
        { heading: 'About us', kind: 'about', lines: ['We are a fast-growing startup building great things.'] },
        {
          heading: "What you'll do",
          kind: 'responsibilities',
          lines: [
            '• Lead the architecture of an extensible AI platform. Drive consensus across teams, e.g. on core decisions.',
            'Responsibilities:',
            '2. Write clean, well-tested code',
            'Misc',
            'Bachelor’s degree in Computer Science required',
          ],
        },
        { heading: 'Requirements', kind: 'requirements', lines: ['5+ years of experience with Python 3.10 and Go.', 'Competitive salary'] },
        { heading: 'Benefits', kind: 'benefits', lines: ['Medical, dental and vision insurance for you and your family'] },
      ]),
    );
    expect(tasks).toEqual([
      { text: 'Lead the architecture of an extensible AI platform.', section: 'responsibilities' },
      { text: 'Drive consensus across teams, e.g. on core decisions.', section: 'responsibilities' },
      { text: 'Write clean, well-tested code', section: 'responsibilities' },
    ]);
  });

  it('keeps a duty of two words when one is a noun of doing, not a two-word fragment', () => {
    const lines = ['Riconciliazioni bancarie', 'Bank reconciliations', 'Cash handling', 'Customer focus', 'Microsoft Excel'];
    const tasks = segmentPosting(posting('en', [{ heading: 'Duties', kind: 'responsibilities', lines }]));
    expect(tasks.map((t) => t.text)).toEqual(['Riconciliazioni bancarie', 'Bank reconciliations', 'Cash handling']);
  });

  it('keeps a duty verb and its object, however short ("Build racks", "Tag plants": a real shipping laborer posting)', () => {
    const lines = ['Build racks', 'Tag plants', 'Mop floors', 'Team player', 'Go getter', 'Microsoft Excel'];
    const tasks = segmentPosting(posting('en', [{ heading: 'Specific Responsibilities', kind: 'responsibilities', lines }]));
    expect(tasks.map((t) => t.text)).toEqual(['Build racks', 'Tag plants', 'Mop floors']);
  });

  it('reads a short duty that ends in a full stop as one without ("Greets customers.": a real cashier posting, session 44)', () => {
    const lines = ['Greets customers.', 'Cash handling.', 'Team player.', 'Go getter.'];
    const tasks = segmentPosting(posting('en', [{ heading: 'General Accountabilities', kind: 'responsibilities', lines }]));
    expect(tasks.map((t) => t.text)).toEqual(['Greets customers.', 'Cash handling.']);
  });

  it('measures a Japanese line in kana as Chinese is measured, not by its spaces', () => {
    const lines = ['プルリクエストのコードレビュー', 'テスト', 'Show Experience'];
    const tasks = segmentPosting(posting('ja', [{ heading: '仕事内容', kind: 'responsibilities', lines }]));
    expect(tasks.map((t) => t.text)).toEqual(['プルリクエストのコードレビュー']);
  });

  it("keeps a benefits team's duty lines", () => {
    const tasks = segmentPosting(posting('en', [{ heading: null, kind: 'responsibilities', lines: ['Administer the 401(k) plan and health insurance enrolment.'] }]));
    expect(tasks).toHaveLength(1);
  });

  it('reads duties from unheaded text by their own words, and a role summary sentence as a duty', () => {
    const other: PostingSection = {
      heading: null,
      kind: 'other',
      lines: ['Acme is a leading logistics company founded in 1990.', 'As our analyst, you will prepare monthly reports for the board.', 'Answer customer emails within one day.'],
    };
    expect(segmentPosting(posting('en', [other])).map((t) => t.text)).toEqual([
      'As our analyst, you will prepare monthly reports for the board.',
      'Answer customer emails within one day.',
    ]);
  });

  it('caps the number of tasks and their length, and drops duplicates', () => {
    const long = `Design ${'very '.repeat(200)}large systems.`;
    const lines = [long, ...Array.from({ length: 500 }, (_, i) => `Handle customer request number ${i} today.`), 'Handle customer request number 1 today.'];
    const tasks = segmentPosting(posting('en', [{ heading: null, kind: 'responsibilities', lines }]));
    expect(tasks).toHaveLength(MAX_TASKS);
    expect(tasks[0]!.text.length).toBeLessThanOrEqual(MAX_TASK_CHARS + 1);
    expect(tasks[0]!.text.endsWith('…')).toBe(true);
    expect(new Set(tasks.map((t) => t.text)).size).toBe(tasks.length);
  });
});

describe('segmentPosting (Chinese)', () => {
  it('splits on ；。 and inline numbering, strips markers and heading prefixes, and leaves requirement lines out', () => {
    const tasks = segmentPosting(
      posting('zh-CN', [
        {
          heading: null,
          kind: 'other',
          lines: [
            '岗位职责：',
            '1、负责web业务系统后端架构和搭建；2.参与需求评审；3.熟悉Python 3.6。',
            '（1）负责公司薪酬福利体系设计（2）五险一金',
            '一、在公司总经理领导下，负责项目的总体推进和管理运营；',
            '熟悉Linux',
            '好',
          ],
        },
      ]),
    );
    expect(tasks.map((t) => t.text)).toEqual(['负责web业务系统后端架构和搭建', '参与需求评审', '负责公司薪酬福利体系设计', '在公司总经理领导下，负责项目的总体推进和管理运营']);
  });

  it('splits 负责…；参与… in one line; the requirements section gives no tasks', () => {
    const tasks = segmentPosting(
      posting('zh', [
        { heading: '岗位职责', kind: 'responsibilities', lines: ['负责数据平台的设计与开发；参与数据治理工作。'] },
        { heading: '任职要求', kind: 'requirements', lines: ['任职要求：本科及以上学历，3年以上开发经验'] },
      ]),
    );
    expect(tasks).toEqual([
      { text: '负责数据平台的设计与开发', section: 'responsibilities' },
      { text: '参与数据治理工作', section: 'responsibilities' },
    ]);
  });
});
