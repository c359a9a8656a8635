// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel } from '../../components/SidePanel';
import { GigNotice } from '../../components/GigNotice';
import { detectGig } from '../../engine/gig/detect';
import { fakeAnalysis } from '../fixtures/analysis';
import { tEn } from '../fixtures/translate';

const gig = detectGig({
  title: 'Delivery Courier',
  language: 'en',
  sections: [{ heading: null, kind: 'other', lines: ['Deliver orders through our app as an independent contractor, paid per delivery.'] }],
})!;

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('GigNotice', () => {
  it('lists what the posting says and omits, with official links opening in a new tab', () => {
    const root = mount(<GigNotice gig={gig} lang="en" t={tEn} />);
    expect(root.querySelector('h2')?.textContent).toBe('Gig, contract or platform work');
    expect(root.querySelector('[data-aspect="pay"] dd')?.textContent).toContain('per delivery');
    expect(root.querySelector('[data-aspect="insurance"]')?.getAttribute('data-value')).toBe('omitted');
    expect(root.querySelector('[data-aspect="insurance"] dd')?.textContent).toBe('Not stated');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-testid="gig-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).toContain('https://www.dol.gov/agencies/whd/flsa/misclassification');
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  it('the side panel shows it only for a flagged posting', () => {
    const explain = { reason: () => undefined, tip: () => undefined, formula: '' };
    const data = (analysis: ReturnType<typeof fakeAnalysis>) => ({ status: 'ready' as const, analysis, history: [], lang: 'en' as const });
    const plain = mount(<SidePanel data={data(fakeAnalysis())} actions={{ openUrl: vi.fn() }} t={tEn} explain={explain} />);
    expect(plain.querySelector('[data-testid="gig-notice"]')).toBeNull();
    const flagged = mount(<SidePanel data={data({ ...fakeAnalysis(), gig })} actions={{ openUrl: vi.fn() }} t={tEn} explain={explain} />);
    expect(flagged.querySelector('[data-testid="gig-notice"]')?.getAttribute('data-kinds')).toContain('platform');
  });
});
