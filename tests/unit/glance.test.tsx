// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verdictKey } from '../../components/AtAGlance';
import { CourseList } from '../../components/CourseList';
import { GlanceMatch } from '../../components/GlanceMatch';
import { SidePanel, type Explain } from '../../components/SidePanel';
import { searchLinkFor, type CourseLink } from '../../engine/recommend/courses';
import type { Gap } from '../../engine/recommend/gap';
import { pathsFor } from '../../entrypoints/sidepanel/recommend';
import { fakeAnalysis } from '../fixtures/analysis';
import { tEn } from '../fixtures/translate';

const explain: Explain = { reason: () => undefined, tip: () => undefined, formula: 'score' };
const mount = (node: preact.ComponentChild): HTMLElement => {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
};
afterEach(() => {
  document.body.innerHTML = '';
});

const course: CourseLink = { id: 'sql-basics', title: 'SQL for Data Analysis', provider: 'Udacity', url: 'https://www.udacity.com/course/sql-for-data-analysis--ud198', language: 'en', free: true };
const gap: Gap = {
  match: [{ id: 'excel', en: 'Excel', zh: 'Excel', level: 'working' }],
  gap: [
    { id: 'tableau', en: 'Tableau', zh: 'Tableau', score: 0.5, coverage: 0.3, aiResilience: 0.6, courses: [searchLinkFor('tableau')] },
    { id: 'sql', en: 'SQL', zh: 'SQL', score: 0.4, coverage: 0.2, aiResilience: 0.5, courses: [course] },
    { id: 'python', en: 'Python', zh: 'Python', score: 0.3, coverage: 0.1, aiResilience: 0.5, courses: [] },
    { id: 'r', en: 'R', zh: 'R', score: 0.2, coverage: 0.1, aiResilience: 0.5, courses: [] },
  ],
};

describe('the first screen of a posting', () => {
  it('says the verdict in words, puts the figure on a scale and draws the shares of the work with their numbers', () => {
    const root = mount(<SidePanel data={{ status: 'ready', analysis: fakeAnalysis(), history: [], lang: 'en' }} actions={{ openUrl: vi.fn() }} t={tEn} explain={explain} />);
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe(tEn('glanceVerdictAugmentable'));
    expect(root.querySelector('[data-testid="posting-exposure"]')?.textContent).toContain('(moderate: 34–66%)');
    const bar = root.querySelector('[data-testid="work-bar"] svg[role="img"]');
    expect([...bar!.querySelectorAll('rect')].map((r) => [r.getAttribute('data-share'), r.getAttribute('width')])).toEqual([
      ['automatable', '40'], ['augmentable', '20'], ['human-led', '20'], ['unclear', '20'],
    ]);
    expect(bar!.getAttribute('aria-label')).toBe('Shares of the work: Automatable: 2 (40%); Augmentable: 1 (20%); Human-led: 1 (20%); SkillShift can\'t tell: 1 (20%)');
    expect([...root.querySelectorAll('.work__legend li')].map((li) => li.textContent)).toContain('Automatable: 2 (40%)');
  });

  it('puts the person part under the picture and folds the duty groups below it, each with its count', () => {
    const root = mount(
      <SidePanel data={{ status: 'ready', analysis: fakeAnalysis(), history: [], lang: 'en' }} actions={{ openUrl: vi.fn() }} t={tEn} explain={explain} glance={<p data-testid="mine">me</p>} />,
    );
    const glance = root.querySelector('[data-testid="glance"]')!;
    expect(glance.querySelector('[data-testid="mine"]')).not.toBeNull();
    const groups = [...root.querySelectorAll('details.group')];
    expect(groups.length).toBe(4);
    expect(groups.every((g) => !g.hasAttribute('open'))).toBe(true);
    expect(glance.compareDocumentPosition(groups[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(groups[0]!.querySelector('summary')?.textContent).toBe('Automatable (2)');
  });

  it('chooses the verdict from the figure and what could be told', () => {
    const tasks = fakeAnalysis().tasks;
    const summary = (score: number, label: 'automatable' | 'augmentable' | 'human-led') => ({ score, label, counts: { automatable: 0, augmentable: 0, 'human-led': 0 }, unclear: 0 });
    expect(verdictKey(summary(0.2, 'human-led'), tasks)).toBe('glanceVerdictHuman');
    expect(verdictKey(summary(0.45, 'human-led'), tasks)).toBe('glanceVerdictMostlyHuman');
    expect(verdictKey(summary(0.8, 'automatable'), tasks)).toBe('glanceVerdictAutomatable');
    expect(verdictKey(summary(0.6, 'augmentable'), tasks.map((t) => ({ ...t, unclear: true })))).toBe('glanceVerdictUnclear');
  });
});

describe('what the posting means for the person', () => {
  it('counts the skills they have of those named, lists three to learn first and offers a real course as the next step', () => {
    const root = mount(<GlanceMatch gap={gap} lang="en" t={tEn} emptyProfile={false} onOpenProfile={vi.fn()} />);
    expect(root.querySelector('[data-testid="glance-have"]')?.textContent).toBe('You have 1 of the 5 skills this posting names.');
    expect(root.querySelector('[data-testid="glance-learn"]')?.textContent).toBe('To learn first: Tableau, SQL, Python');
    const next = root.querySelector<HTMLAnchorElement>('[data-testid="next-course"]');
    expect(next?.href).toBe(course.url);
    expect(next?.textContent).toBe('SQL for Data Analysis (Udacity)');
  });

  it('sends a person without skills to the profile', () => {
    const open = vi.fn();
    const root = mount(<GlanceMatch gap={{ match: [], gap: gap.gap }} lang="en" t={tEn} emptyProfile onOpenProfile={open} />);
    expect(root.textContent).toContain(tEn('glanceNoProfile'));
    root.querySelector<HTMLButtonElement>('[data-testid="next-profile"]')!.click();
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('courses and searches', () => {
  it('shows a provider search as a search: no price, no place on the learning list', () => {
    const onAdd = vi.fn();
    const root = mount(<CourseList courses={[course, searchLinkFor('tableau')]} t={tEn} listed={new Set()} onAdd={onAdd} />);
    const search = root.querySelector('[data-testid="course-search"]')!;
    expect(search.textContent).toBe('Find courses on Coursera');
    expect(search.textContent).not.toMatch(/paid|free/i);
    expect(search.querySelector('[data-testid="course-add"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="course"]').length).toBe(1);
    expect(root.querySelector('[data-testid="course-add"]')?.getAttribute('aria-label')).toBe('Add “SQL for Data Analysis” to my learning list');
  });
});

describe('paths', () => {
  it('offers no AI-era role the person shares nothing with', () => {
    expect(pathsFor({ skills: [], targetRoles: [], language: 'auto' }, 'en')).toEqual([]);
    const paths = pathsFor({ skills: [{ id: 'excel', level: 'working', source: 'manual' }, { id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'auto' }, 'en');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.have.length > 0)).toBe(true);
  });
});
