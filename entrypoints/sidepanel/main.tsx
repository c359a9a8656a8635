import '../shared/zod-config';
import { render } from 'preact';
import type { Explain } from '../../components/SidePanel';
import { userRuleLookup } from '../../engine/rules/user-rules';
import { send } from '../../messaging/client';
import { t, browserLocale } from '../shared/i18n';
import { PanelApp, viewFrom } from './app';
import { browserConnector } from './connector';
import { explainFor } from './explain';

document.documentElement.lang = browserLocale().replace('_', '-');
document.title = t('sidebarTitle');
const root = document.getElementById('app');
const connector = browserConnector(location.search);
const mount = (explain: Explain, el: HTMLElement) =>
  render(<PanelApp connector={connector} t={t} explain={explain} uiLocale={browserLocale()} initialView={viewFrom(location.search)} />, el);
if (root) {
  mount(explainFor(), root);
  // Tasks can name rules the user added on the options page: their reasons come with the user's rules.
  void send({ type: 'ui:getUserRules' }).then((reply) => {
    if (reply.ok) mount(explainFor(userRuleLookup(reply.data.userRules)), root);
  });
}
