import { browser } from 'wxt/browser';
import type { Translate } from '../../components/i18n';
import { translateIn } from '../../components/locales';
import { localeFor, type Locale, type LocaleChoice } from '../../engine/language';
import { send } from '../../messaging/client';

/** The locale the browser's UI speaks. */
export const browserLocale = (): Locale => localeFor(browser.i18n.getUILanguage());

/** The locale a choice stands for: 'auto' is the browser's. */
export const localeOf = (choice: LocaleChoice): Locale => (choice === 'auto' ? browserLocale() : choice);

/** The locale the person chose in their profile; the browser's when they left it on 'auto' or it can't be read. */
export async function chosenLocale(): Promise<Locale> {
  const reply = await send({ type: 'ui:getProfile' }).catch(() => null);
  return reply?.ok ? localeOf(reply.data.profile.language) : browserLocale();
}

/** The page set to speak a locale (its lang and title); the messages to render it with. */
export function speak(locale: Locale, titleKey: Parameters<Translate>[0]): Translate {
  const t = translateIn(locale);
  document.documentElement.lang = locale.replace('_', '-');
  document.title = t(titleKey);
  return t;
}
