import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../engine/analyze';
import { classify, LEXICON } from '../../engine/rules/classify';
import { withPostingContext } from '../../engine/rules/context';
import { CONTEXT_DESK_ID, CONTEXT_HANDS_ON_ID, FALLBACK_RULE_ID, ruleById } from '../../engine/rules/packs';
import { summarize } from '../../engine/rules/summarize';
import { stem } from '../../engine/rules/tokenize';
import type { ClassifiedTask, Posting } from '../../engine/types';

const HAN = /[\u3400-\u9fff]/;
const DESK = ['Draft reports and summaries.', 'Enter data into spreadsheets.', 'Write marketing copy.', 'Update the customer database.'];
const HANDS_ON = ['Load and unload trucks.', 'Operate a forklift safely.', 'Clean and maintain vehicles.'];
const task = (exposure: number, label: ClassifiedTask['label'], rules = ['some-rule'], unclear = false): ClassifiedTask => ({ text: 'x', exposure, label, rules, confidence: 0.5, unclear });

describe('posting context (engine/rules/context.ts)', () => {
  it('is fitted into the lexicon with a positive pull', () => {
    expect(LEXICON.context?.alpha).toBeGreaterThan(0);
  });

  it.each([CONTEXT_DESK_ID, CONTEXT_HANDS_ON_ID])('%s explains itself in en and zh_CN', (id) => {
    expect(ruleById(id)?.reason.en).toMatch(/rest of this posting/);
    expect(ruleById(id)?.reason.zh_CN).toMatch(HAN);
  });

  it('tips a borderline task towards the rest of the posting, naming the pull first', () => {
    const context = { alpha: 0.5, center: 0 };
    const [up] = withPostingContext([task(0.48, 'human-led', [FALLBACK_RULE_ID]), task(0.9, 'automatable'), task(0.95, 'automatable')], context);
    expect(up).toMatchObject({ label: 'augmentable', rules: [CONTEXT_DESK_ID] });
    expect(up!.exposure).toBeGreaterThanOrEqual(0.5);
    const [down] = withPostingContext([task(0.52, 'automatable', ['scheduling']), task(0.1, 'human-led', [FALLBACK_RULE_ID]), task(0.05, 'human-led', [FALLBACK_RULE_ID])], context);
    expect(down).toMatchObject({ label: 'human-led', rules: [CONTEXT_HANDS_ON_ID, 'scheduling'] });
    expect(down!.exposure).toBeLessThan(0.5);
  });

  it('with a cap (the Chinese context), one line read as sure no longer outweighs the rest of the posting', () => {
    const lines = [task(0.45, 'human-led'), task(0.9999, 'automatable'), task(0.2, 'human-led'), task(0.2, 'human-led')];
    // Uncapped, the sure desk line (logit 9.2) outweighs two hands-on ones (−1.4 each) and tips the borderline one up.
    expect(withPostingContext(lines, { alpha: 0.5, center: 0 })[0]!.label).toBe('augmentable');
    // Capped at ±1.5 it counts as sure, not as the posting: the borderline line stays human-led.
    expect(withPostingContext(lines, { alpha: 0.5, center: 0, cap: 1.5 })[0]!.label).toBe('human-led');
    expect(LEXICON.zh?.context?.cap).toBeGreaterThan(0);
    expect(LEXICON.context?.cap).toBeUndefined();
  });

  it('takes no pull from a task nothing spoke for (an unclear one), though such a task can be tipped', () => {
    const context = { alpha: 0.5, center: 0 };
    const borderline = task(0.48, 'human-led');
    // Two confidently desk-bound tasks tip it; four unclear hands-on ones beside them change nothing.
    const desk = [task(0.95, 'automatable'), task(0.9, 'automatable')];
    const unclear = Array.from({ length: 4 }, () => task(0.1, 'human-led', [FALLBACK_RULE_ID], true));
    expect(withPostingContext([borderline, ...desk, ...unclear], context)[0]).toMatchObject({ label: 'augmentable', rules: [CONTEXT_DESK_ID, 'some-rule'] });
    expect(withPostingContext([borderline, ...desk], context)[0]).toMatchObject({ label: 'augmentable' });
  });

  it('leaves alone the tasks it does not relabel, a lone task, and everything at alpha 0', () => {
    const tasks = [task(0.1, 'human-led'), task(0.9, 'automatable'), task(0.95, 'automatable')];
    const moved = withPostingContext(tasks, { alpha: 0.5, center: 0 });
    expect(moved[0]).toBe(tasks[0]);
    expect(moved[2]).toBe(tasks[2]);
    expect(withPostingContext([task(0.49, 'human-led')], { alpha: 2, center: -5 })[0]!.label).toBe('human-led');
    expect(withPostingContext(tasks, { alpha: 0, center: 3 })).toEqual(tasks);
    expect(withPostingContext(tasks, undefined)).toEqual(tasks);
  });
});

describe('analyzePosting with posting context', () => {
  const posting = (duties: string[]): Posting => ({
    title: 'Warehouse Operative',
    company: null,
    location: null,
    language: 'en',
    sections: [{ heading: 'Duties', kind: 'responsibilities', lines: duties }],
  });

  it('counts a borderline task by the company it keeps, and the posting score stays the mean of what it shows', () => {
    expect(classify('Check in deliveries and log goods.').label).toBe('human-led');
    const desk = analyzePosting(posting(['Check in deliveries and log goods.', ...DESK]), 'json-ld', 'https://example.com/1');
    expect(desk.tasks[0]).toMatchObject({ label: 'augmentable' });
    expect(desk.tasks[0]!.rules.slice(0, 2)).toEqual([CONTEXT_DESK_ID, 'records-filing']);
    expect(classify('Prepare the weekly staff rota.').label).not.toBe('human-led');
    const yard = analyzePosting(posting(['Prepare the weekly staff rota.', ...HANDS_ON]), 'json-ld', 'https://example.com/2');
    expect(yard.tasks[0]).toMatchObject({ label: 'human-led' });
    expect(yard.tasks[0]!.rules[0]).toBe(CONTEXT_HANDS_ON_ID);
    for (const analysis of [desk, yard]) {
      expect(analysis.exposure).toEqual(summarize(analysis.tasks));
      for (const t of analysis.tasks) expect(t.exposure >= 0.5).toBe(t.label !== 'human-led');
    }
  });
});

describe('stemming keeps "meeting" a noun', () => {
  it('does not fold meetings into meet', () => {
    expect(stem('meetings')).toBe('meeting');
    expect(stem('meeting')).toBe('meeting');
    expect(stem('meets')).toBe('meet');
    expect(classify('Summarize meeting notes and circulate action items to the team.').label).not.toBe('human-led');
  });
});

describe('stemming keeps work named by a gerund apart from the noun its stem is', () => {
  const fired = (text: string) => classify(text).rules;
  it('keeps "coding" whole', () => expect(stem('coding')).toBe('coding'));
  it.each([
    ['Perform scheduled preventive maintenance.', 'scheduling'],
    ['Counts inmates at scheduled intervals and reports discrepancies.', 'scheduling'],
    ['Monitor the competitive landscape and report on trends.', 'animals-plants'],
    ['Deliver projects within the agreed time frame.', 'construction-trades'],
    ['Follow call scripts and log every call.', 'coding'],
    // Code blue, a dress code, diagnosis codes and building codes: no code written.
    ['Responds to rapid response and code blue calls.', 'coding'],
    ['Follow the dress code at all times.', 'coding'],
    ['Enter diagnosis codes on the claim form.', 'coding'],
    ['Check building codes and zoning bylaws.', 'coding'],
    // Programs, systems, tools, models and tests outside software.
    ['Develop training programs for new staff.', 'coding'],
    ['Maintain heating and cooling systems in the building.', 'coding'],
    ['Maintain hand tools and equipment in good condition.', 'coding'],
    ['Build financial models for new store openings.', 'coding'],
    ['Develop, administer, and evaluate applicant tests.', 'coding'],
  ])('%s fires no %s', (text, rule) => expect(fired(text)).not.toContain(rule));
  it.each([
    ['Scheduling and confirming patient appointments.', 'scheduling'],
    ['Schedule appointments and manage the calendar.', 'scheduling'],
    ['Landscaping and lawn care for 40 properties.', 'animals-plants'],
    ['Hands-on coding in Python and Go every day.', 'coding'],
    ['Write code and unit tests for new features.', 'coding'],
    ['Write clean, testable code in TypeScript.', 'coding'],
    ['Review code and mentor two junior engineers.', 'coding'],
    ['Develop web applications in React.', 'coding'],
    ['Build data pipelines and internal tooling.', 'coding'],
  ])('%s still fires %s', (text, rule) => expect(fired(text)).toContain(rule));
});
