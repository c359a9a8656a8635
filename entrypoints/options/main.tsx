import '../shared/zod-config';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { chosenLocale, speak } from '../shared/i18n';
import { browserConnector } from './connector';
import { createOptionsEngine } from './engine';

const root = document.getElementById('app');
async function mount(el: HTMLElement): Promise<void> {
  const lang = await chosenLocale();
  render(<OptionsApp connector={browserConnector} engine={createOptionsEngine()} t={speak(lang, 'optionsTitle')} lang={lang} />, el);
}
if (root) void mount(root);
