import '../shared/zod-config';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome, type WelcomeActions } from '../../components/Welcome';
import { send, unwrap } from '../../messaging/client';
import { ANY_SITE } from '../shared/any-site';
import type { LocaleChoice } from '../../engine/language';
import { localeOf, speak } from '../shared/i18n';

const root = document.getElementById('app');
let shown: { language: LocaleChoice; anySite: boolean } | null = null;

/** The page in the language chosen: it speaks it as soon as the choice is saved. */
function show(el: HTMLElement, language: LocaleChoice, anySite: boolean): void {
  shown = { language, anySite };
  render(<Welcome data={shown} actions={actions} t={speak(localeOf(language), 'welcomeTitle')} />, el);
}

const actions: WelcomeActions = {
  async setLanguage(language) {
    const { profile } = unwrap(await send({ type: 'ui:getProfile' }));
    unwrap(await send({ type: 'ui:saveProfile', profile: { ...profile, language } }));
    if (root && shown) show(root, language, shown.anySite);
  },
  // permissions.request must run in the click's user gesture: nothing is awaited before it.
  async setAnySite(on) {
    if (on) return browser.permissions.request(ANY_SITE).catch(() => false);
    await browser.permissions.remove(ANY_SITE).catch(() => false);
    return browser.permissions.contains(ANY_SITE);
  },
};

async function mount(el: HTMLElement): Promise<void> {
  const [reply, anySite] = await Promise.all([send({ type: 'ui:getProfile' }), browser.permissions.contains(ANY_SITE)]);
  show(el, unwrap(reply).profile.language, anySite);
}
if (root) void mount(root);
