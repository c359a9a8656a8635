import '../shared/zod-config';
import { render } from 'preact';
import { t, uiRuleLang } from '../shared/i18n';
import { PanelApp } from './app';
import { browserConnector } from './connector';
import { explain } from './explain';

document.documentElement.lang = uiRuleLang() === 'zh_CN' ? 'zh-CN' : 'en';
document.title = t('sidebarTitle');
const root = document.getElementById('app');
if (root) render(<PanelApp connector={browserConnector(location.search)} t={t} explain={explain} uiLang={uiRuleLang()} />, root);
