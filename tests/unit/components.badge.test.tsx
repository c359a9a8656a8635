// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBadge } from '../../components/PostingBadge';
import { hostSelector, shadowOf } from '../../components/badge-host';
import { tEn } from '../fixtures/translate';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(html = '<main><h1 id="title">Data Analyst</h1><p>Acme</p></main>') {
  document.body.innerHTML = html;
  return document.getElementById('title');
}

const figures = { score: 0.6049, label: 'augmentable' as const, counts: { automatable: 2, augmentable: 1, 'human-led': 1 }, unclear: 0 };
const button = (host: Element) => shadowOf(host)!.querySelector('button')!;

describe('the posting badge in its closed shadow root (plain DOM)', () => {
  it('ready: shows the exposure beside the title; the page sees a plain host with no figures and no shadow root', () => {
    const anchor = setup();
    const badge = mountBadge(document, anchor, { state: 'ready', figures }, tEn, () => {});
    const host = document.querySelector(hostSelector('posting')) as HTMLElement;
    expect(host).toBe(badge.host);
    expect(host.tagName).toBe('DIV');
    expect(anchor?.nextElementSibling).toBe(host);
    expect(host.shadowRoot).toBeNull();
    expect([...host.attributes].map((a) => `${a.name}=${a.value}`).sort()).toEqual(['data-skillshift-state=ready', 'data-skillshift=posting']);
    expect(button(host).dataset).toMatchObject({ exposure: '0.60', counts: '2,1,1', unclear: '0' });
    expect(shadowOf(host)?.textContent).toContain('AI exposure 60%');
    expect(shadowOf(host)?.textContent).toContain('2 automatable · 1 augmentable · 1 human-led');
  });

  it('unreadable and too large: says so and carries no score', () => {
    setup();
    const badge = mountBadge(document, null, { state: 'unreadable' }, tEn, () => {});
    expect(badge.host.getAttribute('data-skillshift-state')).toBe('unreadable');
    expect(button(badge.host).hasAttribute('data-exposure')).toBe(false);
    expect(badge.host.hasAttribute('data-corner')).toBe(true);
    expect(shadowOf(badge.host)?.textContent).toContain("couldn't read this posting");
    expect(button(badge.host).textContent).not.toMatch(/\d+%/);
    badge.show({ state: 'too-large' });
    expect(shadowOf(badge.host)?.textContent).toContain('too large');
  });

  it('quiet while loading; a scripted click opens nothing; showing the answer and remounting keep a single badge', () => {
    const anchor = setup();
    const onOpen = vi.fn();
    const badge = mountBadge(document, anchor, { state: 'loading' }, tEn, onOpen);
    expect(badge.host.dataset.skillshiftState).toBe('loading');
    expect(shadowOf(badge.host)?.textContent).toContain('reading this posting');
    button(badge.host).click();
    expect(onOpen).not.toHaveBeenCalled();
    badge.show({ state: 'ready', figures: { score: 0.25, label: 'human-led', counts: { automatable: 0, augmentable: 1, 'human-led': 3 }, unclear: 2 } });
    expect(button(badge.host).dataset.exposure).toBe('0.25');
    mountBadge(document, anchor, { state: 'unreadable' }, tEn, onOpen);
    expect(document.querySelectorAll(hostSelector('posting'))).toHaveLength(1);
  });

  it('sits after the link holding the title, and no click on it reaches the page or follows a link', () => {
    const anchor = setup('<div id="card"><a id="link" href="https://example.com/job"><h2 id="title">Data Analyst</h2></a></div>');
    const badge = mountBadge(document, anchor, { state: 'ready', figures }, tEn, () => {});
    expect(document.getElementById('link')?.nextElementSibling).toBe(badge.host);
    const seen: string[] = [];
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) document.getElementById('card')!.addEventListener(type, () => seen.push(type));
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    button(badge.host).dispatchEvent(click);
    button(badge.host).dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    button(badge.host).dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter' }));
    expect(seen).toEqual([]);
    expect(click.defaultPrevented).toBe(true);
  });

  it("leaves alone an element of the page's that carries our attribute", () => {
    setup('<h1 id="title">Data Analyst</h1><div id="fake" data-skillshift="posting">page</div>');
    mountBadge(document, document.getElementById('title'), { state: 'loading' }, tEn, () => {});
    mountBadge(document, document.getElementById('title'), { state: 'unreadable' }, tEn, () => {});
    expect(document.getElementById('fake')).not.toBeNull();
    expect(document.querySelectorAll(hostSelector('posting'))).toHaveLength(2);
  });

  it('explains its figure to the mouse and to keyboard focus: a tooltip the button names, hidden by Escape', () => {
    const host = mountBadge(document, setup(), { state: 'ready', figures }, tEn, () => {}).host;
    const tip = shadowOf(host)!.getElementById(button(host).getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toBe("60% of this posting's work is exposed to AI (moderate: 34–66%), from the 4 duties read on this page. Click or press Enter to open the side panel.");
    expect(button(host).tagName).toBe('BUTTON'); // Enter and Space press it: a person's key is a trusted click
    button(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip.classList.contains('badge__tip--dismissed')).toBe(true);
    button(host).dispatchEvent(new Event('blur'));
    expect(tip.classList.contains('badge__tip--dismissed')).toBe(false);
  });
});
