// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import { cardBadgeView } from '../../components/CardBadge';
import { makeTranslate } from '../../components/i18n';
import { PanelApp } from '../../entrypoints/sidepanel/app';
import type { PanelConnector } from '../../entrypoints/sidepanel/connector';
import { correctTitle, isCorrected, searchOccupations } from '../../entrypoints/sidepanel/occupations';
import { occupationById, occupationRef } from '../../engine/titles/occupations';
import type { Profile } from '../../schemas/records';
import { fakeAnalysis } from '../fixtures/analysis';
import { memoryProfileConnector, NO_PAGE_TOOLS } from '../fixtures/panel-connector';
import { tEn } from '../fixtures/translate';

const tZh = makeTranslate((key, subs = []) => {
  const entry = (zh as Record<string, { message: string } | undefined>)[key];
  return entry ? entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') : '';
});
const NURSE = { en: 'Registered Nurses', zh: '护士', soc: '29-1141.00' };
const TRAINER = { en: 'AI Trainers', zh: '人工智能训练师', soc: null, cn: '4-04-05-05', new: 2020 };

describe("a card's hint names the occupation its title was read as", () => {
  it('in English with its O*NET code, in Chinese with its Chinese name', () => {
    const card = { source: 'title-prior' as const, exposure: 0.55, label: 'augmentable' as const, occupation: NURSE };
    expect(cardBadgeView(card, tEn)).toMatchObject({ text: expect.stringContaining('55%'), hint: expect.stringContaining('read as Registered Nurses (O*NET 29-1141.00)') });
    expect(cardBadgeView(card, tZh).hint).toContain('护士');
    expect(cardBadgeView(card, tZh).hint).not.toContain('Registered Nurses');
  });

  it("a new occupation of China's classification: its code there and the year it was announced", () => {
    const hint = cardBadgeView({ source: 'title-prior', exposure: 0.7, label: 'automatable', occupation: TRAINER }, tEn).hint;
    expect(hint).toContain('AI Trainers');
    expect(hint).toContain('4-04-05-05');
    expect(hint).toContain('new occupation (2020)');
  });

  it('the open posting names it too; a card without an occupation keeps the plain hint', () => {
    expect(cardBadgeView({ source: 'posting', exposure: 0.3, label: 'human-led', occupation: NURSE }, tEn).hint).toContain('read as Registered Nurses');
    const none = cardBadgeView({ source: 'none', exposure: null, label: null, occupation: null }, tEn);
    expect(none.hint).not.toContain('read as');
    expect(none.hint).toBe(tEn('cardBadgeNoneHint'));
  });
});

describe('occupation search and corrections', () => {
  it('finds occupations by English or Chinese name or code, names that start with the query first', () => {
    expect(searchOccupations('registered nurse')[0]?.id).toBe('29-1141.00');
    expect(searchOccupations('护士').map((o) => o.id)).toContain('29-1141.00');
    expect(searchOccupations('4-04-05-05').map((o) => o.id)).toEqual(['cn-4-04-05-05']);
    expect(searchOccupations('zzzz qqq')).toEqual([]);
  });

  it('keeps one correction per title, however it is decorated; null removes it', () => {
    const start: Profile = { skills: [], targetRoles: [], language: 'en' };
    const once = correctTitle(start, 'Caretaker', '37-2011.00');
    expect(once.titleCorrections).toEqual([{ title: 'Caretaker', occupation: '37-2011.00' }]);
    expect(isCorrected(once, 'Sr. Caretaker (m/w/d)')).toBe(true);
    const again = correctTitle(once, 'Senior Caretaker', '37-2012.00');
    expect(again.titleCorrections).toEqual([{ title: 'Senior Caretaker', occupation: '37-2012.00' }]);
    expect(correctTitle(again, 'caretaker', null).titleCorrections).toEqual([]);
    expect(isCorrected(start, 'Caretaker')).toBe(false);
  });
});

describe('the side panel: read as, and change it', () => {
  let root: HTMLElement;
  afterEach(() => render(null, root));

  function mount(profile: Profile) {
    const nurse = occupationRef(occupationById('29-1141.00')!);
    const analysis = fakeAnalysis({ posting: { title: 'Staff Nurse', company: 'Acme', location: null, language: 'en' }, occupation: nurse });
    const mine = memoryProfileConnector(profile);
    const connector: PanelConnector = { ...mine, currentTabId: async () => 1, getTabAnalysis: async () => analysis, listHistory: async () => ({ items: [], more: false }), ...NO_PAGE_TOOLS, openUrl: vi.fn(), onChange: () => () => {} };
    root = document.createElement('div');
    document.body.append(root);
    render(<PanelApp connector={connector} translate={() => tEn} explain={{ reason: () => undefined, tip: () => undefined, formula: 'f' }} uiLocale="en" />, root);
    return mine.state;
  }
  const line = () => root.querySelector('[data-testid="occupation"]') as HTMLElement | null;
  const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement | undefined;

  it('names the occupation; a search and a click store the correction in the profile', async () => {
    const state = mount({ skills: [], targetRoles: [], language: 'en' });
    await vi.waitFor(() => expect(line()?.textContent).toContain('Read as Registered Nurses (O*NET 29-1141.00)'));
    expect(line()?.textContent).not.toContain('your choice');
    button('Change')!.click();
    const search = await vi.waitFor(() => {
      const input = root.querySelector('[data-testid="occupation-search"]') as HTMLInputElement | null;
      expect(input).not.toBeNull();
      return input!;
    });
    search.value = 'licensed practical';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const option = await vi.waitFor(() => {
      const found = root.querySelector('[data-testid="occupation-option"]') as HTMLButtonElement | null;
      expect(found?.dataset.id).toBe('29-2061.00');
      return found!;
    });
    option.click();
    await vi.waitFor(() => expect(state.profile.titleCorrections).toEqual([{ title: 'Staff Nurse', occupation: '29-2061.00' }]));
  });

  it('says when the reading is the person\'s own choice, and can go back to SkillShift\'s', async () => {
    const state = mount({ skills: [], targetRoles: [], language: 'en', titleCorrections: [{ title: 'Staff Nurse', occupation: '29-1141.00' }] });
    await vi.waitFor(() => expect(line()?.textContent).toContain('(your choice)'));
    button('Change')!.click();
    await vi.waitFor(() => expect(button('SkillShift')).toBeDefined());
    button('SkillShift')!.click();
    await vi.waitFor(() => expect(state.profile.titleCorrections).toEqual([]));
  });
});
