import '../shared/zod-config';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome, type WelcomeActions } from '../../components/Welcome';
import { send, unwrap } from '../../messaging/client';
import { ANY_SITE } from '../shared/any-site';
import type { LocaleChoice } from '../../engine/language';
import type { RegionChoice } from '../../engine/region';
import { localeOf, speak } from '../shared/i18n';

const root = document.getElementById('app');
type Shown = { language: LocaleChoice; region?: RegionChoice; anySite: boolean };
let shown: Shown | null = null;

/** The page in the language chosen: it speaks it as soon as the choice is saved. */
function show(el: HTMLElement, next: Shown): void {
  shown = next;
  render(<Welcome data={{ ...next, browserLocale: browser.i18n.getUILanguage() }} actions={actions} t={speak(localeOf(next.language), 'welcomeTitle')} />, el);
}

/** Saves a choice into the profile as it stands now and shows the page with it (in the language chosen, if that was it). */
async function choose(change: Pick<Shown, 'language'> | Pick<Shown, 'region'>): Promise<void> {
  const { profile } = unwrap(await send({ type: 'ui:getProfile' }));
  unwrap(await send({ type: 'ui:saveProfile', profile: { ...profile, ...change } }));
  if (root && shown) show(root, { ...shown, ...change });
}

const actions: WelcomeActions = {
  setLanguage: (language) => choose({ language }),
  setRegion: (region) => choose({ region }),
  // permissions.request must run in the click's user gesture: nothing is awaited before it.
  async setAnySite(on) {
    if (on) return browser.permissions.request(ANY_SITE).catch(() => false);
    await browser.permissions.remove(ANY_SITE).catch(() => false);
    return browser.permissions.contains(ANY_SITE);
  },
};

async function mount(el: HTMLElement): Promise<void> {
  const [reply, anySite] = await Promise.all([send({ type: 'ui:getProfile' }), browser.permissions.contains(ANY_SITE)]);
  const { language, region } = unwrap(reply).profile;
  show(el, { language, region, anySite });
}
if (root) void mount(root);
