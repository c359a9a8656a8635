import type { ComponentChildren } from 'preact';
import { LABELS, type Analysis, type ExposureSummary, type Label } from '../engine/types';
import { LABEL_KEYS, percent, scaleKey, type MessageKey, type Translate } from './i18n';

/** The parts of a posting's work the bar shows: each duty is one part. */
export type Share = Label | 'unclear';
export const SHARES: readonly Share[] = [...LABELS, 'unclear'];
const SHARE_KEYS: Record<Share, MessageKey> = { ...LABEL_KEYS, unclear: 'sidebarUnclearGroup' };

/** How many of the posting's duties fall in each part (unclear ones apart, whatever label they lean to). */
export function workShares(tasks: Analysis['tasks']): Record<Share, number> {
  const shares = Object.fromEntries(SHARES.map((s) => [s, 0])) as Record<Share, number>;
  for (const task of tasks) shares[task.unclear ? 'unclear' : task.label] += 1;
  return shares;
}

/** One sentence for the posting's figure: what the work is like for AI, in words. */
export function verdictKey(exposure: ExposureSummary, tasks: Analysis['tasks']): MessageKey {
  if (tasks.every((t) => t.unclear)) return 'glanceVerdictUnclear';
  if (exposure.score < 0.35) return 'glanceVerdictHuman';
  if (exposure.score < 0.5) return 'glanceVerdictMostlyHuman';
  return exposure.label === 'automatable' ? 'glanceVerdictAutomatable' : 'glanceVerdictAugmentable';
}


/** The shares of the work as a bar (a picture, with the numbers beside it in the legend). */
function WorkBar({ shares, t }: { shares: Record<Share, number>; t: Translate }) {
  const total = SHARES.reduce((sum, s) => sum + shares[s], 0);
  const parts = SHARES.filter((s) => shares[s] > 0);
  const said = parts.map((s) => t('glanceShare', [t(SHARE_KEYS[s]), String(shares[s]), percent(shares[s] / total)])).join('; ');
  let x = 0;
  return (
    <figure class="work" data-testid="work-bar">
      <svg class="work__bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={t('glanceBarLabel', [said])}>
        {parts.map((s) => {
          const width = (shares[s] / total) * 100;
          const rect = <rect key={s} class={`work__part work__part--${s}`} x={x} y={0} width={width} height={6} data-share={s} />;
          x += width;
          return rect;
        })}
      </svg>
      <figcaption>
        <ul class="work__legend">
          {parts.map((s) => (
            <li key={s} data-share={s} data-count={shares[s]}>
              <span class={`work__key work__part--${s}`} aria-hidden="true" />
              {t('glanceShare', [t(SHARE_KEYS[s]), String(shares[s]), percent(shares[s] / total)])}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

interface Props {
  exposure: ExposureSummary;
  tasks: Analysis['tasks'];
  t: Translate;
  /** What it means for the person and the next step (built by the page from their profile). */
  children?: ComponentChildren;
}

/** The first screen: the verdict in a sentence, the figure on its scale, the picture of the work, then the person's part. */
export function AtAGlance({ exposure, tasks, t, children }: Props) {
  return (
    <section class="glance" data-testid="glance" aria-labelledby="glance-verdict">
      <p class="glance__verdict" id="glance-verdict" data-testid="verdict">
        {t(verdictKey(exposure, tasks))}
      </p>
      <p data-testid="posting-exposure" data-exposure={exposure.score.toFixed(2)}>
        {t('sidebarExposure', [percent(exposure.score)])} <span class="muted">{t(scaleKey(exposure.score))}</span>
      </p>
      <WorkBar shares={workShares(tasks)} t={t} />
      {children}
    </section>
  );
}
