import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { extractPosting } from '../../engine/extract';
import { domFromHtml } from '../sites/helpers';

// A job page written as a list of its work under no duty or requirement heading: the content script reads its main text
// as 'unheaded' (engine/extract/index.ts), and the analysis keeps it as a posting only when its lines say work.
const URL = 'https://careers.example-clinic.org/jobs/4411';
const page = (title: string, lines: string[], extra = ''): Document =>
  domFromHtml(`<html lang="en"><head><title>${title} - Riverside Clinic</title></head><body><header><a href="/">Home</a> <a href="/jobs">Jobs</a></header>
    <main><h1>${title}</h1><div class="company">Riverside Clinic</div><div class="text">${lines.map((l) => `<p>${l}</p>`).join('')}</div>${extra}<p><a href="#apply">Apply now</a></p></main></body></html>`);

const WORK = [
  'The technician works under the supervision of a licensed pharmacist in the hospital pharmacy.',
  'Fill physician orders, medication carts and dispensing cabinets accurately and on time.',
  'Prepare sterile admixtures and other compounded preparations using proper technique.',
  'Restock shelves and rotate medications by expiry date every week.',
  'Demonstrate knowledge of the medical terms and abbreviations used in prescribing and charting.',
  'Possess working knowledge of packaging, labeling and billing of drug products.',
  'Minimum high school diploma and state registration as a pharmacy technician.',
  'Pay: $19 to $23 per hour, as needed (PRN).',
];

describe('a posting under no duty or requirement heading, its work listed (real postings read by hand, session 39)', () => {
  it('reads the list of work as the posting’s duties on a page with no heading, titled in no job title’s shape', () => {
    const doc = page('Pharmacy Technician-PRN', WORK);
    const a = analyzeDocument(doc, URL, null);
    expect(a).toMatchObject({ kind: 'posting', source: 'unheaded', posting: { title: 'Pharmacy Technician-PRN' } });
    expect(a.tasks.map((t) => t.text)).toEqual(expect.arrayContaining([WORK[1], WORK[2], WORK[3]]));
    expect(a.requirements.map((r) => r.text)).toContain(WORK[6]);
  });

  it('reads no posting from such a text that says too little work, at length, as work', () => {
    const article = ['Our clinic opened a new wing this spring, with twelve more beds and a bigger pharmacy.', 'Patients can now collect prescriptions on the ground floor from 8 am.', 'Fill in the feedback form at reception and tell us what you think of the new wing.', 'Full-time and part-time staff were invited to the opening, where the mayor spoke about the position of the clinic in town.', 'Apply for a visitor badge at the front desk.'];
    const a = analyzeDocument(page('A new wing for Riverside', article), URL, null);
    expect(a).toMatchObject({ kind: 'none', tasks: [], reason: 'no job posting found: no duties or requirements in the main text' });
  });

  it('reads no posting from such a text on a page of job cards (a listing, as before)', () => {
    const cards = `<ul class="jobs">${['Pharmacy Technician', 'Medical Assistant', 'Registered Nurse'].map((t, i) => `<li class="job-card"><a href="/jobs/${i}">${t}</a><span>Riverside Clinic · Full-time</span></li>`).join('')}</ul>`;
    const doc = page('Pharmacy Technician-PRN', WORK, cards);
    const read = extractPosting(doc, URL, null, { cards: Array.from(doc.querySelectorAll('li.job-card')) });
    expect(read.ok && read.source).not.toBe('unheaded');
  });
});
