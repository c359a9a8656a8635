// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HOW_COMPUTED_STEPS, HowComputed } from '../../components/HowComputed';
import { translateIn } from '../../components/locales';
import { EXPOSURE_FORMULA } from '../../engine/rules/summarize';
import type { Locale } from '../../engine/language';

function show(locale: Locale): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<HowComputed formula={EXPOSURE_FORMULA} t={translateIn(locale)} />, root);
  return root;
}
afterEach(() => {
  document.body.innerHTML = '';
});

const words = (root: HTMLElement): string => [...root.querySelectorAll(':scope > details > p')].map((p) => p.textContent).join('\n');

// What the words must say, in each language: duties read, rules with their reasons, weights, what "can't tell" means,
// how the posting's figure and label follow, and that nothing leaves the browser.
const SAYS: Record<Locale, RegExp[]> = {
  en: [/keeps its duties/, /not counted/, /checked against rules/, /with its reason/, /has a weight/, /from 0 to 100%/, /human-led/, /automatable/, /augmentable/, /can't tell/, /left out of the figure/, /average of its duties/, /never leave it/],
  zh_CN: [/保留其中的职责/, /不计入/, /与规则/, /附上理由/, /权重/, /从 0 到 100%/, /人主导/, /可自动化/, /AI 增强/, /无法判断/, /不计入这个数字/, /平均值/, /不会离开浏览器/],
};

describe('"How is this computed?"', () => {
  it.each(['en', 'zh_CN'] as const)('%s: explains the figure in words, the formula folded inside with every symbol explained', (locale) => {
    const root = show(locale);
    const outer = root.querySelector('[data-testid="how-computed"]')!;
    expect(outer.querySelector(':scope > summary')?.textContent).toBe(locale === 'en' ? 'How is this computed?' : '这是怎么算出来的？');
    const text = words(root);
    expect(root.querySelectorAll(':scope > details > p')).toHaveLength(HOW_COMPUTED_STEPS.length);
    for (const says of SAYS[locale]) expect(text).toMatch(says);
    // The formula is no longer the first thing read: it sits in a details of its own, after the words.
    const formula = outer.querySelector(':scope > details [data-testid="exposure-formula"]');
    expect(formula?.textContent).toBe(EXPOSURE_FORMULA);
    const legend = outer.querySelector(':scope > details > p')?.textContent ?? '';
    const symbols = EXPOSURE_FORMULA.match(/[A-Za-zσ][ᵢⱼ]?(?=\s*[=(+)/]|\s*$)/gu) ?? [];
    expect(new Set(symbols)).toEqual(new Set(['eᵢ', 'σ', 'b', 'w', 'cᵢ', 'S', 'n']));
    for (const symbol of symbols) expect(legend, symbol).toMatch(new RegExp(`(^|；|; )(Σ )?${symbol}[:：]`, 'u'));
  });

  it('Chinese says it all in Chinese: no English words but the names SkillShift and O*NET', () => {
    const zh = words(show('zh_CN')) + (document.querySelector('.how__formula p')?.textContent ?? '');
    expect(zh.replace(/SkillShift|O\*NET|AI/g, '').match(/[A-Za-z]{2,}/g)).toBeNull();
    document.body.innerHTML = '';
    expect(words(show('en'))).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
