// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CARD_BADGE_STYLE } from '../../components/CardBadge';
import { CARD_BADGE_TAG, createCardBadgeHost, renderCardBadge } from '../../components/CardBadgeHost';

const t = (key: string, subs?: string[]) => `${key}:${(subs ?? []).join(',')}`;

describe('card badge host (plain DOM, style inline on the host)', () => {
  it('writes the attribute contract, the i18n text in its shadow root, and updates the same badge in place', () => {
    const host = createCardBadgeHost(document, 'title-prior');
    expect(host.tagName.toLowerCase()).toBe(CARD_BADGE_TAG);
    renderCardBadge(host, '41', { source: 'title-prior', exposure: 0.456, label: 'augmentable' }, t);
    const text = host.shadowRoot!.firstChild!;
    expect(host.dataset).toMatchObject({ skillshiftCardId: '41', source: 'title-prior', exposure: '0.46' });
    expect(host.shadowRoot!.textContent).toBe('cardBadgePrior:46');
    expect(host.title).toBe('cardBadgePriorHint:');
    expect(host.style.borderStyle).toBe('dashed');

    renderCardBadge(host, '42', { source: 'none', exposure: null, label: null }, t);
    expect(host.shadowRoot!.firstChild).toBe(text);
    expect(host.hasAttribute('data-exposure')).toBe(false);
    expect(host.dataset.source).toBe('none');
    expect(host.style.borderStyle).toBe('solid');
    expect(host.shadowRoot!.textContent).toBe('cardBadgeNone:');
    expect(host.title).toBe('cardBadgeNoneHint:');

    renderCardBadge(host, '42', { source: 'posting', exposure: 0.7, label: 'automatable' }, t);
    expect(host.style.fontWeight).toBe('600');
    expect(host.shadowRoot!.textContent).toBe('cardBadgePosting:70');
  });

  it('clones a host per kind with its own style and a shadow root of its own, carrying no stylesheet', () => {
    const a = createCardBadgeHost(document, 'posting');
    const b = createCardBadgeHost(document, 'posting');
    expect(a).not.toBe(b);
    expect(a.shadowRoot).not.toBe(b.shadowRoot);
    expect(a.getAttribute('style')).toBe(b.getAttribute('style'));
    expect(a.style.borderColor).toBe('#6b5bd6');
    expect(a.shadowRoot!.querySelector('style')).toBeNull();
    const other = document.implementation.createHTMLDocument('x');
    expect(createCardBadgeHost(other, 'posting').ownerDocument).toBe(other);
  });

  it('declares the same layout for every kind, so a badge changing kind does not move the card', () => {
    const layout = (style: string) => style.split(';').filter((d) => /^(display|margin|padding|font-size|line-height|border-width)/.test(d));
    const [posting, prior = [], none] = (['posting', 'title-prior', 'none'] as const).map((k) => layout(CARD_BADGE_STYLE[k]));
    expect(posting).toEqual(prior);
    expect(none).toEqual(prior);
    expect(prior.length).toBeGreaterThan(4);
  });
});
