// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_TAG, mountBadge } from '../../components/PostingBadge';
import { tEn } from '../fixtures/translate';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup() {
  document.body.innerHTML = '<main><h1 id="title">Data Analyst</h1><p>Acme</p></main>';
  return document.getElementById('title');
}

describe('the posting badge in its shadow root (plain DOM)', () => {
  it('ready: shows the exposure beside the title and describes itself on the host', () => {
    const anchor = setup();
    const figures = { score: 0.6049, label: 'augmentable' as const, counts: { automatable: 2, augmentable: 1, 'human-led': 1 }, unclear: 0 };
    const badge = mountBadge(document, anchor, { state: 'ready', figures }, tEn, () => {});
    const host = document.querySelector(BADGE_TAG) as HTMLElement;
    expect(host).toBe(badge.host);
    expect(anchor?.nextElementSibling).toBe(host);
    expect(host.getAttribute('data-skillshift-state')).toBe('ready');
    expect(host.getAttribute('data-exposure')).toBe('0.60');
    expect(host.getAttribute('data-counts')).toBe('2,1,1');
    expect(host.shadowRoot?.textContent).toContain('AI exposure 60%');
    expect(host.shadowRoot?.textContent).toContain('2 automatable · 1 augmentable · 1 human-led');
  });

  it('unreadable: says so and carries no score', () => {
    setup();
    mountBadge(document, null, { state: 'unreadable' }, tEn, () => {});
    const host = document.querySelector(BADGE_TAG) as HTMLElement;
    expect(host.getAttribute('data-skillshift-state')).toBe('unreadable');
    expect(host.hasAttribute('data-exposure')).toBe(false);
    expect(host.hasAttribute('data-counts')).toBe(false);
    expect(host.hasAttribute('data-corner')).toBe(true);
    expect(host.shadowRoot?.textContent).toContain("couldn't read this posting");
    expect(host.shadowRoot?.textContent).not.toMatch(/\d+%/);
  });

  it('quiet while loading; a scripted click opens nothing; showing the answer and remounting keep a single badge', () => {
    const anchor = setup();
    const onOpen = vi.fn();
    const badge = mountBadge(document, anchor, { state: 'loading' }, tEn, onOpen);
    expect(badge.host.dataset.skillshiftState).toBe('loading');
    expect(badge.host.shadowRoot?.textContent).toContain('reading this posting');
    badge.host.shadowRoot?.querySelector('button')?.click();
    expect(onOpen).not.toHaveBeenCalled();
    badge.show({ state: 'ready', figures: { score: 0.25, label: 'human-led', counts: { automatable: 0, augmentable: 1, 'human-led': 3 }, unclear: 2 } });
    expect(badge.host.dataset.exposure).toBe('0.25');
    mountBadge(document, anchor, { state: 'unreadable' }, tEn, onOpen);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });
});
