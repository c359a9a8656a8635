import { describe, expect, it } from 'vitest';
import { postingLines } from '../../engine/lines/roles';
import type { LineRole } from '../../engine/types';

// A role summary said of the title in a job specification's words (real postings read by hand, session 40).

function roles(title: string, heading: string | null, lines: string[]): LineRole[] {
  const read = postingLines({ title, company: 'Acme', location: null, language: 'en', sections: [{ heading, kind: 'other', lines }] });
  return read.filter((l) => l.role !== 'heading').map((l) => l.role);
}

describe('a role summary said of the title', () => {
  it('reads "The Bookkeeper is to maintain…", "The role of the Bookkeeper is to ensure…" and "…is also responsible for…" as duties', () => {
    expect(roles('Part-time Bookkeeper', 'Job Description', [
      'The role of the Bookkeeper is to ensure that daily receipts are accounted for and that disbursements are made.',
      'The Bookkeeper is to maintain accuracy and completeness of all records in a timely manner.',
      'The Bookkeeper is also responsible for filing and the inventory of office supplies.',
    ])).toEqual(['duty', 'duty', 'duty']);
  });

  it('reads "…has responsibility for…", "Responsible to keep…" and "A full time position responsible for assisting…" as duties', () => {
    expect(roles('Personnel Assistant', null, ['The Personnel Assistant has responsibility for much of the routine day-to-day operation of the office.'])).toEqual(['duty']);
    expect(roles('Full-Time Housekeeper', null, ['Responsible to keep all areas in a clean and orderly condition.'])).toEqual(['duty']);
    expect(roles('Dental Assistant', 'Position Summary:', ['A full time, non-exempt position responsible for assisting the dentist and the dental hygienist in providing primary care.'])).toEqual(['duty']);
  });

  it('keeps the reporting line, the mission and the terms apart', () => {
    expect(roles('Clerk', 'Summary', ['The Clerk is to report to the Office Manager.', 'Responsible to the Head of Administration.'])).not.toContain('duty');
    expect(roles('Technical Sourcing Manager', null, ["Acme's mission is to make compute as ubiquitous as electricity."])).toEqual(['company']);
    expect(roles('Clerk', null, ['Full time, permanent.'])).toEqual(['benefit']);
  });

  it('reads the role named otherwise than the title, "Their duties include…" and a two-word duty among duties as duties', () => {
    expect(roles('Housekeeping Room Attendant', null, [
      'The Hotel Housekeeper is responsible for maintaining the cleanliness and overall appearance of guest rooms.',
      'The Housekeeper plays a vital role in guest satisfaction by providing efficient and thorough service.',
      'Their duties include stripping beds, restocking towels and vacuuming the corridors.',
    ])).toEqual(['duty', 'duty', 'duty']);
    expect(roles('Public Works Maintenance Worker', 'Examples of work', ['Empties trash cans in downtown areas;', 'Cleans gutters, culverts and sewers;', 'Operates jackhammer;', 'Shovels snow, gravel and dirt;'])).toEqual(['duty', 'duty', 'duty', 'duty']);
  });

  it('keeps other people’s responsibilities and a page’s two-word labels out', () => {
    expect(roles('Cashier', null, ['The Customer is responsible for payment of all fees.', 'The Supervisor is responsible for training you.', 'The President is responsible for the company.'])).not.toContain('duty');
    expect(roles('Clerk', null, ['Save job', 'Answers phones'])).toEqual(['meta', 'meta']);
  });

  it('reads "…is a member of the team who implements…" as a duty, "…a person who thrives…" and "…a manager who supports your growth" as none', () => {
    expect(roles('Health Care Assistant', 'Job summary', ['The Health Care Assistant is a member of the department team who implements prescribed care.'])).toEqual(['duty']);
    expect(roles('Healthcare Support Worker', 'Job summary', ['The Health Care Assistant is a member of the department team who implements prescribed care.'])).toEqual(['duty']);
    expect(roles('Health Care Assistant', null, ['The Health Care Assistant is a person who thrives in a busy ward.', 'The Supervisor is a manager who supports your growth.'])).not.toContain('duty');
  });

  it('reads the work a role is said to include or take as duties, its pay, perks and physical demands as none', () => {
    expect(roles('Security Officer', null, [
      'This role is critical in managing challenging situations and responding swiftly to emergencies.',
      'This position includes operating a security vehicle to monitor the grounds.',
      'This role combines customer support, operational follow-through, and quality support.',
      'The role is varied and includes personal care; bathing, dressing and mobility support.',
    ])).toEqual(['duty', 'duty', 'duty', 'duty']);
    expect(roles('Security Officer', null, ['The role includes a competitive salary and paid holidays.', 'This role includes a great team, free lunch, and parking.'])).toEqual(['benefit', 'benefit']);
    expect(roles('Security Officer', null, ['The role involves prolonged sitting, lifting up to 30 lbs, and exposure to adverse weather.', 'Wear a uniform if supplied and always maintain a clean and tidy appearance.'])).toEqual(['requirement', 'requirement']);
  });

  it('reads the title opening a line bare, "is expected to…", "will be responsible for…", the title’s initials and "He is…" as the hire’s work', () => {
    expect(roles('Patient Access Representative', null, ['Patient Access Representative acts as a representative of the hospital in offering customer service to patients.'])).toEqual(['duty']);
    expect(roles('Room Attendant', null, ['The Room Attendant is expected to clean a minimum number of rooms daily, ranging from standard rooms to suites.'])).toEqual(['duty']);
    expect(roles('Gardener', null, ['The Gardener will be responsible for various tasks including planting, watering and pruning.'])).toEqual(['duty']);
    expect(roles('Clinical Research Coordinator, Surgical Research (part-time)', null, ['The CRC will be responsible for the overall management of an assigned clinical trials portfolio.'])).toEqual(['duty']);
    expect(roles('Project Coordinator', null, ['He is also responsible for providing support and the expertise needed to implement departmental strategies.'])).toEqual(['duty']);
    expect(roles('Warehouse Operative', null, ['Warehouse Operative wanted in Leeds.'])).toEqual(['meta']);
  });

  it('reads "Your responsibility is to…", "Their role is to…", "This is … work involving…" and "This position will be focused on…" as duties, "The role is to be filled…" as none', () => {
    expect(roles('Support Agent', null, [
      'Your responsibility is to ensure issues are clarified, documented properly, and escalated cleanly.',
      'Their role is to welcome all visitors to the Museum and to ensure the safety of the artworks.',
      'The host role is also to provide feedback on visitor responses and to report on building incidents.',
      'The purpose of this role is to coordinate the estate team.',
    ])).toEqual(['duty', 'duty', 'duty', 'duty']);
    expect(roles('Library Assistant I', 'Characteristics of Work', ['This is clerical library work involving the performance of routine and non-routine duties in such areas as reference.'])).toEqual(['duty']);
    expect(roles('Tableau Administrator', null, ['This position will be focused on four key areas of a heavily used instance of Tableau Server.'])).toEqual(['duty']);
    expect(roles('Clerk', null, ['The role is to be filled by March.'])).not.toContain('duty');
  });

  it('reads a fixed term and a bare "Is a part time position." as terms', () => {
    expect(roles('Senior Project Manager', null, ['Fixed term for 12 months, 35 hours per week'])).toEqual(['benefit']);
    expect(roles('Library Assistant I', 'This position:', ['Is a part time position.'])).toEqual(['benefit']);
  });

  it('reads work "as required" and deep cleans as duties, working alone and in a team as an ask, and the impact of the work as none', () => {
    expect(roles('Certified Nurse Aid', 'Duties', ['Lift, move and transfer residents as required.', 'Empty the bins as required.', 'Deep cleans as assigned on special project days'])).toEqual(['duty', 'duty', 'duty']);
    expect(roles('Hairstylist', 'Requirements', ['Bachelor’s degree required.', 'Deep knowledge of colour theory'])).toEqual(['requirement', 'requirement']);
    expect(roles('Gardener', null, ['This role involves working both independently and as part of a team.'])).toEqual(['requirement']);
    expect(roles('Engineer, Projects', null, ['Your work will help uphold environmental quality and public safety, contributing to a cleaner Ontario.'])).not.toContain('duty');
    expect(roles('Engineer, Projects', null, ['Your work will include reviewing permits for new facilities.'])).toEqual(['duty']);
  });

  it('reads people sought and described ("…looking for people who work well…") as none, "…someone who will join… to support children" as the work', () => {
    expect(roles('Gallery Host', null, ['The MCA is looking for people who work well within a team and have a genuine desire to provide excellent customer service.'])).not.toContain('duty');
    expect(roles('Teaching Assistant', null, ['The school is looking for someone who will join our strong school team as a teaching assistant to support children with their learning.'])).toEqual(['duty']);
  });

  it('keeps "Repetitive tasks" among work conditions an ask, not a heading that makes the lines after it duties', () => {
    expect(roles('Hairstylist', 'Work conditions and physical capabilities', ['Fast-paced environment', 'Repetitive tasks', 'Attention to detail', 'Standing for extended periods'])).toEqual(Array(4).fill('requirement'));
  });

  it('reads a class specification’s work ("The work involves performing…", "Incumbents in this classification provide…", "The job entails…", "Also responsible for…", "The post holder is required to undertake…") as duties', () => {
    expect(roles('Paralegal', null, ['The work involves performing paralegal duties in a county department.'])).toEqual(['duty']);
    expect(roles('Human Resources Coordinator', null, ['Incumbents in this classification provide analysis, guidance, and recommendations in the areas of recruitment.'])).toEqual(['duty']);
    expect(roles('Pharmacy Assistant', null, ['The job entails responsibilities such as dispensing medication, managing pharmaceutical stock, and participating in staff training.'])).toEqual(['duty']);
    expect(roles('Teller', null, ['Also responsible for processing mail, maintaining account records, cross-selling services.'])).toEqual(['duty']);
    expect(roles('Porter', null, ['The post holder is required to undertake routine portering and domestic activities, which are task driven.'])).toEqual(['duty']);
  });

  it('keeps what is required of a candidate, the job’s place and pay, a candidate’s traits and the job title field out of the duties', () => {
    expect(roles('Porter', null, ['The post holder is required to hold a full UK driving licence.', 'The successful candidate is required to undertake training in manual handling.'])).toEqual(['requirement', 'requirement']);
    expect(roles('Clerk', null, ['The job will be based in Leeds.'])).toEqual(['meta']);
    expect(roles('Teaching Assistant', 'The successful candidate will:', ['Be committed to being part of a high-performing school.', 'Be passionate about improving the life chances of pupils.', 'Be resilient, reflective, and committed to your own professional development.'])).toEqual(Array(3).fill('requirement'));
    expect(roles('Teaching Assistant', null, ['Job Title: Teaching Assistant Level 2'])).toEqual(['meta']);
  });

  it('reads "As an X your duties will include…", "Translator/editor responsibilities include…", "…will translate/edit…", a plural title that must do work and "Co-ordinate…" as duties', () => {
    expect(roles('Animal Care Assistant II', null, ['As an Animal Care Assistant your duties will include but are not limited to: assisting the veterinarians.'])).toEqual(['duty']);
    expect(roles('Translator/Editor Collaborator', null, ['Translator/editor responsibilities include reading and thoroughly understanding the context of given material.'])).toEqual(['duty']);
    expect(roles('Translator/Editor Collaborator', null, ['The Translator Collaborator will translate/edit meeting notes, legal documents and reports.'])).toEqual(['duty']);
    expect(roles('Animal Care Assistant II', null, ['Animal Care Assistants must build positive, professional relationships with clients and staff members.'])).toEqual(['duty']);
    expect(roles('Chef de Partie', 'Duties', ['Co-ordinate activities of Commis, Cooks and apprentices to ensure an efficient food service.'])).toEqual(['duty']);
  });

  it('keeps a plural title that must hold a licence or will be paid, and benefits that include, out of the duties', () => {
    expect(roles('Animal Care Assistant II', null, ['Animal Care Assistants must hold a current licence.'])).toEqual(['requirement']);
    expect(roles('Delivery Driver', null, ['Drivers will receive weekly pay.'])).toEqual(['benefit']);
    expect(roles('Chef', null, ['Employee benefits include dental and vision.'])).toEqual(['benefit']);
  });

  it('keeps the supervision received, pay named by a sum, a uniform worn, training given and a résumé builder out of the duties', () => {
    expect(roles('Paralegal', null, ['The incumbent works under the supervision of attorneys who assign work and projects.', 'Works under general supervision, with moderate latitude for the use of initiative.'])).not.toContain('duty');
    expect(roles('Human Resources Coordinator', null, ['The Human Resources Coordinator receives general direction from another higher level Human Resources professional.'])).not.toContain('duty');
    expect(roles('Care Worker', null, ['Pay £12,791.50 Salary', 'Substitutes earn an hourly wage (a minimum of $16.20 per hour), accrue a paid time off benefit.'])).toEqual(['benefit', 'benefit']);
    expect(roles('Lifeguard', 'Duties', ['Wears proper uniform at all times.', 'Reports to work regularly and promptly.'])).toEqual(['requirement', 'requirement']);
    expect(roles('Dental Nurse Apprentice', null, ['In-house training will be given by an experienced team.'])).toEqual(['benefit']);
    expect(roles('Recruiter', null, ['Generate a tailored resume in minutes'])).not.toContain('duty');
  });

  it('reads work done under someone’s direction, a budget owned and staff supervised as duties', () => {
    expect(roles('Patient Care Technician', null, ['The Patient Care Technician works under the direction of the registered nurse to provide basic care to adult patients.'])).toEqual(['duty']);
    expect(roles('Marketing Manager', 'Responsibilities', ['Own the annual marketing plan and a $1.2M budget across paid social, search and retail partners'])).toEqual(['duty']);
    expect(roles('Shift Lead', 'Responsibilities', ['Supervises staff and receives direction from the manager.'])).toEqual(['duty']);
  });

  it('reads a plural title required or sure to work, functioning as part of a service, and a French "…, vous managez…" as duties', () => {
    expect(roles('Machine Operator', null, ['Machine operators will be required to move product around the farm in a timely manner.', 'Machine operators must be sure to park all equipment in designated areas before they can leave.'])).toEqual(['duty', 'duty']);
    expect(roles('Machine Operator', null, ['Machine operators will be required to hold a forklift licence.'])).toEqual(['requirement']);
    expect(roles('Emergency Medical Technician', null, ['Emergency Medical Technicians function as part of a comprehensive EMS response system, under medical oversight.'])).toEqual(['duty']);
    const fr = postingLines({ title: 'Chef(fe) d’équipe jardinier', company: 'Acme', location: null, language: 'fr', sections: [{ heading: null, kind: 'other', lines: ['Sous la responsabilité du responsable de la régie espaces verts, vous managez une équipe de cinq jardiniers.', 'Au sein de notre équipe, vous rejoignez un service dynamique.'] }] });
    expect(fr.map((l) => l.role)).toEqual(['duty', 'company']);
  });

  it('reads "S/he reports balances…" and "The role focuses primarily on…" as duties; "S/he reports to…", pay on an hourly basis and "…are summarized below." as none', () => {
    expect(roles('Parish Administrator', null, ['S/he reports balances and cash flow to the Treasurer.', 'The role focuses primarily on print design, illustration and layout.'])).toEqual(['duty', 'duty']);
    expect(roles('Parish Administrator', null, ['S/he reports to the Treasurer.', 'The position is paid on an hourly basis, with the rate set by the Vestry.'])).not.toContain('duty');
    expect(roles('Parish Administrator', null, ['The primary responsibilities of the Parish Administrator are summarized below.', 'Prepares the weekly bulletin and maintains the parish calendar.'])).toEqual(['duty']);
  });

  it('reads a page’s title line, a form’s key hints, "Stand Out From the Crowd" and interview dates as the page’s, not duties', () => {
    expect(roles('Shipping Laborer', 'Duties', ['Shipping Laborer Job Description', 'Stand Out From the Crowd', 'Press Enter to show all options, press Tab go to next option', 'Proposed Interview Date(s) / 2nd / 3rd April 2015', 'Job Advertisement: Parks and Gardens Grounds Maintenance'])).toEqual(Array(5).fill('meta'));
    expect(roles('HR Assistant', 'Duties', ['Update the job description for each new role.'])).toEqual(['duty']);
  });

  it('reads people in a role doing work, what the job is for and work done under a supervisor’s direction with a second aside as duties', () => {
    expect(roles('Tour Guide', null, [
      'Interpreters maintain the highest standards of customer service at all times.',
      'These employees must produce top-notch food consistently and effectively.',
      'The Chief Pharmacist furnishes information concerning new medications to physicians.',
      'The purpose of this classification is to support community relations and engagement.',
      'The job’s purpose is to independently teach undergraduate Computer Science courses.',
      'The focus of the job is on contributing to the team’s efforts to complete the tasks assigned.',
      'Under general supervision, but in line with established policies and procedures, provides a variety of service functions.',
      'Under the direction and close supervision of a supervisory official, as a trainee, learns to conduct sanitary inspections.',
    ])).toEqual(Array(8).fill('duty'));
  });

  it('keeps the hiring manager’s part, people’s hours and what customers expect out of the duties', () => {
    expect(roles('Adult Services Assistant', null, [
      'The Hiring Manager will offer the details of a specific position during the interview.',
      'The Adult Services Assistant will work 23 to 28 hours a week including one weekday evening.',
      'Customers expect fast and friendly service.',
      'The purpose of this role is to join a great team.',
      '[Remarks : The Standing Committee on Language Education was established in 1996 to advise Government on language education.]',
    ])).not.toContain('duty');
  });

  it('reads work said with an adverb after "will" ("You will primarily be responsible for…", "You will primarily support…") as duties, one by one', () => {
    for (const line of ['You will primarily be responsible for assisting the firm with confidential conflicts checks.', 'You will primarily support the team with audits.', 'You will be primarily responsible for audits.', 'Will primarily review contracts.', 'You will apply data science methods to claims.']) expect(roles('Lateral Analyst', null, [line])).toEqual(['duty']);
    for (const line of ['You will really enjoy our benefits.', 'You will only be considered if you apply online.']) expect(roles('Lateral Analyst', null, [line])).not.toContain('duty');
  });

  it('keeps what a class specification or a public body says around the work out of the duties, and reads "Under limited supervision performs…" as a duty', () => {
    for (const line of [
      'Work is performed under the supervision of an Aquatics Supervisor who reviews work primarily on the basis of results.',
      'Work is performed and reviewed under the regular supervision of a Social Work Supervisor.',
      'Supervision is not normally a responsibility of positions in this classification.',
      'The job does not have supervisory responsibilities.',
      '(Illustrative only. Any single position of a class will not necessarily involve all of the duties listed.)',
      'It is proposed to form a panel of qualified candidates from which vacancies will be filled.',
      'Any panel formed will be used to fill permanent or temporary vacancies that may arise.',
    ]) expect(roles('Swim Instructor', 'Duties', [line])).not.toContain('duty');
    for (const line of ['Under limited supervision performs a variety of landscaping and maintenance duties.', 'Serve on the interview panel for new hires.', 'Work under the supervision of the head chef to prepare meals.']) expect(roles('Groundskeeper', 'Duties', [line])).toEqual(['duty']);
  });
});

describe('the work named as the responsibilities or the tasks of someone (real postings read by hand, session 43)', () => {
  it('reads "The primary responsibilities of a CCA include…", "Responsibilities of the incumbent will include…", "Routine tasks include…" and "The work involves responsibility for…" as duties', () => {
    expect(roles('City Carrier Assistant', null, [
      'The primary responsibilities of a CCA include routing and casing all classes of mail in sequence for delivery along an established route.',
      'Responsibilities of the incumbent will include working with interdisciplinary and interagency groups to evaluate ecological injuries.',
      "Routine tasks include running preliminary checks on candidates' client lists.",
      'The work involves responsibility for facilitating implementation of the county water quality management program.',
    ])).toEqual(['duty', 'duty', 'duty', 'duty']);
  });

  it('keeps what the duties demand of the body an ask', () => {
    expect(roles('Warehouse Associate', null, ['The duties of the job include lifting up to 50 pounds and standing for long periods.'])).not.toContain('duty');
  });
});

describe('the work said in the present tense of "you", of the title’s last word, and done under supervision (session 44)', () => {
  it('reads "You work closely with…", "In this role, you coordinate…" and "You manage…" under no heading as duties', () => {
    expect(roles('Front Desk Agent', null, [
      'You work closely with the front desk team to greet visitors and answer phones.',
      'In this role, you coordinate room changes with housekeeping.',
      'You manage the key log and the lost-and-found.',
    ])).toEqual(['duty', 'duty', 'duty']);
  });

  it('keeps what the candidate is, has or likes, and a condition, out of the duties', () => {
    expect(roles('Front Desk Agent', null, [
      'You communicate clearly and kindly.',
      'You work well under pressure.',
      'You take ownership of your mistakes.',
      'You have two years of hotel experience.',
      'If you love hospitality, you belong here.',
    ])).not.toContain('duty');
  });

  it('leaves "you <verb>" under a heading that names the asks to the heading', () => {
    expect(roles('Data Engineer', 'About you', ['You design data pipelines that scale.'])).toEqual(['requirement']);
  });

  it('reads "The assistant files…" and "The Associate will greet…" as the hire’s work when the title ends in that word, not another title’s', () => {
    expect(roles('Office Assistant', null, ['The assistant files records, sorts mail and orders supplies.'])).toEqual(['duty']);
    expect(roles('Sales Associate', null, ['The Associate will greet customers and restock shelves.'])).toEqual(['duty']);
    expect(roles('Assistant Store Manager', null, ['The assistant files records, sorts mail and orders supplies.'])).not.toContain('duty');
  });

  it('reads "Performs … work under the direct supervision of…" as a duty, "Works under the general supervision of…" as none', () => {
    expect(roles('Office Assistant', null, ['Performs routine clerical work under the direct supervision of the office manager.'])).toEqual(['duty']);
    expect(roles('Office Assistant', null, ['Works under the general supervision of the Director.'])).not.toContain('duty');
  });
});

describe('the title placed at length, an employer that seeks someone and the candidates sought (session 44)', () => {
  it('reads "The Executive Assistant for the Center for … (commonly known as …) will carry out…" as a duty', () => {
    expect(roles('Executive Assistant', null, [
      'The Executive Assistant for the Center for Recruitment & Public Service (commonly known as the Appointments Office) will carry out duties related to the appointment of candidates to all boards, councils, and commissions.',
    ])).toEqual(['duty']);
    expect(roles('Executive Assistant', null, ['The Executive Assistant for our CEO will have a great team.'])).not.toContain('duty');
  });

  it('reads "The Firm seeks Tax Interns to assist in…" as a duty, "…seeks an individual to serve as a Press Assistant" as none', () => {
    expect(roles('Tax Intern', null, ['The Firm seeks Tax Interns to assist in the preparation of individual and corporate tax returns.'])).toEqual(['duty']);
    expect(roles('Press Assistant', null, ['The Executive Chamber seeks a highly motivated individual to serve as a Press Assistant.'])).toEqual(['company']);
  });

  it('reads "Ideal candidates will be able to…" among the duties as an ask', () => {
    expect(roles('Press Assistant', 'Duties', ['Draft press releases.', 'Ideal candidates will be able to work as part of a team and write quickly.'])).toEqual(['duty', 'requirement']);
  });
});

describe('the main duty named, what they must do, a gerund after its adverb and the catch-all duty (session 44)', () => {
  it('reads "Your primary duty will be to clean…", "They must ensure…" and "…: Promptly responding to alarms…" as duties', () => {
    expect(roles('Room Attendant', null, ['Your primary duty will be to clean guest rooms to the hotel standard.'])).toEqual(['duty']);
    expect(roles('Picker Packer', null, ['They must ensure the right quantity, brand, and product quality of every order.', 'They must also use the handheld scanner to confirm each pick.'])).toEqual(['duty', 'duty']);
    expect(roles('Security Guard', 'Duties', ['Incident Response and Reporting: Promptly responding to alarms, emergencies, and disturbances.'])).toEqual(['duty']);
  });

  it('keeps "They must hold…", "They must be able to…" and "Constantly learning new things" out of the duties', () => {
    expect(roles('Bus Driver', null, ['They must hold a valid CDL with a passenger endorsement.', 'They must be able to lift 50 pounds.'])).not.toContain('duty');
    expect(roles('Bus Driver', 'About you', ['Constantly learning new things'])).toEqual(['requirement']);
  });

  it('reads "Other duties as they may be required." as a duty, "Other duties may be assigned." as a notice', () => {
    expect(roles('Bus Driver', 'Duties', ['Other duties as they may be required.'])).toEqual(['duty']);
    expect(roles('Bus Driver', 'Duties', ['Other duties may be assigned.'])).toEqual(['legal']);
  });
});
