import type { ClassifiedTask, Label } from '../types';
import { detectLang } from '../text';
import { compile, matchChars, matchTokens } from './compile';
import { FALLBACK_RULE_ID, RULES } from './packs';
import type { Rule } from './schema';
import { tokenize } from './tokenize';

/** exposure = sigmoid(BIAS + SCALE · Σ rule.effect.exposure); calibrated on the O*NET dev set. */
export const BIAS = -0.1;
export const SCALE = 2.5;

const matcher = compile(RULES.filter((rule) => rule.id !== FALLBACK_RULE_ID));
const strength = matcher.rules.map((r) => Math.abs(r.effect.exposure) + 0.5 * Math.abs(r.effect.automation));

export function labelFor(exposure: number, automation: number): Label {
  if (exposure < 0.5) return 'human-led';
  return automation > 0 ? 'automatable' : 'augmentable';
}

export function classify(text: string, lang: 'auto' | 'en' | 'zh' = 'auto'): ClassifiedTask {
  const useZh = lang === 'auto' ? detectLang(text) === 'zh' : lang === 'zh';
  const indexes = useZh ? matchChars(matcher, text.toLowerCase()) : matchTokens(matcher, tokenize(text));
  let z = BIAS;
  let automation = 0;
  for (const i of indexes) {
    const { effect } = matcher.rules[i] as Rule;
    z += SCALE * effect.exposure;
    automation += effect.automation;
  }
  const exposure = Math.round(1e4 / (1 + Math.exp(-z))) / 1e4;
  indexes.sort((a, b) => (strength[b] ?? 0) - (strength[a] ?? 0));
  return {
    text,
    label: labelFor(exposure, automation),
    exposure,
    rules: indexes.length ? indexes.map((i) => (matcher.rules[i] as Rule).id) : [FALLBACK_RULE_ID],
  };
}
