import type { Locale } from '../engine/language';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import { makeTranslate, type Translate } from './i18n';

type Messages = Record<string, { message: string } | undefined>;
const TABLES: Record<Locale, Messages> = { en, zh_CN: zh };

/**
 * A message with its substitutions as the browsers' i18n.getMessage makes it: `$1`…`$9` are the
 * substitutions (an absent one is empty) and `$$` is a dollar sign.
 */
export function substitute(message: string, substitutions: readonly string[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : (substitutions[Number(mark) - 1] ?? '')));
}

/**
 * The extension's pages speak the locale the person chose, not only the browser's: the messages of
 * public/_locales are bundled with the pages and looked up here (i18n.getMessage only knows the
 * browser's locale, and has answered '' in a Chromium under load). A key missing in zh_CN falls back to en.
 */
export function translateIn(locale: Locale): Translate {
  const table = TABLES[locale];
  return makeTranslate((key, substitutions) => {
    const entry = table[key] ?? TABLES.en[key];
    return entry ? substitute(entry.message, substitutions) : '';
  });
}
