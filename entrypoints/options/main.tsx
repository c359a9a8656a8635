import '../shared/zod-config';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { t, browserLocale } from '../shared/i18n';
import { browserConnector } from './connector';
import { createOptionsEngine } from './engine';

document.documentElement.lang = browserLocale().replace('_', '-');
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp connector={browserConnector} engine={createOptionsEngine()} t={t} lang={browserLocale()} />, root);
