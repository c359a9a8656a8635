import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { usajobs } from '../../sites/usajobs';
import { collapse, hasShared, leafItems, sharedDocument, sharedPages } from './helpers';

const headings = (root: Element | null): string[] => Array.from(root?.querySelectorAll('h2, h3') ?? []).map((h) => collapse(h.textContent));
const CHROME = ['Help', 'Overview', 'This job is open to', 'How You Will Be Evaluated', 'Agency contact information', 'Fair & Transparent', 'Fair and Transparent'];

describe.skipIf(!hasShared)('usajobs saved pages: the announcement, section by section', () => {
  const read = (file: string) => {
    const page = sharedPages('usajobs').find((p) => p.file === file)!;
    const doc = sharedDocument(page);
    const result = extractPosting(doc, page.url, usajobs);
    if (!result.ok || !result.root) throw new Error(result.ok ? 'no root' : result.reason);
    return { doc, result, root: result.root, lines: result.posting.sections.flatMap((s) => s.lines) };
  };

  it('keeps the sections of the Supply Technician announcement in order, each once, without page chrome', () => {
    const { doc, root, result, lines } = read('hhs-supply-technician-526456600.html');
    expect(doc.contains(root)).toBe(false);
    expect(headings(root)).toEqual(['Summary', 'Duties', 'Requirements', 'Conditions of Employment', 'Qualifications', 'Additional information',
      'Benefits', 'Required Documents', 'If you are relying on your education to meet qualification requirements:', 'How to Apply', 'Next steps']);
    const duties = result.posting.sections.find((s) => s.heading === 'Duties');
    expect(duties?.kind).toBe('responsibilities');
    expect(duties?.lines).toEqual(Array.from(doc.querySelectorAll('#duties li')).map((li) => collapse(li.textContent)));
    expect(result.posting.sections.find((s) => s.heading === 'Qualifications')?.kind).toBe('requirements');
    expect(new Set(lines).size).toBe(lines.length);
    expect(leafItems(root).filter((item) => !lines.includes(item))).toEqual([]);
    for (const chrome of CHROME) expect(lines).not.toContain(chrome);
    for (const contact of ['Vina Conroy', '605-355-2282', '3200 Canyon Lake Drive']) expect(lines).not.toContain(contact);
  });

  it('reads the dispatcher duties and qualifications under their own headings', () => {
    const { root, result, lines } = read('va-motor-vehicle-dispatcher-520693900.html');
    expect(headings(root)).toEqual(['Summary', 'Duties', 'Requirements', 'Conditions of Employment', 'Qualifications', 'Education', 'Additional information',
      'Benefits', 'Required Documents', 'If you are relying on your education to meet qualification requirements:', 'How to Apply', 'Next steps']);
    const kinds = Object.fromEntries(result.posting.sections.map((s) => [s.heading, s.kind]));
    expect(kinds).toMatchObject({ Duties: 'responsibilities', Qualifications: 'requirements', Education: 'requirements', Benefits: 'benefits' });
    expect(result.posting.sections.find((s) => s.heading === 'Duties')?.lines[0]).toMatch(/^Daily responsibilities include VTS appointment scheduling/);
    expect(leafItems(root).filter((item) => !lines.includes(item))).toEqual([]);
    for (const chrome of CHROME) expect(lines).not.toContain(chrome);
  });
});

