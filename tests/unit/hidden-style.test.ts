import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { domFromHtml } from '../sites/helpers';

const PARA = 'Our clinic serves two thousand patients a month and the front desk is where every visit begins. ';
/** A posting whose style sheet hides decoy words inside its lines, shows a class on wide screens only, and folds a panel away. */
const STYLE = `<style>.dx{display:none!important}.vx{display:inline-block;width:0.1px;height:0.1px;overflow:hidden;visibility: hidden;}
  .wide{display:none}@media (min-width: 600px){.wide{display:inline}}.list .item{display:none}.fold{display:none}
  .wx{width:0px;overflow:hidden;display:inline-block}</style>`;

function duties(html: string): string[] {
  const doc = domFromHtml(`<html lang="en"><head><title>Receptionist - Clinic</title>${STYLE}</head><body><article><h1>Receptionist</h1><p>${PARA.repeat(4)}</p>
    ${html}<h2>Requirements</h2><ul><li>Experience in a medical office</li></ul><p>Apply with your CV. Full-time position.</p></article></body></html>`);
  const r = extractPosting(doc, 'https://clinic.example/jobs/receptionist', null);
  if (!r.ok) throw new Error(r.reason);
  return r.posting.sections.find((s) => s.kind === 'responsibilities')?.lines ?? [];
}

describe('text the page hides with its own style sheets', () => {
  it('leaves out the words its rules hide inside a line, and keeps what a rule shows elsewhere, a descendant rule names or a folded panel holds', () => {
    const lines = duties(`<h2>Responsibilities</h2><ul><li>Greet patients<span class="dx">kanzhun</span> and check them in</li>
      <li>Schedule<span class="vx"> BOSS</span> appointments <span class="wide">by phone</span></li>
      <li>Process <span class="item">insurance</span> forms<span class="wx">直聘</span></li></ul><div class="fold"><p>Order office supplies for the front desk</p></div>`);
    expect(lines).toEqual(['Greet patients and check them in', 'Schedule appointments by phone', 'Process insurance forms', 'Order office supplies for the front desk']);
  });
});
