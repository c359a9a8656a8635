// Small text helpers shared by segmentation and the rules engine.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_G = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Hiragana or katakana: the text is Japanese. */
export const KANA = /[\u3040-\u30ff]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** 'zh' when Han characters make up a noticeable share of the letters, else 'en'. */
export function detectLang(text: string): 'en' | 'zh' {
  const han = text.match(HAN_G)?.length ?? 0;
  if (han === 0) return 'en';
  const latinWords = text.match(/[a-z]+/gi)?.length ?? 0;
  return han >= 6 || han >= latinWords ? 'zh' : 'en';
}

/** Collapses whitespace (including NBSP and full-width spaces) and trims. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, ' ').trim();
}

/** The text as a regular expression that matches it literally. */
export const escapedForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
