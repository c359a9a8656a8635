import '../shared/zod-config';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { t, uiRuleLang } from '../shared/i18n';
import { browserConnector } from './connector';
import { createOptionsEngine } from './engine';

document.documentElement.lang = uiRuleLang() === 'zh_CN' ? 'zh-CN' : 'en';
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp connector={browserConnector} engine={createOptionsEngine()} t={t} lang={uiRuleLang()} />, root);
