// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Welcome } from '../../components/Welcome';
import { tEn } from '../fixtures/translate';

function show(granted: boolean) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = { setLanguage: vi.fn(async () => {}), setRegion: vi.fn(async () => {}), setAnySite: vi.fn(async () => granted) };
  render(<Welcome data={{ language: 'auto', anySite: false, browserLocale: 'en-GB' }} actions={actions} t={tEn} />, root);
  return { root, actions };
}

describe('first-run page', () => {
  it('says what SkillShift does in three lines; reading any site starts off and is asked for when flipped', async () => {
    const { root, actions } = show(true);
    expect(root.querySelectorAll('.welcome__what li')).toHaveLength(3);
    const box = root.querySelector<HTMLInputElement>('[data-testid="welcome-any-site"]')!;
    expect(box.checked).toBe(false);
    box.click();
    expect(actions.setAnySite).toHaveBeenCalledWith(true);
    await vi.waitFor(() => expect(box.checked).toBe(true));
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('a refused permission leaves the switch off and says so', async () => {
    const { root } = show(false);
    const box = root.querySelector<HTMLInputElement>('[data-testid="welcome-any-site"]')!;
    box.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe(tEn('welcomeAnySiteRefused')));
    expect(box.checked).toBe(false);
  });

  it('the language choice is saved to the profile', async () => {
    const { root, actions } = show(true);
    const select = root.querySelector<HTMLSelectElement>('[data-testid="welcome-language"]')!;
    select.value = 'zh_CN';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(actions.setLanguage).toHaveBeenCalledWith('zh_CN'));
    await vi.waitFor(() => expect(root.textContent).toContain(tEn('welcomeLanguageSaved')));
  });

  it('the region starts automatic, named as the browser\'s country, follows the language chosen and is saved to the profile', async () => {
    const { root, actions } = show(true);
    const region = root.querySelector<HTMLSelectElement>('[data-testid="welcome-region"]')!;
    expect(region.value).toBe('auto');
    expect(region.selectedOptions[0]?.textContent).toBe('Automatic: United Kingdom');
    expect(region.getAttribute('aria-describedby')).toBe('welcome-region-hint');
    const language = root.querySelector<HTMLSelectElement>('[data-testid="welcome-language"]')!;
    language.value = 'zh_CN';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(region.selectedOptions[0]?.textContent).toBe('Automatic: Mainland China'));
    region.value = 'us';
    region.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(actions.setRegion).toHaveBeenCalledWith('us'));
    expect(region.value).toBe('us');
  });
});
