import '../shared/zod-config';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Explain } from '../../components/SidePanel';
import { userRuleLookup } from '../../engine/rules/user-rules';
import { send } from '../../messaging/client';
import { translateIn } from '../../components/locales';
import { browserLocale, chosenLocale } from '../shared/i18n';
import { PanelApp, viewFrom } from './app';
import { browserConnector } from './connector';
import { explainFor } from './explain';

const root = document.getElementById('app');
const connector = browserConnector(location.search);
// The locale the profile chose is read first, so the panel doesn't open in another language and switch.
const first = chosenLocale();
const mount = async (explain: Explain, el: HTMLElement) =>
  render(<PanelApp connector={connector} translate={translateIn} explain={explain} uiLocale={browserLocale()} browserLocale={browser.i18n.getUILanguage()} firstLocale={await first} initialView={viewFrom(location.search)} />, el);
if (root) {
  void mount(explainFor(), root);
  // Tasks can name rules the user added on the options page: their reasons come with the user's rules.
  void send({ type: 'ui:getUserRules' }).then((reply) => {
    if (reply.ok) void mount(explainFor(userRuleLookup(reply.data.userRules)), root);
  });
}
