/** The language a text is written in (a page, a posting, a course): an ISO 639-1 code; the engine reads 'en' and 'zh'. */
export type Language = 'en' | 'zh' | (string & {});

/** The language the extension speaks to the person: a folder of public/_locales. */
export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The profile's choice of locale: 'auto' follows the browser's. */
export const LOCALE_CHOICES = ['auto', ...LOCALES] as const;
export type LocaleChoice = (typeof LOCALE_CHOICES)[number];

/** The locale that speaks a language: Chinese in zh_CN, everything else in English. */
export const localeFor = (language: Language): Locale => (language.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en');

/** The language a locale speaks. */
export const languageOf = (locale: Locale): 'en' | 'zh' => (locale === 'zh_CN' ? 'zh' : 'en');
