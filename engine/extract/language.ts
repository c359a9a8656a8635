import type { Language } from '../language';

// Frequent short words that are rare in the other languages listed (space-separated: fewer bytes on the page).
const STOPWORDS: Record<string, string> = {
  en: 'the and you with for our will are of to in your we is',
  fr: 'les des et vous pour une dans est sur nous du au avec',
  es: 'los las y para con una del que el en por es se',
  it: 'il di e per con una della che gli del nel sono delle',
  de: 'der die und mit für wir sie ist ein eine zu den von',
  pt: 'os as e para com uma do da que em não você na',
  vi: 'và các của cho với trong những được là có một không người theo',
};

function normaliseHtmlLang(lang: string | null | undefined): Language | null {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : null;
}

/**
 * The language of a posting's text: Chinese or Japanese when CJK ideographs dominate (Japanese by its kana; a
 * list of duties may be nearly all kanji, so a page that says it is Japanese is believed when any kana stand),
 * else the best stopword match; the page's <html lang> only when the text says too little.
 */
export function detectLanguage(text: string, htmlLang?: string | null): Language {
  const sample = text.slice(0, 20000);
  // Counted in one pass over the text and one over its words: this runs on the page, for every posting read.
  let han = 0;
  let kana = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let letters = 0;
  // Letters are code points: a low surrogate is the second half of one.
  for (const w of words) for (let i = 0; i < w.length; i++) if ((w.charCodeAt(i) & 0xfc00) !== 0xdc00) letters++;
  if (letters > 0 && (han + kana) / letters > 0.3) return kana > han / 4 || (kana > 0 && normaliseHtmlLang(htmlLang) === 'ja') ? 'ja' : 'zh';
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: { lang: string; score: number } = { lang: '', score: 0 };
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.split(' ').reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (score > best.score) best = { lang, score };
  }
  if (best.score >= 3 && best.score / Math.max(words.length, 1) > 0.05) return best.lang;
  return normaliseHtmlLang(htmlLang) ?? (best.lang || 'en');
}
