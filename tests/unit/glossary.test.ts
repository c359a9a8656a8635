import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { PACKS } from '../../engine/rules/packs';

interface Concept {
  english: string[];
  term: string;
  avoid: string[];
}

// docs/GLOSSARY.zh.md's table: | Concept | English | 中文 | Avoid |
const GLOSSARY: Concept[] = readFileSync(new URL('../../docs/GLOSSARY.zh.md', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('|') && !line.startsWith('| Concept') && !line.startsWith('| ---'))
  .map((line) => {
    const [, , english = '', term = '', avoid = ''] = line.split('|').map((cell) => cell.trim());
    const list = (cell: string) => cell.split(',').map((s) => s.trim()).filter(Boolean);
    return { english: list(english), term, avoid: list(avoid) };
  });

type Messages = Record<string, { message: string }>;
/** Every text a person reads in both languages: the locale messages and the rule names, reasons and tips, by name. */
const PAIRS: { name: string; en: string; zh: string }[] = [
  ...Object.keys(en).map((key) => ({ name: `messages ${key}`, en: (en as Messages)[key]!.message, zh: (zh as Messages)[key]!.message })),
  ...PACKS.flatMap((pack) =>
    pack.rules.flatMap((rule) => [
      { name: `${rule.id} name`, en: rule.name.en, zh: rule.name.zh_CN },
      { name: `${rule.id} reason`, en: rule.reason.en, zh: rule.reason.zh_CN },
      ...(rule.tip ? [{ name: `${rule.id} tip`, en: rule.tip.en, zh: rule.tip.zh_CN }] : []),
    ]),
  ),
];

const HAN = '\\u3400-\\u9fff';
const HALF_WIDTH_BESIDE_HAN = new RegExp(`[${HAN}] *[:,()?!;]|[:,()?!;] *[${HAN}]`);

describe('docs/GLOSSARY.zh.md', () => {
  it('holds the concepts the interface names, each with one Chinese term', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(8);
    expect(GLOSSARY.map((c) => c.term)).toContain('AI 影响度');
    for (const { term, english } of GLOSSARY) expect(term && english.length, JSON.stringify({ term, english })).toBeTruthy();
  });

  it.each(GLOSSARY)('$term: used wherever the English says it, and no variant is', ({ english, term, avoid }) => {
    const says = new RegExp(`\\b(?:${english.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
    const missing = PAIRS.filter((p) => says.test(p.en) && !p.zh.includes(term)).map((p) => `${p.name}: ${p.zh}`);
    expect(missing).toEqual([]);
    const variants = PAIRS.filter((p) => avoid.some((a) => p.zh.includes(a))).map((p) => `${p.name}: ${p.zh}`);
    expect(variants).toEqual([]);
  });
});

describe('Chinese text', () => {
  it('takes full-width punctuation beside Chinese characters', () => {
    const halfWidth = PAIRS.filter((p) => HALF_WIDTH_BESIDE_HAN.test(p.zh)).map((p) => `${p.name}: ${p.zh}`);
    expect(halfWidth).toEqual([]);
    expect(HALF_WIDTH_BESIDE_HAN.test('尚需学习：SQL、数据可视化（0）')).toBe(false);
    expect(HALF_WIDTH_BESIDE_HAN.test('尚需学习：SQL, 数据可视化')).toBe(true);
  });

  it('lists and brackets in Chinese with full-width marks', () => {
    const msg = (key: string) => (zh as Messages)[key]!.message;
    expect(msg('listJoin')).toBe('$1、$2');
    expect(msg('parenthesized')).toBe('（$1）');
    expect(msg('sidebarTerms')).toBe('：$1');
  });
});
