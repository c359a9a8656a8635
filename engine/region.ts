import type { LocaleChoice } from './language';

/** Where the person is, for the courses offered: mainland China, the United Kingdom, the United States or elsewhere. */
export const REGIONS = ['cn', 'uk', 'us', 'other'] as const;
export type Region = (typeof REGIONS)[number];

/** The profile's choice of region: 'auto' follows the language chosen and the browser's locale. */
export const REGION_CHOICES = ['auto', ...REGIONS] as const;
export type RegionChoice = (typeof REGION_CHOICES)[number];

const BY_COUNTRY: Readonly<Record<string, Region>> = { CN: 'cn', GB: 'uk', US: 'us' };

/**
 * The region a choice stands for. 'auto': mainland China for a person who chose Chinese; else the country of the
 * browser's locale ("en-GB" the UK, "zh-CN" China, "de-AT" elsewhere); a locale without one reads as China for
 * Chinese in simplified script ("zh", "zh-Hans") and as elsewhere for any other ("en", "zh-Hant").
 */
export function regionOf(choice: RegionChoice, language: LocaleChoice, browserLocale: string): Region {
  if (choice !== 'auto') return choice;
  if (language === 'zh_CN') return 'cn';
  const [lang = '', ...rest] = browserLocale.split(/[-_]/);
  const country = rest.find((part) => /^(?:[A-Za-z]{2}|\d{3})$/.test(part));
  if (country) return BY_COUNTRY[country.toUpperCase()] ?? 'other';
  return lang.toLowerCase() === 'zh' && !rest.some((part) => part.toLowerCase() === 'hant') ? 'cn' : 'other';
}
