import type { Locale } from '../engine/language';
import type { Rule } from '../engine/rules/schema';
import { MAX_WEIGHT, type UserRules } from '../engine/rules/user-rules-schema';
import type { Translate } from './i18n';

export interface RuleItemActions {
  setEnabled(id: string, enabled: boolean): void;
  setWeight(id: string, weight: number): void;
  remove(id: string): void;
}

export interface RuleItemProps {
  rule: Rule;
  user: UserRules;
  lang: Locale;
  t: Translate;
  actions: RuleItemActions;
}

/** The rule's direction in words: exposure first, then (when AI is involved) automation or augmentation. */
export function effectText(effect: Rule['effect'], t: Translate): string {
  const direction = effect.exposure > 0 ? t('optionsEffectExposed') : effect.exposure < 0 ? t('optionsEffectHuman') : t('optionsEffectNeutral');
  if (effect.automation === 0) return direction;
  return `${direction} · ${effect.automation > 0 ? t('optionsEffectAutomation') : t('optionsEffectAugmentation')}`;
}

/** One rule: its name as the switch's label, what it says and does, its weight, and (for the person's own) delete. */
export function RuleItem({ rule, user, lang, t, actions }: RuleItemProps) {
  const enabled = !user.disabled.includes(rule.id);
  const weight = user.weights[rule.id] ?? 1;
  const name = rule.name[lang];
  const mine = user.added.some((r) => r.id === rule.id);
  return (
    <li class={`rule${enabled ? '' : ' rule--off'}`} data-testid="rule" data-rule={rule.id}>
      <div class="rule__body">
        {/* The visible name is inside the accessible one ("Use rule: …"), as WCAG's label-in-name asks. */}
        <label class="rule__toggle">
          <input type="checkbox" checked={enabled} aria-label={t('optionsRuleUse', [name])} onChange={(e) => actions.setEnabled(rule.id, e.currentTarget.checked)} />
          <span class="rule__name">{name}</span>
        </label>
        {mine && <span class="rule__mine">{t('optionsYourRule')}</span>}
        <p class="rule__reason">{rule.reason[lang]}</p>
        <p class="rule__effect muted">
          {effectText(rule.effect, t)} · <code class="rule__id">{rule.id}</code>
        </p>
      </div>
      <label class="rule__weight">
        {t('optionsWeight')}
        <input
          type="range"
          min={0}
          max={MAX_WEIGHT}
          step={0.1}
          value={weight}
          disabled={!enabled}
          aria-label={t('optionsWeightOf', [name])}
          aria-valuetext={t('optionsWeightValue', [weight.toFixed(1)])}
          onInput={(e) => actions.setWeight(rule.id, Number(e.currentTarget.value))}
        />
        {/* Not an <output>: one live region per rule would announce every slider; the preview has the one live region. */}
        <span class="rule__value" aria-hidden="true">{t('optionsWeightValue', [weight.toFixed(1)])}</span>
      </label>
      {mine && (
        <button type="button" class="rule__delete" aria-label={t('optionsDeleteRule', [name])} onClick={() => actions.remove(rule.id)}>
          {t('optionsDelete')}
        </button>
      )}
    </li>
  );
}
