import { describe, expect, it } from 'vitest';
import { postingLines } from '../../engine/lines/roles';
import type { LineRole, PostingSection } from '../../engine/types';

// A job specification's setting, conditions and disclaimers beside its duties (real postings read by hand, session 40).

function roles(title: string, sections: PostingSection[]): LineRole[] {
  return postingLines({ title, company: 'Acme', location: null, language: 'en', sections }).map((l) => l.role);
}

describe('a class specification’s setting of the work', () => {
  it('reads supervision, demands and the office the work is done in as no duties, under a heading the reader does not know', () => {
    const read = roles('Accounting Technician II', [
      { heading: 'General statement of duties', kind: 'responsibilities', lines: ['Performs budget preparation and related accounting duties.'] },
      { heading: 'Distinguishing features of the class', kind: 'responsibilities', lines: [
        'The work is performed under the supervision and direction of an assigned supervisor.',
        'The nature of the work performed requires that an employee in this class establish effective working relationships.',
        'The principal duties of this class are performed in a general office environment.',
        'Public Works Maintenance Workers work under the immediate supervision of a Public Works Leader.',
      ] },
    ]);
    expect(read).toEqual(['heading', 'duty', 'heading', 'company', 'requirement', 'requirement', 'company']);
  });

  it('reads "not necessarily descriptive of any one position", "the omission of specific duties" and "other duties … not included" as disclaimers', () => {
    const read = roles('Clerk', [{ heading: 'Examples of duties', kind: 'responsibilities', lines: [
      '(The following are examples of duties and are not necessarily descriptive of any one position in this class.',
      'The omission of specific duties statements does not preclude management from assigning such duties.',
      'There may be other duties from time to time that are not included within this remit.',
      'Files correspondence and records.',
    ] }]);
    expect(read.slice(1)).toEqual(['legal', 'legal', 'legal', 'duty']);
  });
});

describe('conditions, the ideal candidate and a group’s name in title case', () => {
  it('reads what a "Conditions:" section asks as asks, its terms as terms', () => {
    const read = roles('Cleaner', [
      { heading: 'Cleaner duties:', kind: 'responsibilities', lines: ['Vacuum, brush, and wash all floor surfaces in the building.'] },
      { heading: 'Conditions:', kind: 'responsibilities', lines: ['You may not bring anyone else, including children into the building whilst carrying out duties.', 'It will be a condition of employment that you sign and adhere to our Confidentiality Policy.', 'Salary: Up to £9.96 per hour'] },
    ]);
    expect(read).toEqual(['heading', 'duty', 'heading', 'requirement', 'requirement', 'benefit']);
  });

  it('reads "The ideal candidate understands…" as an ask and "The successful candidate will lead…" as work', () => {
    expect(roles('Senior Software Engineer', [{ heading: null, kind: 'other', lines: ['The ideal candidate understands trade-offs, delivers outcomes on time, and leaves behind patterns.', 'The successful candidate will lead our platform team.'] }])).toEqual(['requirement', 'duty']);
  });

  it('reads "Supplies and Equipment:" between duties as the name of the group after it', () => {
    const lines = ['Guest Room Cleaning:', 'Thoroughly clean and sanitize guest rooms, including making beds.', 'Supplies and Equipment:', 'Maintain cleaning supplies and equipment in a neat and organized manner.'];
    expect(roles('Room Attendant', [{ heading: 'Responsibilities:', kind: 'responsibilities', lines }]).slice(1)).toEqual(['heading', 'duty', 'heading', 'duty']);
  });

  it('reads the toughest parts of the job and a prerequisites field as asks', () => {
    const read = roles('Laborer', [
      { heading: 'Major Goals and Responsibilities:', kind: 'responsibilities', lines: ['Handle plant material with care', 'Prerequisites: None, there is training upon hiring'] },
      { heading: 'Toughest Parts of the Job:', kind: 'responsibilities', lines: ['Working in bad weather conditions', 'Continuous production', 'Being flexible enough to work in different areas on the dock'] },
    ]);
    expect(read).toEqual(['heading', 'duty', 'requirement', 'heading', 'requirement', 'requirement', 'requirement']);
  });
});
