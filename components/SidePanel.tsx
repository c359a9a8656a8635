import type { ComponentChildren } from 'preact';
import { LEXICON_EXPOSED_ID, LEXICON_HANDS_ON_ID } from '../engine/rules/packs';
import type { Locale } from '../engine/language';
import { LABELS, type Analysis, type AnalysedTask, type Label } from '../engine/types';
import type { HistoryItem, StorageFault, StorageStatus } from '../messaging/protocol';
import { AtAGlance } from './AtAGlance';
import { GigNotice } from './GigNotice';
import { HistoryList } from './HistoryList';
import { HowComputed } from './HowComputed';
import { joinList, LABEL_KEYS, type Translate } from './i18n';
import { ReadWrong } from './ReadWrong';
import { OccupationLine, type OccupationLineProps } from './OccupationLine';
import { StorageNotice } from './StorageNotice';


/** Plain-language explanations, supplied by the entrypoint from the rules engine. */
export interface Explain {
  reason(ruleId: string, lang: Locale): string | undefined;
  tip(ruleId: string, lang: Locale): string | undefined;
  formula: string;
}

export interface SidePanelData {
  status: 'loading' | 'ready' | 'error';
  /** The analysis of the followed tab; null when that tab holds nothing we read. */
  analysis: Analysis | null;
  history: HistoryItem[];
  /** Older postings are there to load. */
  historyMore?: boolean;
  historySize?: StorageStatus['history'];
  /** What is wrong with storage (the analysis still shows). */
  fault?: StorageFault | null;
  lang: Locale;
  error?: string;
}

export interface SidePanelActions {
  openUrl(url: string): void;
  /** Saves a "this page was read wrong" report file locally; resolves with its name. */
  saveReadReport?(): Promise<string>;
  moreHistory?(): void;
}

/** Correcting the occupation a posting's title was read as (absent: the line shows no way to change it). */
export type OccupationTools = Pick<OccupationLineProps, 'search' | 'correct' | 'corrected'>;

export interface SidePanelProps {
  data: SidePanelData;
  actions: SidePanelActions;
  t: Translate;
  explain: Explain;
  occupation?: OccupationTools;
  /** On the first screen, under the picture of the work: what the posting means for the person and the next step. */
  glance?: ComponentChildren;
  /** Shown under a readable posting (the gap and courses, computed by the page). */
  children?: ComponentChildren;
}

export const isReadable = (a: Analysis | null): a is Analysis & { posting: NonNullable<Analysis['posting']>; exposure: NonNullable<Analysis['exposure']> } =>
  a !== null && a.posting !== null && a.exposure !== null;

/** Below this a clear duty's label is shown as a lean, not a finding. */
export const LOW_CONFIDENCE = 0.3;

function TaskItem({ task, lang, t, explain }: { task: AnalysedTask; lang: Locale; t: Translate; explain: Explain }) {
  const first = task.rules[0];
  const reason = first === undefined ? undefined : explain.reason(first, lang);
  const tip = first !== undefined && task.label === 'augmentable' ? explain.tip(first, lang) : undefined;
  // The lexicon's reason points at "the words listed": list them.
  const terms = first === LEXICON_EXPOSED_ID || first === LEXICON_HANDS_ON_ID ? (task.terms ?? []) : [];
  return (
    <li data-testid="task" data-label={task.label} data-confidence={task.confidence.toFixed(2)} data-unclear={task.unclear ? 'true' : undefined}>
      <span class="task__text">{task.text}</span>
      {!task.unclear && task.confidence < LOW_CONFIDENCE && <span class="task__confidence"> {t('parenthesized', [t('sidebarLowConfidence')])}</span>}
      {reason && (
        <p class="task__reason" data-rule={first}>
          {reason}
          {terms.length > 0 && <span class="task__terms">{t('sidebarTerms', [joinList(t, terms.map((term) => `“${term}”`))])}</span>}
        </p>
      )}
      {tip && <p class="task__tip">{t('sidebarTip', [tip])}</p>}
    </li>
  );
}

type Group = Label | 'unclear';

function TaskGroup({ group, tasks, lang, t, explain }: { group: Group; tasks: AnalysedTask[]; lang: Locale; t: Translate; explain: Explain }) {
  return (
    <details class="group" data-group={group}>
      <summary>
        <h2>
          {t(group === 'unclear' ? 'sidebarUnclearGroup' : LABEL_KEYS[group])} ({tasks.length})
        </h2>
      </summary>
      {group === 'unclear' && <p class="muted">{t('sidebarUnclearHint')}</p>}
      {tasks.length === 0 ? (
        <p class="muted">{t('sidebarNoTasks')}</p>
      ) : (
        <ul>
          {tasks.map((task, i) => (
            <TaskItem key={`${i}:${task.text}`} task={task} lang={lang} t={t} explain={explain} />
          ))}
        </ul>
      )}
    </details>
  );
}

/** A posting's lines of one kind ("What they ask for"), folded away like the duty groups, with its count. */
function LineList({ testid, title, lines }: { testid: string; title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <details class="lines" data-testid={testid}>
      <summary>
        {title} ({lines.length})
      </summary>
      <ul>
        {lines.map((line, i) => (
          <li key={`${i}:${line}`}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** The site adapter threw: said plainly, with its message for a bug report, above whatever the other readers made of the page. */
function LayoutFailed({ failure, t }: { failure: NonNullable<Analysis['adapterError']>; t: Translate }) {
  return (
    <div role="alert" data-testid="layout-failed">
      <p>{t('sidebarLayoutFailed')}</p>
      <p class="muted">
        {failure.adapter}: {failure.message}
      </p>
    </div>
  );
}

/** A posting read whole that lists no duty (a one-line brief, only what it asks for and offers): its head and those lists, no figure. */
function NoDuties({ analysis, posting, failed, t }: { analysis: Analysis; posting: NonNullable<Analysis['posting']>; failed: ComponentChildren; t: Translate }) {
  return (
    <article>
      {failed}
      <h1 data-testid="posting-title">{posting.title}</h1>
      {posting.company && <p class="muted" data-testid="posting-company">{posting.company}</p>}
      <p data-testid="no-duties">{t('sidebarNoDuties')}</p>
      <LineList testid="requirements" title={t('sidebarRequirements')} lines={analysis.requirements.map((r) => r.text)} />
      <LineList testid="benefits" title={t('sidebarBenefits')} lines={analysis.benefits.map((b) => b.text)} />
    </article>
  );
}

function PostingView({ analysis, lang, t, explain, occupation, glance }: { analysis: Analysis; lang: Locale; t: Translate; explain: Explain; occupation?: OccupationTools; glance?: ComponentChildren }) {
  const failed = analysis.adapterError && <LayoutFailed failure={analysis.adapterError} t={t} />;
  if (analysis.posting && !analysis.exposure) return <NoDuties analysis={analysis} posting={analysis.posting} failed={failed} t={t} />;
  if (!isReadable(analysis)) {
    const key = analysis.kind === 'listing' ? 'sidebarNoPosting' : 'sidebarUnreadable';
    return (
      <>
        {failed}
        <p data-testid={key === 'sidebarUnreadable' ? 'unreadable' : 'no-posting'}>{t(key)}</p>
      </>
    );
  }
  const { posting, exposure } = analysis;
  return (
    <article>
      {failed}
      <h1 data-testid="posting-title">{posting.title}</h1>
      {posting.company && <p class="muted" data-testid="posting-company">{posting.company}</p>}
      {occupation && <OccupationLine occupation={analysis.occupation} t={t} {...occupation} />}
      <AtAGlance exposure={exposure} tasks={analysis.tasks} t={t}>
        {glance}
      </AtAGlance>
      {exposure.unclear > 0 && (
        <p class="muted" data-testid="posting-unclear">
          {t('sidebarUnclearCount', [String(exposure.unclear), String(analysis.tasks.length)])}
        </p>
      )}
      {analysis.gig && <GigNotice gig={analysis.gig} lang={lang} t={t} />}
      <p class="muted">{t('sidebarGroupsHint')}</p>
      {LABELS.map((label) => (
        <TaskGroup key={label} group={label} tasks={analysis.tasks.filter((task) => !task.unclear && task.label === label)} lang={lang} t={t} explain={explain} />
      ))}
      {exposure.unclear > 0 && <TaskGroup group="unclear" tasks={analysis.tasks.filter((task) => task.unclear)} lang={lang} t={t} explain={explain} />}
      <LineList testid="requirements" title={t('sidebarRequirements')} lines={analysis.requirements.map((r) => r.text)} />
      <LineList testid="benefits" title={t('sidebarBenefits')} lines={analysis.benefits.map((b) => b.text)} />
      <HowComputed formula={explain.formula} t={t} />
    </article>
  );
}

export function SidePanel({ data, actions, t, explain, occupation, glance, children }: SidePanelProps) {
  return (
    <div class="panel" data-status={data.status}>
      {data.status === 'error' && <p role="alert">{t('sidebarError', [data.error ?? ''])}</p>}
      <StorageNotice fault={data.fault} t={t} />
      {data.status === 'loading' ? (
        <p class="muted">{t('badgeLoading')}</p>
      ) : data.analysis ? (
        <PostingView analysis={data.analysis} lang={data.lang} t={t} explain={explain} occupation={occupation} glance={data.status === 'ready' ? glance : undefined} />
      ) : (
        <>
          <h1 class="sr-only">{t('sidebarTitle')}</h1>
          <p data-testid="no-posting">{t('sidebarNoPosting')}</p>
        </>
      )}
      {data.status === 'ready' && isReadable(data.analysis) && children}
      {data.status === 'ready' && data.analysis && actions.saveReadReport && <ReadWrong save={actions.saveReadReport} t={t} />}
      <HistoryList items={data.history} more={data.historyMore} size={data.historySize} t={t} onOpen={actions.openUrl} onMore={actions.moreHistory} />
    </div>
  );
}
