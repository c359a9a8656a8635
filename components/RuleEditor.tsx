import type { Rule } from '../engine/rules/schema';
import { MAX_WEIGHT, type UserRules } from '../engine/rules/user-rules-schema';
import type { Translate } from './i18n';
import type { Locale } from '../engine/language';

export interface RuleEditorActions {
  setQuery(query: string): void;
  setEnabled(id: string, enabled: boolean): void;
  setWeight(id: string, weight: number): void;
  remove(id: string): void;
}

export interface RuleEditorProps {
  /** The packs' rules and the user's added ones (as rules), in that order. */
  rules: readonly Rule[];
  user: UserRules;
  query: string;
  lang: Locale;
  t: Translate;
  actions: RuleEditorActions;
}

const isAdded = (user: UserRules, id: string): boolean => user.added.some((r) => r.id === id);

function matches(rule: Rule, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const words = [rule.id, rule.reason.en, rule.reason.zh_CN, ...(rule.match.phrases ?? []), ...(rule.match.verbs ?? []), ...(rule.match.objects ?? [])];
  return words.some((w) => w.toLowerCase().includes(q));
}

/** A rule's name a person can read: its id in words ("drafting-documents" → "drafting documents"). */
export const ruleName = (rule: Pick<Rule, 'id'>): string => rule.id.replace(/-/g, ' ');

/** The rule's direction in words: exposure first, then (when AI is involved) automation or augmentation. */
export function effectText(effect: Rule['effect'], t: Translate): string {
  const direction = effect.exposure > 0 ? t('optionsEffectExposed') : effect.exposure < 0 ? t('optionsEffectHuman') : t('optionsEffectNeutral');
  if (effect.automation === 0) return direction;
  return `${direction} · ${effect.automation > 0 ? t('optionsEffectAutomation') : t('optionsEffectAugmentation')}`;
}

function RuleItem({ rule, user, lang, t, actions }: Omit<RuleEditorProps, 'rules' | 'query'> & { rule: Rule }) {
  const enabled = !user.disabled.includes(rule.id);
  const weight = user.weights[rule.id] ?? 1;
  const name = ruleName(rule);
  return (
    <li class={`rule${enabled ? '' : ' rule--off'}`} data-testid="rule" data-rule={rule.id}>
      <label class="rule__toggle">
        <input type="checkbox" checked={enabled} aria-label={t('optionsRuleUse', [name])} onChange={(e) => actions.setEnabled(rule.id, e.currentTarget.checked)} />
        {t('optionsRuleOn')}
      </label>
      <div class="rule__body">
        <code class="rule__id">{rule.id}</code>
        {isAdded(user, rule.id) && <span class="rule__mine">{t('optionsYourRule')}</span>}
        <p class="rule__reason">{rule.reason[lang]}</p>
        <p class="rule__effect muted">{effectText(rule.effect, t)}</p>
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
      {isAdded(user, rule.id) && (
        <button type="button" class="rule__delete" onClick={() => actions.remove(rule.id)}>
          {t('optionsDelete')}
        </button>
      )}
    </li>
  );
}

/** Every rule with search, an on/off toggle and a 0–3× weight slider. */
export function RuleEditor(props: RuleEditorProps) {
  const { rules, query, t, actions } = props;
  const shown = rules.filter((rule) => matches(rule, query));
  return (
    <section class="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('optionsRulesHeading', [String(rules.length)])}</h2>
      <input
        type="search"
        class="rules__search"
        placeholder={t('optionsSearch')}
        aria-label={t('optionsSearch')}
        value={query}
        onInput={(e) => actions.setQuery(e.currentTarget.value)}
      />
      {shown.length === 0 ? (
        <p class="muted">{t('optionsNoMatch')}</p>
      ) : (
        <ul class="rules__list">
          {shown.map((rule) => (
            <RuleItem key={rule.id} rule={rule} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}
