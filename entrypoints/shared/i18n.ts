import { browser } from 'wxt/browser';
import { makeTranslate, type Translate } from '../../components/i18n';
import { localeFor, type Locale } from '../../engine/language';
import { getMessage } from './extension-api';

/** `t(key, subs?)` over browser.i18n, for entrypoints; components receive it as a prop. */
export const t: Translate = makeTranslate(getMessage);

/** The locale the browser's UI speaks. */
export const browserLocale = (): Locale => localeFor(browser.i18n.getUILanguage());
