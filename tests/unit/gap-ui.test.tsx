// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelApp, viewFrom, type View } from '../../entrypoints/sidepanel/app';
import { openCount } from '../../components/GapView';
import type { PanelConnector } from '../../entrypoints/sidepanel/connector';
import { ProfileFileSchema } from '../../engine/recommend/profile-schema';
import type { Profile } from '../../schemas/records';
import { fakeAnalysis } from '../fixtures/analysis';
import { memoryProfileConnector, NO_PAGE_TOOLS } from '../fixtures/panel-connector';
import { tEn } from '../fixtures/translate';

const explain = { reason: () => undefined, tip: () => undefined, formula: 'f' };
const ANALYSIS = fakeAnalysis({
  skills: ['sql', 'excel', 'data-analysis'],
  tasks: [
    { text: 'Write SQL queries for weekly reports', section: 'responsibilities', label: 'automatable', exposure: 0.9, rules: [], confidence: 0.7, unclear: false },
    { text: 'Analyse data with stakeholders and present findings', section: 'responsibilities', label: 'augmentable', exposure: 0.5, rules: [], confidence: 0.3, unclear: false },
  ],
  requirements: [{ text: 'Experience with Excel', skills: ['excel'] }],
});
const START: Profile = { skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'en' };

let root: HTMLElement;
afterEach(() => render(null, root));

function mount(view: View = 'posting', profile = START) {
  const mine = memoryProfileConnector(profile);
  const connector: PanelConnector = {
    ...mine,
    currentTabId: async () => 1,
    getTabAnalysis: async () => ANALYSIS,
    listHistory: async () => ({ items: [], more: false }),
    ...NO_PAGE_TOOLS,
    openUrl: vi.fn(),
    onChange: () => () => {},
  };
  root = document.createElement('div');
  document.body.append(root);
  render(<PanelApp connector={connector} translate={() => tEn} explain={explain} uiLocale="en" initialView={view} />, root);
  return mine.state;
}

const all = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const one = (sel: string) => {
  const found = root.querySelector<HTMLElement>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
function type(sel: string, value: string) {
  const input = one(sel) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('posting view: match, gap and courses', () => {
  it('shows the skills the profile has, the rest ranked, each with 1–3 courses opening in a new tab', async () => {
    mount();
    await vi.waitFor(() => expect(all('[data-testid="gap-skill"]').length).toBe(2));
    expect(all('[data-testid="match-skill"]').map((e) => e.dataset.skill)).toEqual(['sql']);
    const scores = all('[data-testid="gap-skill"]').map((e) => Number(e.dataset.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const skill of all('[data-testid="gap-skill"]')) {
      const links = [...skill.querySelectorAll<HTMLAnchorElement>('a[data-testid="course-link"]')];
      expect(links.length).toBeGreaterThanOrEqual(1);
      expect(links.length).toBeLessThanOrEqual(3);
      for (const a of links) {
        expect(a.href).toMatch(/^https:\/\//);
        expect(a.target).toBe('_blank');
        expect(a.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
      }
      expect(skill.textContent).toMatch(/free|paid/);
    }
    expect(Number(one('[data-testid="gap"]').dataset.computeMs)).toBeGreaterThanOrEqual(0);
  });

  it('opens the first skills to learn, at most three and six courses between them, the first always', () => {
    const with_ = (...counts: number[]) => counts.map((n) => ({ courses: Array.from({ length: n }) as never[] }));
    expect([openCount(with_(1, 1, 1, 1)), openCount(with_(3, 1, 1)), openCount(with_(3, 3, 1)), openCount(with_(4, 3)), openCount(with_())]).toEqual([3, 3, 2, 1, 0]);
  });

  it('shows the first skills to learn open and folds the rest away, counted', async () => {
    mount('posting', { ...START, skills: [] });
    const many = fakeAnalysis({ ...ANALYSIS, skills: ['sql', 'excel', 'data-analysis', 'python', 'tableau', 'statistics'] });
    Object.assign(ANALYSIS, many);
    render(null, root);
    mount('posting', { ...START, skills: [] });
    await vi.waitFor(() => expect(all('[data-testid="gap-skill"]').length).toBeGreaterThan(3));
    const folded = one('[data-testid="gap-more"]') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    const inside = [...folded.querySelectorAll('[data-testid="gap-skill"]')];
    const open = all('[data-testid="gap-skill"]').filter((e) => !folded.contains(e));
    expect(open.length).toBe(openCount([...open, ...inside].map((e: Element) => ({ courses: [...e.querySelectorAll('[data-testid="course"], [data-testid="course-search"]')] as never[] }))));
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(folded.querySelector('summary')!.textContent).toBe(`${inside.length} more skills to learn`);
  });

  it('adds a course to the learning list; marking it done raises the skill', async () => {
    const state = mount();
    await vi.waitFor(() => expect(all('[data-testid="course-add"]').length).toBeGreaterThan(0));
    const course = one('[data-testid="gap-skill"] [data-testid="course"]');
    const skillId = course.closest<HTMLElement>('[data-testid="gap-skill"]')?.dataset.skill;
    course.querySelector<HTMLButtonElement>('[data-testid="course-add"]')?.click();
    await vi.waitFor(() => expect(course.querySelector('[data-testid="course-listed"]')).not.toBeNull());
    expect(state.learning.map((i) => [i.courseId, i.skillId])).toEqual([[course.dataset.course, skillId]]);

    one('[data-testid="view-profile"]').click();
    await vi.waitFor(() => expect(all('[data-testid="learning-item"]').length).toBe(1));
    one('[data-testid="learning-done"]').click();
    await vi.waitFor(() => expect(one('[data-testid="learning-item"]').dataset.done).toBe('true'));
    expect(one(`[data-testid="profile-skill"][data-skill="${skillId}"]`).dataset.level).toBe('learning');
  });
});

describe('profile view', () => {
  it('adds a skill by search, changes its level and removes it', async () => {
    const state = mount('profile');
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]').length).toBe(1));
    type('[data-testid="skill-search"]', '机器学');
    await vi.waitFor(() => expect(all('[data-testid="skill-suggestion"]').length).toBeGreaterThan(0));
    one('[data-testid="skill-suggestion"][data-skill="machine-learning"]').click();
    await vi.waitFor(() => expect(state.profile.skills.map((s) => s.id)).toEqual(['sql', 'machine-learning']));
    const select = one('[data-testid="profile-skill"][data-skill="machine-learning"] select') as HTMLSelectElement;
    select.value = 'expert';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(state.profile.skills[1]).toEqual({ id: 'machine-learning', level: 'expert', source: 'manual' }));
    one('[data-testid="profile-skill"][data-skill="sql"] [data-testid="remove-skill"]').click();
    await vi.waitFor(() => expect(state.profile.skills.map((s) => s.id)).toEqual(['machine-learning']));
  });

  it('keeps both of two edits made faster than the panel re-renders', async () => {
    const state = mount('profile');
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]').length).toBe(1));
    const select = one('[data-testid="profile-skill"][data-skill="sql"] select') as HTMLSelectElement;
    select.value = 'expert';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    one('[data-testid="target-role"][data-role="data-analyst"]').click();
    await vi.waitFor(() => expect(state.profile).toMatchObject({ skills: [{ id: 'sql', level: 'expert' }], targetRoles: ['data-analyst'] }));
  });

  it('finds skills in pasted CV text and adds only the ticked ones', async () => {
    const state = mount('profile');
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]').length).toBe(1));
    type('[data-testid="cv-text"]', 'Five years of Python and Excel reporting, some SQL, and nursing.');
    await vi.waitFor(() => expect((one('[data-testid="cv-find"]') as HTMLButtonElement).disabled).toBe(false));
    one('[data-testid="cv-find"]').click();
    await vi.waitFor(() => expect(all('[data-testid="cv-skill"]').length).toBeGreaterThan(1));
    expect(all('[data-testid="cv-skill"]').map((e) => e.dataset.skill)).not.toContain('sql');
    one('[data-testid="cv-skill"][data-skill="nursing"]').click();
    await vi.waitFor(() => expect((one('[data-testid="cv-skill"][data-skill="nursing"]') as HTMLInputElement).checked).toBe(false));
    one('[data-testid="cv-add"]').click();
    await vi.waitFor(() => expect(state.profile.skills.length).toBeGreaterThan(1));
    expect(state.profile.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['sql', 'python', 'excel']));
    expect(state.profile.skills.map((s) => s.id)).not.toContain('nursing');
    expect(state.profile.skills.filter((s) => s.id !== 'sql').every((s) => s.source === 'cv')).toBe(true);
  });

  it('shows paths to the nearest roles, target roles first', async () => {
    const state = mount('profile');
    await vi.waitFor(() => expect(all('[data-testid="role"]').length).toBe(3));
    one('[data-testid="target-role"][data-role="ai-educator"]').click();
    await vi.waitFor(() => expect(state.profile.targetRoles).toEqual(['ai-educator']));
    await vi.waitFor(() => expect(all('[data-testid="role"]').map((e) => e.dataset.role)[0]).toBe('ai-educator'));
  });

  it('exports a profile file, refuses a broken one with the reason, imports a good one', async () => {
    const state = mount('profile');
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]').length).toBe(1));
    one('[data-testid="export-profile"]').click();
    const [download] = state.downloads;
    expect(download?.name).toBe('skillshift-profile.json');
    const file = ProfileFileSchema.parse(JSON.parse(download?.text ?? ''));
    expect(file.skills).toEqual(START.skills);

    const choose = async (text: string) => {
      const input = one('[data-testid="import-profile"]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([text], 'p.json')], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.waitFor(() => one('[data-testid="data-status"]'));
      return one('[data-testid="data-status"]');
    };
    const refused = await choose('{"format":"skillshift-profile","version":3}');
    expect(refused.dataset.kind).toBe('error');
    expect(refused.textContent).toMatch(/nothing changed.*version/s);
    expect(state.profile).toEqual(START);

    const other = { ...file, skills: [{ id: 'nursing', level: 'expert', source: 'manual' }] };
    const ok = await choose(JSON.stringify(other));
    await vi.waitFor(() => expect(ok.dataset.kind).toBe('ok'));
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]').map((e) => e.dataset.skill)).toEqual(['nursing']));
  });

  it('deletes my data after a confirmation', async () => {
    const state = mount('profile');
    await vi.waitFor(() => one('[data-testid="delete-data"]'));
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]').length).toBe(1));
    one('[data-testid="delete-data"]').click();
    await vi.waitFor(() => one('[data-testid="delete-data-confirm"]'));
    one('[data-testid="delete-data-confirm"]').click();
    await vi.waitFor(() => expect(all('[data-testid="profile-skill"]')).toEqual([]));
    expect(state.profile.skills).toEqual([]);
  });

  it('opens on the profile with ?view=profile', () => {
    expect(viewFrom('?tab=3&view=profile')).toBe('profile');
    expect(viewFrom('?tab=3')).toBe('posting');
  });
});
