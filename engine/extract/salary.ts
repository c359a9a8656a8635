import { isFields } from './json';

// schema.org's baseSalary ({ currency, value: { minValue, maxValue | value, unitText } }) as the line a board shows
// beside the description (Indeed's job details, Ashby's compensation box): the pay is part of the posting even when its
// description never names it. Plain figures and the currency's code: this runs in the content script.

/** "Pay: 48,000 – 52,000 USD per year", or null when the salary names no figure. */
export function payLine(salary: unknown): string | null {
  if (!isFields(salary)) return null;
  const v = isFields(salary.value) ? salary.value : { value: salary.value };
  const figures = [...new Set([v.minValue ?? v.value, v.maxValue].map(Number).filter((n) => n > 0))];
  if (!figures.length) return null;
  const unit = String(v.unitText ?? '').toLowerCase();
  const code = typeof salary.currency === 'string' ? ` ${salary.currency}` : '';
  return `Pay: ${figures.map((n) => n.toLocaleString('en')).join(' – ')}${code}${/^(?:hour|day|week|month|year)$/.test(unit) ? ` per ${unit}` : ''}`;
}
