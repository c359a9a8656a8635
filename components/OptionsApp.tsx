import type { Locale } from '../engine/language';
import type { Translate } from './i18n';
import { useOptionsState, type OptionsConnector, type OptionsEngine } from './options-state';
import { OptionsView } from './OptionsView';

export { edits, type OptionsConnector, type OptionsEngine } from './options-state';

export interface OptionsAppProps {
  connector: OptionsConnector;
  engine: OptionsEngine;
  t: Translate;
  lang: Locale;
}

/** The options page: its state (components/options-state.ts) over the connector, shown by OptionsView. */
export function OptionsApp({ connector, engine, t, lang }: OptionsAppProps) {
  const [state, actions] = useOptionsState(connector, engine);
  return <OptionsView state={state} actions={actions} engine={engine} onDeleteMyData={connector.deleteMyData} t={t} lang={lang} />;
}
