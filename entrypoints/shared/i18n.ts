import { browser } from 'wxt/browser';
import { makeTranslate, type Translate } from '../../components/i18n';
import type { RuleLang } from '../../components/SidePanel';
import { getMessage } from './extension-api';

/** `t(key, subs?)` over browser.i18n, for entrypoints; components receive it as a prop. */
export const t: Translate = makeTranslate(getMessage);

/** Which language of the rule packs' texts matches the browser's UI. */
export function uiRuleLang(): RuleLang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}
