import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { substitute } from '../../components/locales';

type Messages = Record<string, { message: string }>;
const EN = en as Messages;
const ZH = zh as Messages;

/** Everything a page says to a person: its text, its title and the names and hints in its attributes. */
export const READ_SAID = `(() => {
  const said = [document.title, document.body.innerText];
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) { const v = el.getAttribute(name); if (v) said.push(v); }
  }
  return { lang: document.documentElement.lang, said: said.join('\\n') };
})()`;

export interface Said {
  lang: string;
  said: string;
}

/**
 * The English the UI could show: every en message cut at its substitutions, the parts of three words or
 * more that its zh_CN message doesn't keep as they are (names like SkillShift or O*NET stay in both).
 */
export const ENGLISH_PARTS: { key: string; part: string }[] = Object.entries(EN).flatMap(([key, { message }]) =>
  message
    .split(/\$[1-9$]/)
    .map((part) => part.trim())
    .filter((part) => /[A-Za-z]+\W+[A-Za-z]+\W+[A-Za-z]+/.test(part) && !(ZH[key]?.message ?? '').includes(part))
    .map((part) => ({ key, part })),
);

/** The English parts found in what a page said. */
export const englishIn = (said: string): { key: string; part: string }[] => ENGLISH_PARTS.filter(({ part }) => said.includes(part));

/** What the browser's i18n.getMessage answers for every message, with three substitutions, read in an extension page. */
export const READ_BROWSER_MESSAGES = `(() => {
  const api = (globalThis.browser ?? globalThis.chrome).i18n;
  const out = { ui: api.getUILanguage(), messages: {} };
  for (const key of ${JSON.stringify(Object.keys(EN))}) out.messages[key] = api.getMessage(key, ['A1', 'B2', 'C3']);
  return out;
})()`;

/** The same, from the tables bundled with the pages. */
export const tableMessages = (table: 'en' | 'zh_CN'): Record<string, string> =>
  Object.fromEntries(Object.entries(table === 'en' ? EN : ZH).map(([key, { message }]) => [key, substitute(message, ['A1', 'B2', 'C3'])]));
