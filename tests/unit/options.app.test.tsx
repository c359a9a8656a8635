// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsConnector } from '../../components/OptionsApp';
import { makeTranslate } from '../../components/i18n';
import { UserRulesSchema, EMPTY_USER_RULES, type UserRules } from '../../engine/rules/user-rules-schema';
import { createOptionsEngine } from '../../entrypoints/options/engine';
import type { Locale } from '../../engine/language';
import zh from '../../public/_locales/zh_CN/messages.json';
import { tEn } from '../fixtures/translate';

const NEGOTIATE = 'Negotiate contracts with suppliers';

function memoryConnector(initial: UserRules = EMPTY_USER_RULES, tasks: string[] | null = null) {
  const store = { value: initial, saves: 0 };
  const connector: OptionsConnector = {
    getUserRules: async () => store.value,
    saveUserRules: async (user) => {
      store.saves++;
      // What the background does: validate, store, answer with the stored value.
      store.value = UserRulesSchema.parse(user);
      return store.value;
    },
    currentPostingTasks: async () => tasks,
    deleteMyData: vi.fn(async () => undefined),
  };
  return { connector, store };
}

async function show(connector: OptionsConnector, t = tEn, lang: Locale = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp connector={connector} engine={createOptionsEngine()} t={t} lang={lang} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="rule"]')).not.toBeNull());
  return root;
}

const $ = <E extends Element>(root: ParentNode, selector: string) => {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const button = (root: ParentNode, text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
};
/** Types into a field and lets Preact re-render before the next step. */
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
const rule = (root: ParentNode, id: string) => $<HTMLLIElement>(root, `[data-rule="${id}"]`);
const previewRows = (root: ParentNode) =>
  [...root.querySelectorAll('[data-testid="preview-row"]')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('options page', () => {
  it("credits the data it is built from, with the attributions their licences ask for (O*NET's CC BY 4.0)", async () => {
    const about = $(await show(memoryConnector().connector), '[data-testid="about-data"]').textContent ?? '';
    expect(about).toContain('O*NET 30.3');
    expect(about).toContain('USDOL/ETA');
    expect(about).toContain('CC BY 4.0');
    expect(about).toContain('has not approved, endorsed, or tested these modifications');
    expect(about).toContain('Eloundou');
    expect(about).toContain('2022 National Occupational Classification');
  });

  it('lists every rule by pack, in closed groups named with their count, each switch named after its rule', async () => {
    const root = await show(memoryConnector().connector);
    const count = root.querySelectorAll('[data-testid="rule"]').length;
    expect(count).toBeGreaterThan(90);
    expect($(root, '#rules-heading').textContent).toBe(`Rules (${count})`);
    const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-testid="rule-group"]')];
    expect(groups.map((g) => g.dataset.group)).toEqual(['any', 'en', 'zh']);
    expect(groups.map((g) => g.open)).toEqual([false, false, false]);
    const en = groups[1]!;
    expect(en.querySelector('summary')?.textContent).toBe(`Rules for English postings (${en.querySelectorAll('[data-testid="rule"]').length})`);
    expect(groups.reduce((n, g) => n + g.querySelectorAll('[data-testid="rule"]').length, 0)).toBe(count);
    expect(rule(root, 'negotiate').textContent).toContain('Keeps it human');
    expect($(rule(root, 'negotiate'), 'input[type="checkbox"]').getAttribute('aria-label')).toBe('Use rule: Negotiating');
    expect(root.querySelector('[data-rule="no-signal"]')).toBeNull();
  });

  it('filters by name and phrases, opening only the groups with a match, and closes them again when cleared', async () => {
    const root = await show(memoryConnector().connector);
    const groups = () => [...root.querySelectorAll<HTMLDetailsElement>('details[data-testid="rule-group"]')];
    await type($(root, 'input[type="search"]'), 'negotiat');
    expect([...root.querySelectorAll('[data-testid="rule"]')].map((li) => li.getAttribute('data-rule'))).toContain('negotiate');
    expect(root.querySelectorAll('[data-testid="rule"]').length).toBeLessThan(10);
    // zh-negotiate's English reason says "Negotiating"; the pack for every language has no match and is left out.
    expect(groups().map((g) => [g.dataset.group, g.open])).toEqual([['en', true], ['zh', true]]);
    expect(groups()[0]!.querySelector('summary')?.textContent).toMatch(/^Rules for English postings \(\d of \d+ match\)$/);
    // A rule's human name, not only its id or phrases.
    await type($(root, 'input[type="search"]'), 'drafting documents');
    expect([...root.querySelectorAll('[data-testid="rule"]')].map((li) => li.getAttribute('data-rule'))).toEqual(['writing-drafting']);
    await type($(root, 'input[type="search"]'), '');
    await vi.waitFor(() => expect(groups().map((g) => g.open)).toEqual([false, false, false]));
    // A click on a group's summary (Enter or Space on it clicks too) opens it, another closes it.
    $<HTMLElement>(groups()[1]!, 'summary').click();
    await vi.waitFor(() => expect(groups().map((g) => g.open)).toEqual([false, true, false]));
    $<HTMLElement>(groups()[1]!, 'summary').click();
    await vi.waitFor(() => expect(groups().map((g) => g.open)).toEqual([false, false, false]));
    await type($(root, 'input[type="search"]'), 'zzzz-nothing');
    expect(root.textContent).toContain('No rule matches your search.');
    expect(root.textContent).not.toMatch(/options[A-Z]\w+/);
  });

  it('disables a rule, previews the effect and saves', async () => {
    const { connector, store } = memoryConnector();
    const root = await show(connector);
    await type($(root, '.preview textarea'), NEGOTIATE);
    await vi.waitFor(() => expect(previewRows(root)).toHaveLength(1));
    const [before] = previewRows(root);
    expect(before?.[1]).toContain('negotiate');
    expect(before?.[2]).toContain('negotiate');

    const toggle = $<HTMLInputElement>(rule(root, 'negotiate'), 'input[type="checkbox"]');
    toggle.click();
    await vi.waitFor(() => expect(previewRows(root)[0]?.[2]).not.toContain('negotiate'));
    expect(root.querySelector('.preview__row--changed')).not.toBeNull();
    expect(root.textContent).toContain('You have unsaved changes.');

    button(root, 'Save changes').click();
    await vi.waitFor(() => expect(root.textContent).toContain('Saved. Open postings are analysed again.'));
    expect(store.value.disabled).toEqual(['negotiate']);
  });

  it('re-weights a rule with its slider', async () => {
    const { connector, store } = memoryConnector();
    const root = await show(connector);
    await type($<HTMLInputElement>(rule(root, 'negotiate'), 'input[type="range"]'), '2.5');
    await vi.waitFor(() => expect(rule(root, 'negotiate').querySelector('.rule__value')?.textContent).toBe('2.5×'));
    button(root, 'Save changes').click();
    await vi.waitFor(() => expect(store.saves).toBe(1));
    expect(store.value.weights).toEqual({ negotiate: 2.5 });
  });

  it('adds a phrase rule, saying what is wrong first', async () => {
    const { connector, store } = memoryConnector();
    const root = await show(connector);
    const form = $<HTMLFormElement>(root, 'form.add');
    button(root, 'Add rule').click();
    await vi.waitFor(() => expect($(root, '[data-testid="problems"]').textContent).toBe('Write at least one phrase.'));

    await type($(form, 'textarea[name="phrases"]'), '浇水');
    button(root, 'Add rule').click();
    await vi.waitFor(() => expect($(root, '[data-testid="problems"]').textContent).toContain('English rules match Latin words'));

    await type($(form, 'textarea[name="phrases"]'), `office plants\n${'x'.repeat(100)}`);
    button(root, 'Add rule').click();
    await vi.waitFor(() => expect($(root, '[data-testid="problems"]').textContent).toBe('Each phrase can have at most 80 characters.'));

    await type($(form, 'textarea[name="phrases"]'), 'office plants');
    await type($(form, 'input[name="reason"]'), 'A robot waters them now');
    button(root, 'Add rule').click();
    await vi.waitFor(() => expect(root.querySelector('[data-rule="user-office-plants"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="problems"]')).toBeNull();
    expect(rule(root, 'user-office-plants').textContent).toContain('Your rule');
    expect(rule(root, 'user-office-plants').textContent).toContain('AI can do this · automation');
    // The person's own rules have their group, open: they were just made.
    expect($<HTMLDetailsElement>(root, 'details[data-group="mine"]').open).toBe(true);
    expect($(rule(root, 'user-office-plants'), 'button').getAttribute('aria-label')).toBe('Delete rule: “office plants”');

    await type($(root, '.preview textarea'), 'Water the office plants every morning');
    await vi.waitFor(() => expect(previewRows(root)[0]?.[2]).toContain('Automatable'));
    expect(previewRows(root)[0]?.[1]).toContain('Human-led');

    button(root, 'Save changes').click();
    await vi.waitFor(() => expect(store.value.added).toHaveLength(1));
    expect(store.value.added[0]).toEqual({
      id: 'user-office-plants',
      phrases: ['office plants'],
      lang: 'en',
      effect: { exposure: 0.8, automation: 0.8 },
      reason: 'A robot waters them now',
    });
    button(rule(root, 'user-office-plants'), 'Delete').click();
    await vi.waitFor(() => expect(root.querySelector('[data-rule="user-office-plants"]')).toBeNull());
  });

  it('shows why a save failed and can discard the changes', async () => {
    const { connector } = memoryConnector();
    connector.saveUserRules = async () => {
      throw new Error('malformed ui:saveUserRules: weights are 0 to 3');
    };
    const root = await show(connector);
    $<HTMLInputElement>(rule(root, 'negotiate'), 'input[type="checkbox"]').click();
    await vi.waitFor(() => expect(button(root, 'Save changes').disabled).toBe(false));
    button(root, 'Save changes').click();
    await vi.waitFor(() => expect(root.textContent).toContain("Couldn't save: malformed ui:saveUserRules: weights are 0 to 3"));
    button(root, 'Discard changes').click();
    await vi.waitFor(() => expect($<HTMLInputElement>(rule(root, 'negotiate'), 'input[type="checkbox"]').checked).toBe(true));
    expect(button(root, 'Save changes').disabled).toBe(true);
  });

  it("previews the open posting's tasks, or says there is none", async () => {
    const withPosting = await show(memoryConnector(EMPTY_USER_RULES, [NEGOTIATE, 'Prepare weekly sales reports']).connector);
    button(withPosting, "Use the open posting's tasks").click();
    await vi.waitFor(() => expect(previewRows(withPosting)).toHaveLength(2));
    document.body.innerHTML = '';
    const without = await show(memoryConnector().connector);
    button(without, "Use the open posting's tasks").click();
    await vi.waitFor(() => expect(without.textContent).toContain('No tab shows an analysed posting.'));
  });

  it('speaks Chinese with the zh_CN messages', async () => {
    const tZh = makeTranslate((key, subs = []) =>
      ((zh as Record<string, { message: string } | undefined>)[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    );
    const root = await show(memoryConnector().connector, tZh, 'zh_CN');
    expect(root.textContent).toContain('添加规则');
    expect(root.textContent).toContain('保存更改');
    expect(root.textContent).not.toMatch(/options[A-Z]\w+/);
    // Rules are named, and filtered, in Chinese.
    expect($(rule(root, 'negotiate'), 'input[type="checkbox"]').getAttribute('aria-label')).toBe('使用规则：谈判');
    await type($(root, 'input[type="search"]'), '谈判');
    expect([...root.querySelectorAll('[data-testid="rule"]')].map((li) => li.getAttribute('data-rule')).sort()).toEqual(['negotiate', 'zh-negotiate']);
    expect($(root, 'details[data-group="zh"] summary').textContent).toMatch(/^中文职位的规则（\d+ 条中 1 条符合）$/);
  });

  it('deletes my data from the options page too, after asking once, and says so (or why not)', async () => {
    const { connector } = memoryConnector();
    const root = await show(connector);
    $<HTMLButtonElement>(root, '[data-testid="options-data"] [data-testid="delete-data"]').click();
    await vi.waitFor(() => $<HTMLButtonElement>(root, '[data-testid="delete-data-confirm"]').click());
    await vi.waitFor(() => expect($(root, '[data-testid="data-status"]').textContent).toBe('Your data was deleted.'));
    expect(connector.deleteMyData).toHaveBeenCalledOnce();

    document.body.innerHTML = '';
    const refusing = memoryConnector().connector;
    refusing.deleteMyData = async () => Promise.reject(new Error('storage unavailable'));
    const again = await show(refusing);
    $<HTMLButtonElement>(again, '[data-testid="delete-data"]').click();
    await vi.waitFor(() => $<HTMLButtonElement>(again, '[data-testid="delete-data-confirm"]').click());
    await vi.waitFor(() => expect($(again, '[data-testid="data-status"]').getAttribute('data-kind')).toBe('error'));
  });
});
