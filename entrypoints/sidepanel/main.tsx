import '../shared/zod-config';
import { render } from 'preact';
import { t, uiRuleLang } from '../shared/i18n';
import { PanelApp, viewFrom } from './app';
import { browserConnector } from './connector';
import { explain } from './explain';

document.documentElement.lang = uiRuleLang() === 'zh_CN' ? 'zh-CN' : 'en';
document.title = t('sidebarTitle');
const root = document.getElementById('app');
const connector = browserConnector(location.search);
if (root) render(<PanelApp connector={connector} t={t} explain={explain} uiLang={uiRuleLang()} initialView={viewFrom(location.search)} />, root);
