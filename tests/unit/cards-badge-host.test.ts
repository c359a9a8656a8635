// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_BADGE_CSS } from '../../components/CardBadge';
import { CARD_BADGE_TAG, createCardBadgeHost, renderCardBadge } from '../../components/CardBadgeHost';

const t = (key: string, subs?: string[]) => `${key}:${(subs ?? []).join(',')}`;

afterEach(() => vi.restoreAllMocks());

describe('card badge host (plain DOM)', () => {
  it('writes the attribute contract and the i18n text, and updates the same badge in place', () => {
    const host = createCardBadgeHost(document);
    expect(host.tagName.toLowerCase()).toBe(CARD_BADGE_TAG);
    renderCardBadge(host, '41', { source: 'title-prior', exposure: 0.456, label: 'augmentable' }, t);
    const badge = host.shadowRoot!.lastElementChild as HTMLElement;
    expect(host.dataset).toMatchObject({ skillshiftCardId: '41', source: 'title-prior', exposure: '0.46' });
    expect(badge.textContent).toBe('cardBadgePrior:46');
    expect(badge.title).toBe('cardBadgePriorHint:');
    expect(badge.className).toBe('card card--title-prior');

    renderCardBadge(host, '42', { source: 'none', exposure: null, label: null }, t);
    expect(host.shadowRoot!.lastElementChild).toBe(badge);
    expect(host.hasAttribute('data-exposure')).toBe(false);
    expect(host.dataset.source).toBe('none');
    expect(badge.textContent).toBe('cardBadgeNone:');
  });

  it('falls back to a <style> in the shadow root when adopting a stylesheet throws (Firefox content scripts)', async () => {
    vi.resetModules();
    const other = document.implementation.createHTMLDocument('x');
    Object.defineProperty(other, 'defaultView', {
      value: { CSSStyleSheet: class { replaceSync() {} } },
    });
    const { createCardBadgeHost: create } = await import('../../components/CardBadgeHost');
    const proto = Object.getPrototypeOf(other.createElement('div').attachShadow({ mode: 'open' })) as object;
    vi.spyOn(proto as ShadowRoot, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new TypeError('Accessing from Xray wrapper is not supported.');
    });
    const host = create(other);
    const style = host.shadowRoot!.querySelector('style');
    expect(style?.textContent).toBe(CARD_BADGE_CSS);
    expect(host.shadowRoot!.lastElementChild?.tagName.toLowerCase()).toBe('span');
  });
});
