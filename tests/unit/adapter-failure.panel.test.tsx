// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import zh from '../../public/_locales/zh_CN/messages.json';
import { makeTranslate } from '../../components/i18n';
import { SidePanel, type Explain } from '../../components/SidePanel';
import { analyzeDocument } from '../../engine/analyze';
import { greenhouse } from '../../sites/greenhouse';
import { AnalysisSchema } from '../../schemas/records';
import { domFromHtml, ownDocument } from '../sites/helpers';
import { tEn } from '../fixtures/translate';

const explain: Explain = { reason: () => undefined, tip: () => undefined, formula: '' };
const tZh = makeTranslate((key) => (zh as Record<string, { message: string } | undefined>)[key]?.message ?? '');
const broken = { ...greenhouse, extractPosting: () => { throw new TypeError('job__title is gone'); } };
const URL_ = 'https://job-boards.greenhouse.io/northwind/jobs/123';

/** The analysis as the panel gets it: made by the engine, passed through the schema the background's answer is parsed with. */
const panelAnalysis = (doc: Document) => AnalysisSchema.parse(analyzeDocument(doc, URL_, broken));

function show(doc: Document, t = tEn) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<SidePanel data={{ status: 'ready', analysis: panelAnalysis(doc), history: [], lang: 'en' }} actions={{ openUrl: () => undefined }} t={t} explain={explain} />, root);
  return root;
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('side panel: an adapter that threw', () => {
  it('says the layout could not be read, above the posting JSON-LD still gave', () => {
    const root = show(ownDocument('jsonld-posting.html'));
    const alert = root.querySelector('[data-testid="layout-failed"]');
    expect(alert?.textContent).toContain("SkillShift couldn't read this page's layout — it may have changed");
    expect(alert?.textContent).toContain('greenhouse: TypeError: job__title is gone');
    expect(root.querySelector('[data-testid="posting-title"]')?.textContent).toBe('Operations Coordinator');
  });

  it('says so in Chinese too, instead of a bare "no posting" when nothing else read the page', () => {
    const root = show(domFromHtml('<html><body><p>Loading…</p></body></html>'), tZh);
    expect(root.querySelector('[data-testid="layout-failed"]')?.textContent).toContain('SkillShift 无法读取此页面的版式');
    expect(root.querySelector('[data-testid="unreadable"]')).not.toBeNull();
  });
});
