import { makeTranslate, type Translate } from '../../components/i18n';
import { getMessage } from './extension-api';

/**
 * `t(key, subs?)` over browser.i18n, for what the content script draws on job pages (badges): the
 * browser's locale, without bundling the message tables into every page. The extension's own pages
 * speak the profile's choice through components/locales.ts.
 */
export const t: Translate = makeTranslate(getMessage);
