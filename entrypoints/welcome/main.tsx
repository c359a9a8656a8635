import '../shared/zod-config';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome, type WelcomeActions } from '../../components/Welcome';
import { send, unwrap } from '../../messaging/client';
import { ANY_SITE } from '../shared/any-site';
import { browserLocale, t } from '../shared/i18n';

const actions: WelcomeActions = {
  async setLanguage(language) {
    const { profile } = unwrap(await send({ type: 'ui:getProfile' }));
    unwrap(await send({ type: 'ui:saveProfile', profile: { ...profile, language } }));
  },
  // permissions.request must run in the click's user gesture: nothing is awaited before it.
  async setAnySite(on) {
    if (on) return browser.permissions.request(ANY_SITE).catch(() => false);
    await browser.permissions.remove(ANY_SITE).catch(() => false);
    return browser.permissions.contains(ANY_SITE);
  },
};

document.documentElement.lang = browserLocale().replace('_', '-');
document.title = t('welcomeTitle');
const root = document.getElementById('app');
async function mount(el: HTMLElement): Promise<void> {
  const [reply, anySite] = await Promise.all([send({ type: 'ui:getProfile' }), browser.permissions.contains(ANY_SITE)]);
  render(<Welcome data={{ language: unwrap(reply).profile.language, anySite }} actions={actions} t={t} />, el);
}
if (root) void mount(root);
