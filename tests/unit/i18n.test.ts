import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../components/i18n';
import { substitute, translateIn } from '../../components/locales';
import { languageOf, localeFor, LOCALES } from '../../engine/language';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

type Messages = Record<string, { message: string }>;
const placeholders = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('en and zh_CN have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['en', en as Messages],
    ['zh_CN', zh as Messages],
  ])('%s has no empty message', (_, messages) => {
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
  });

  it('substitutions match between languages', () => {
    for (const [key, { message }] of Object.entries(en as Messages)) {
      expect(placeholders((zh as Messages)[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
  });

  it('the store description fits in 132 characters', () => {
    expect((en as Messages).extDescription?.message.length).toBeLessThanOrEqual(132);
    expect((zh as Messages).extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('message keys', () => {
  const t = makeTranslate((key) => (en as Messages)[key]?.message ?? '');
  it('are the locale files\' keys: an unknown one fails the typecheck and shows as itself', () => {
    expect(t('extName')).toBe('SkillShift');
    // @ts-expect-error no such message in public/_locales/en/messages.json
    expect(t('extNmae')).toBe('extNmae');
  });
});

describe('languages and locales', () => {
  it('a page in Chinese is shown in zh_CN, any other language in en', () => {
    expect(['zh', 'zh-TW', 'ZH-cn', 'en', 'en-GB', 'de', ''].map(localeFor)).toEqual(['zh_CN', 'zh_CN', 'zh_CN', 'en', 'en', 'en', 'en']);
  });
  it('each locale speaks the language it is named for, and back', () => {
    expect(LOCALES.map(languageOf)).toEqual(['en', 'zh']);
    for (const locale of LOCALES) expect(localeFor(languageOf(locale))).toBe(locale);
  });
});

describe('the messages bundled with the pages (components/locales.ts)', () => {
  it("substitutes as the browsers do: $1…$9, an absent one empty, $$ a dollar sign", () => {
    expect(substitute('$1 of $2 ($3)', ['a', 'b'])).toBe('a of b ()');
    expect(substitute('US$$ $1', ['5'])).toBe('US$ 5');
  });
  it('speaks each locale, and a key zh_CN lacks in English', () => {
    expect(translateIn('zh_CN')('tabPosting')).toBe((zh as Messages).tabPosting?.message);
    expect(translateIn('en')('badgeExposure', ['42'])).toBe('AI exposure 42%');
    // @ts-expect-error no such message
    expect(translateIn('zh_CN')('noSuchKey')).toBe('noSuchKey');
  });
});
