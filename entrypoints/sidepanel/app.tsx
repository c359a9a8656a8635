import { useEffect, useMemo, useState } from 'preact/hooks';
import { GapView } from '../../components/GapView';
import { GlanceMatch } from '../../components/GlanceMatch';
import { ProfilePanel } from '../../components/ProfilePanel';
import { isReadable, SidePanel, type Explain, type SidePanelData } from '../../components/SidePanel';
import type { Locale } from '../../engine/language';
import type { Translate } from '../../components/i18n';
import type { Analysis } from '../../engine/types';
import type { PanelConnector } from './connector';
import { readReport, readReportName } from './read-report';
import { correctTitle, isCorrected, searchOccupations } from './occupations';
import { gapFor, pathsFor } from './recommend';
import { useProfile } from './use-profile';

export const VIEWS = ['posting', 'profile'] as const;
export type View = (typeof VIEWS)[number];

/** `?view=profile` opens the panel on the profile. */
export function viewFrom(search: string): View {
  return new URLSearchParams(search).get('view') === 'profile' ? 'profile' : 'posting';
}

interface AppProps {
  connector: PanelConnector;
  t: Translate;
  explain: Explain;
  uiLocale: Locale;
  initialView?: View;
}

/** The posting's occupation line: a search over every occupation, and corrections kept in the profile. */
function occupationTools(data: SidePanelData, me: ReturnType<typeof useProfile>) {
  const title = data.analysis?.posting?.title;
  if (!title) return undefined;
  return {
    corrected: isCorrected(me.profile, title),
    search: searchOccupations,
    correct: (occupationId: string | null) => me.actions.updateProfile((p) => correctTitle(p, title, occupationId)),
  };
}

/** The report of what was read on the shown tab, with its posting region's outline, saved as a file by this page. */
async function saveReadReport(connector: PanelConnector, tabId: number | null, analysis: Analysis | null): Promise<string> {
  if (tabId === null || !analysis) throw new Error('no page is shown');
  const outline = await connector.getPageOutline(tabId);
  const now = new Date();
  const name = readReportName(analysis.url, now);
  connector.download(name, `${JSON.stringify(readReport(analysis, outline, now, connector.version()), null, 2)}\n`);
  return name;
}

/** Loads what the panel shows through the connector and reloads it on every change. */
export function PanelApp({ connector, t, explain, uiLocale, initialView = 'posting' }: AppProps) {
  const [data, setData] = useState<SidePanelData>({ status: 'loading', analysis: null, history: [], lang: uiLocale });
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>(initialView);
  const me = useProfile(connector, uiLocale);

  useEffect(() => {
    let generation = 0;
    const load = async () => {
      const mine = ++generation;
      try {
        const tabId = await connector.currentTabId();
        const [analysis, history, profile, learning] = await Promise.all([
          tabId === null ? null : connector.getTabAnalysis(tabId),
          connector.listHistory(),
          connector.getProfile(),
          connector.getLearningList(),
        ]);
        if (mine !== generation) return;
        me.loaded(profile, learning);
        setTabId(tabId);
        setData({ status: 'ready', analysis, history, lang: uiLocale });
      } catch (e) {
        if (mine === generation) setData((d) => ({ ...d, status: 'error', error: e instanceof Error ? e.message : String(e) }));
      }
    };
    void load();
    return connector.onChange(() => void load());
  }, [connector, uiLocale]);

  const lang: Locale = me.profile.language === 'auto' ? uiLocale : me.profile.language;
  const listed = useMemo(() => new Set(me.learning.map((item) => item.courseId)), [me.learning]);
  const gap = useMemo(() => (isReadable(data.analysis) ? gapFor(data.analysis, me.profile, lang) : null), [data.analysis, me.profile, lang]);
  const roles = useMemo(() => (view === 'profile' ? pathsFor(me.profile, lang) : []), [view, me.profile, lang]);

  return (
    <>
      <nav class="tabs" role="tablist">
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" data-testid={`view-${v}`} aria-selected={view === v} onClick={() => setView(v)}>
            {t(v === 'posting' ? 'tabPosting' : 'tabProfile')}
          </button>
        ))}
      </nav>
      {me.error && <p role="alert">{t('sidebarError', [me.error])}</p>}
      {view === 'posting' ? (
        <SidePanel
          data={{ ...data, lang }}
          actions={{ openUrl: connector.openUrl, saveReadReport: () => saveReadReport(connector, tabId, data.analysis) }}
          t={t}
          explain={explain}
          occupation={occupationTools(data, me)}
          glance={gap && <GlanceMatch gap={gap.gap} lang={lang} t={t} emptyProfile={me.profile.skills.length === 0} onOpenProfile={() => setView('profile')} />}
        >
          {gap && <GapView gap={gap.gap} computeMs={gap.ms} lang={lang} t={t} listed={listed} onAddCourse={me.actions.addCourse} />}
        </SidePanel>
      ) : (
        <main class="panel" data-status={data.status}>
          {/* Edits before the stored profile arrived would overwrite it. */}
          {data.status === 'error' && <p role="alert">{t('sidebarError', [data.error ?? ''])}</p>}
          {data.status !== 'ready' ? (
            <p class="muted">{t('badgeLoading')}</p>
          ) : (
            <ProfilePanel data={{ profile: me.profile, learning: me.learning, roles, lang }} actions={me.actions} t={t} />
          )}
        </main>
      )}
    </>
  );
}
