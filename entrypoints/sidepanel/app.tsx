import { useEffect, useState } from 'preact/hooks';
import { SidePanel, type Explain, type RuleLang, type SidePanelData } from '../../components/SidePanel';
import type { Translate } from '../../components/i18n';
import type { PanelConnector } from './connector';

interface AppProps {
  connector: PanelConnector;
  t: Translate;
  explain: Explain;
  uiLang: RuleLang;
}

/** Loads what the panel shows through the connector and reloads it on every change. */
export function PanelApp({ connector, t, explain, uiLang }: AppProps) {
  const [data, setData] = useState<SidePanelData>({ status: 'loading', analysis: null, history: [], lang: uiLang });

  useEffect(() => {
    let generation = 0;
    const load = async () => {
      const mine = ++generation;
      try {
        const tabId = await connector.currentTabId();
        const [analysis, history, profile] = await Promise.all([
          tabId === null ? null : connector.getTabAnalysis(tabId),
          connector.listHistory(),
          connector.getProfile(),
        ]);
        const lang = profile.language === 'auto' ? uiLang : profile.language;
        if (mine === generation) setData({ status: 'ready', analysis, history, lang });
      } catch (e) {
        if (mine === generation) setData((d) => ({ ...d, status: 'error', error: e instanceof Error ? e.message : String(e) }));
      }
    };
    void load();
    return connector.onChange(() => void load());
  }, [connector, uiLang]);

  return <SidePanel data={data} actions={{ openUrl: connector.openUrl }} t={t} explain={explain} />;
}
