import type { MessageKey, Translate } from './i18n';

/** What "How is this computed?" says, in the order a person follows the figure from the posting to the label. */
export const HOW_COMPUTED_STEPS: readonly MessageKey[] = [
  'howComputedDuties',
  'howComputedRules',
  'howComputedWeights',
  'howComputedLabels',
  'howComputedUnclear',
  'howComputedFigure',
  'howComputedPrivate',
];

/** The posting's figure explained in words, the formula (in symbols, with its legend) folded inside for those who want it. */
export function HowComputed({ formula, t }: { formula: string; t: Translate }) {
  return (
    <details class="how" data-testid="how-computed">
      <summary>{t('sidebarHowComputed')}</summary>
      {HOW_COMPUTED_STEPS.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      <details class="how__formula">
        <summary>{t('howComputedFormula')}</summary>
        <pre data-testid="exposure-formula">{formula}</pre>
        <p class="muted">{t('howComputedLegend')}</p>
      </details>
    </details>
  );
}
