// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CARD_BADGE_STYLE, CARD_HOST_STYLE } from '../../components/CardBadge';
import { cardHintOnFocus, createCardBadgeHost, renderCardBadge } from '../../components/CardBadgeHost';
import { shadowOf } from '../../components/badge-host';

const t = (key: string, subs?: string[]) => `${key}:${(subs ?? []).join(',')}`;
const inner = (host: HTMLElement) => shadowOf(host)!.firstChild as HTMLElement;

describe('card badge host (plain span, closed shadow root, the look inline on the span inside)', () => {
  it('tells the page only the card and whether the answer is drawn; the figures, hint and look stay inside', () => {
    const host = createCardBadgeHost(document);
    expect(host.tagName).toBe('SPAN');
    expect(host.shadowRoot).toBeNull();
    renderCardBadge(host, '41', { source: 'title-prior', exposure: 0.456, label: 'augmentable' }, t);
    const badge = inner(host);
    const text = badge.firstChild;
    expect([...host.attributes].map((a) => a.name).sort()).toEqual(['data-skillshift', 'data-skillshift-card-id', 'data-skillshift-state', 'style']);
    expect(host.getAttribute('style')).toBe(createCardBadgeHost(document).getAttribute('style'));
    expect(host.getAttribute('data-skillshift-state')).toBe('ready');
    expect(badge.dataset).toMatchObject({ source: 'title-prior', exposure: '0.46' });
    expect(badge.textContent).toBe('cardBadgePrior:46');
    expect(badge.title).toBe('cardBadgePriorHint:');
    expect(badge.getAttribute('aria-label')).toBe('badgeSpoken:cardBadgePrior:46,cardBadgePriorHint:');
    expect([badge.tabIndex, badge.getAttribute('role')]).toEqual([0, 'note']);
    expect(badge.style.borderStyle).toBe('dashed');

    renderCardBadge(host, '42', { source: 'none', exposure: null, label: null }, t);
    expect(inner(host)).toBe(badge);
    expect(badge.firstChild).toBe(text);
    expect(badge.hasAttribute('data-exposure')).toBe(false);
    expect(badge.style.borderStyle).toBe('solid');
    expect(badge.textContent).toBe('cardBadgeNone:');

    renderCardBadge(host, '43', { source: 'pending', exposure: null, label: null }, t);
    expect(host.getAttribute('data-skillshift-state')).toBe('pending');
    renderCardBadge(host, '43', { source: 'posting', exposure: 0.7, label: 'automatable' }, t);
    expect(badge.textContent).toBe('cardBadgePosting:70');
  });

  it("uses the page's own font weight and style, so the page fetches no font face for it", () => {
    expect(CARD_HOST_STYLE).toContain('font-weight:inherit');
    expect(CARD_HOST_STYLE).toContain('font-style:inherit');
    for (const style of Object.values(CARD_BADGE_STYLE)) expect(style).not.toMatch(/font-(weight|style|family)|font:/);
  });

  it('clones a host with a shadow root of its own, carrying no stylesheet', () => {
    const a = createCardBadgeHost(document);
    const b = createCardBadgeHost(document);
    expect(a).not.toBe(b);
    expect(shadowOf(a)).not.toBe(shadowOf(b));
    expect(shadowOf(a)!.querySelector('style')).toBeNull();
    const other = document.implementation.createHTMLDocument('x');
    expect(createCardBadgeHost(other).ownerDocument).toBe(other);
  });

  it('declares the same layout for every kind, so a badge changing kind does not move the card', () => {
    const layout = (style: string) => style.split(';').filter((d) => /^(display|margin|padding|font-size|line-height|border-width)/.test(d));
    const [posting, prior = [], none] = (['posting', 'title-prior', 'none'] as const).map((k) => layout(CARD_BADGE_STYLE[k]));
    expect(posting).toEqual(prior);
    expect(none).toEqual(prior);
    expect(prior.length).toBeGreaterThan(2);
  });

  it('shows its explanation below it while it has keyboard focus; blur and Escape hide it; a page element is left alone', () => {
    document.body.innerHTML = '<p id="card">Nurse <button id="other">x</button></p>';
    const host = createCardBadgeHost(document);
    document.getElementById('card')!.append(host);
    renderCardBadge(host, '1', { source: 'title-prior', exposure: 0.3, label: 'human-led' }, t);
    const stop = cardHintOnFocus(document, (node) => node === host);
    const shown = () => [...shadowOf(host)!.childNodes].slice(1).map((n) => n.textContent);
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shown()).toEqual(['cardBadgePriorHint:']);
    host.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(shown()).toEqual([]);
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(shown()).toEqual([]);
    document.getElementById('other')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shown()).toEqual([]);
    stop();
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shown()).toEqual([]);
  });
});
