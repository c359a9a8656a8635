import { useEffect, useMemo, useState } from 'preact/hooks';
import { GapView } from '../../components/GapView';
import { GlanceMatch } from '../../components/GlanceMatch';
import { StorageNotice } from '../../components/StorageNotice';
import { ProfilePanel } from '../../components/ProfilePanel';
import { isReadable, SidePanel, type Explain, type SidePanelData } from '../../components/SidePanel';
import type { Locale } from '../../engine/language';
import { regionOf } from '../../engine/region';
import type { Translate } from '../../components/i18n';
import type { Analysis } from '../../engine/types';
import type { SyncStatus } from '../../messaging/protocol';
import type { PanelConnector } from './connector';
import { readReport, readReportName } from './read-report';
import { correctTitle, isCorrected, searchOccupations } from './occupations';
import { gapFor, pathsFor } from './recommend';
import { faultOf, useProfile } from './use-profile';

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
/** A part of the panel that may fail on its own without taking the rest with it. */
const settle = <T,>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
import { panelId, tabId as viewTabId, ViewTabs } from '../../components/ViewTabs';
import type { MessageKey } from '../../components/i18n';

export const VIEWS = ['posting', 'profile'] as const;
export type View = (typeof VIEWS)[number];
const VIEW_NAMES: Record<View, MessageKey> = { posting: 'tabPosting', profile: 'tabProfile' };

/** `?view=profile` opens the panel on the profile. */
export function viewFrom(search: string): View {
  return new URLSearchParams(search).get('view') === 'profile' ? 'profile' : 'posting';
}

interface AppProps {
  connector: PanelConnector;
  /** The messages in a locale: the panel speaks the one the profile chose ('auto': the browser's). */
  translate: (lang: Locale) => Translate;
  explain: Explain;
  uiLocale: Locale;
  /** The browser's locale ("en-GB"), which an automatic region is read from (absent: the UI locale's). */
  browserLocale?: string;
  /** The locale to speak until the profile is read (the one it chose, read before the panel mounted). */
  firstLocale?: Locale;
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
export function PanelApp({ connector, translate, explain, uiLocale, browserLocale = uiLocale.replace('_', '-'), firstLocale = uiLocale, initialView = 'posting' }: AppProps) {
  const [data, setData] = useState<SidePanelData>({ status: 'loading', analysis: null, history: [], lang: uiLocale });
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>(initialView);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const me = useProfile(connector, uiLocale);

  useEffect(() => {
    let generation = 0;
    const load = async () => {
      const mine = ++generation;
      try {
        const tabId = await connector.currentTabId();
        // The tab's analysis comes from the session store: it shows even when IndexedDB can't be used.
        const [analysis, history, profile, learning, storage] = await Promise.all([
          tabId === null ? null : connector.getTabAnalysis(tabId),
          settle(connector.listHistory()),
          settle(connector.getProfile()),
          settle(connector.getLearningList()),
          settle(connector.getStorageStatus()),
        ]);
        if (mine !== generation) return;
        setTabId(tabId);
        if (profile.ok && learning.ok) me.loaded(profile.value, learning.value);
        else me.failed(profile.ok ? (learning.ok ? null : learning.error) : profile.error);
        setSync(storage.ok ? storage.value.sync : null);
        const fault = [history, profile, learning].map((r) => (r.ok ? null : faultOf(r.error))).find(Boolean) ?? (storage.ok ? storage.value.fault : null);
        setData({
          status: 'ready',
          analysis,
          history: history.ok ? history.value.items : [],
          historyMore: history.ok && history.value.more,
          historySize: storage.ok ? storage.value.history : null,
          fault,
          lang: uiLocale,
        });
      } catch (e) {
        if (mine === generation) setData((d) => ({ ...d, status: 'error', error: e instanceof Error ? e.message : String(e) }));
      }
    };
    void load();
    return connector.onChange(() => void load());
  }, [connector, uiLocale]);

  // Saves reach browser sync a few seconds later: follow the status while the profile is shown and it is behind.
  useEffect(() => {
    if (view !== 'profile') return;
    const follow = setInterval(() => void connector.getStorageStatus().then((s) => setSync(s.sync), () => undefined), 3_000);
    return () => clearInterval(follow);
  }, [view, connector]);

  const moreHistory = async () => {
    const last = data.history.at(-1);
    const page = await settle(connector.listHistory(last?.analysedAt));
    if (page.ok) setData((d) => ({ ...d, history: [...d.history, ...page.value.items], historyMore: page.value.more }));
    else setData((d) => ({ ...d, fault: faultOf(page.error) }));
  };

  const chosen: Locale = me.profile.language === 'auto' ? uiLocale : me.profile.language;
  const lang: Locale = data.status === 'loading' ? firstLocale : chosen;
  const t = useMemo(() => translate(lang), [translate, lang]);
  useEffect(() => {
    document.documentElement.lang = lang.replace('_', '-');
    document.title = t('sidebarTitle');
  }, [lang, t]);
  const listed = useMemo(() => new Set(me.learning.map((item) => item.courseId)), [me.learning]);
  const region = regionOf(me.profile.region ?? 'auto', me.profile.language, browserLocale);
  const gap = useMemo(() => (isReadable(data.analysis) ? gapFor(data.analysis, me.profile, lang, region) : null), [data.analysis, me.profile, lang, region]);
  const roles = useMemo(() => (view === 'profile' ? pathsFor(me.profile, lang, 3, region) : []), [view, me.profile, lang, region]);

  return (
    <>
      <ViewTabs views={VIEWS} current={view} names={VIEW_NAMES} t={t} onSelect={setView} />
      {/* A tabpanel is no landmark: it sits inside the main one. */}
      <main>
        {me.error && <p role="alert">{t('sidebarError', [me.error])}</p>}
        {view === 'profile' && <StorageNotice fault={me.fault} t={t} />}
        <div role="tabpanel" id={panelId(view)} aria-labelledby={viewTabId(view)}>
          {view === 'posting' ? (
            <SidePanel
              data={{ ...data, fault: data.fault ?? me.fault, lang }}
              actions={{ openUrl: connector.openUrl, moreHistory: () => void moreHistory(), saveReadReport: () => saveReadReport(connector, tabId, data.analysis) }}
              t={t}
              explain={explain}
              occupation={occupationTools(data, me)}
              glance={gap && <GlanceMatch gap={gap.gap} lang={lang} t={t} emptyProfile={me.profile.skills.length === 0} onOpenProfile={() => setView('profile')} />}
            >
              {gap && <GapView gap={gap.gap} computeMs={gap.ms} lang={lang} t={t} listed={listed} onAddCourse={me.actions.addCourse} />}
            </SidePanel>
          ) : (
            <div class="panel" data-status={data.status}>
              <h1 class="sr-only">{t('tabProfile')}</h1>
              {/* Edits before the stored profile arrived would overwrite it. */}
              {data.status === 'error' && <p role="alert">{t('sidebarError', [data.error ?? ''])}</p>}
              {data.status !== 'ready' || (me.fault && me.fault !== 'full') ? (
                !me.fault && <p class="muted">{t('badgeLoading')}</p>
              ) : (
                <ProfilePanel data={{ profile: me.profile, learning: me.learning, roles, lang, sync, browserLocale }} actions={me.actions} t={t} />
              )}
            </div>
          )}
        </div>
      </main>
    </>
  );
}
