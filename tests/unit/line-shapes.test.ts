import { describe, expect, it } from 'vitest';
import { headingKind } from '../../engine/extract/headings';
import { postingLines } from '../../engine/lines/roles';
import type { LineRole, PostingSection } from '../../engine/types';

/** The role each line takes inside a "Duties" section, as USAJOBS and most boards head them. */
function rolesUnderDuties(lines: string[], language = 'en'): Record<string, LineRole> {
  const read = postingLines({ title: 'Motor Vehicle Dispatcher', company: 'Acme', location: null, language, sections: [{ heading: 'Duties', kind: 'responsibilities', lines }] });
  return Object.fromEntries(read.map((l) => [l.text, l.role]));
}

/** The role one line takes read alone under a "Duties" heading. */
const roleUnderDuties = (line: string, language = 'en'): LineRole | undefined => rolesUnderDuties([line], language)[line];

/** Each line read under a "Duties" heading with the others takes the role given (the line named when it does not). */
function expectRolesUnderDuties(said: Record<string, LineRole>, language = 'en'): void {
  const roles = rolesUnderDuties(Object.keys(said), language);
  for (const [line, role] of Object.entries(said)) expect([line, roles[line]]).toEqual([line, role]);
}

/** Each line's role in one section with no heading (the lines' own words, and their vote), as [text, role] in page order. */
function rolesUnheaded(lines: string[], title: string, company: string | null, language = 'en'): [string, LineRole][] {
  return postingLines({ title, company, location: null, language, sections: [{ heading: null, kind: 'other', lines }] }).map((l) => [l.text, l.role]);
}

/** Each line's [text, role] in page order, one section under the heading given (its line first). */
function rolesUnder(title: string, heading: string | null, kind: PostingSection['kind'], lines: string[], language = 'en'): [string, LineRole][] {
  return postingLines({ title, company: 'Acme', location: null, language, sections: [{ heading, kind, lines }] }).map((l) => [l.text, l.role]);
}

/** The roles of the lines read under one heading, in page order (the heading's own line left out). */
function rolesBelow(title: string, heading: string, kind: PostingSection['kind'], lines: string[], language = 'en'): LineRole[] {
  return rolesUnder(title, heading, kind, lines, language).slice(1).map(([, role]) => role);
}

/** Each Chinese line takes the role given under a board's "职位描述" (read as duties) and under no heading at all. */
function expectZhRolesUnderJobDescriptionOrNone(said: Record<string, LineRole>): void {
  for (const [heading, kind] of [['职位描述', 'responsibilities'], ['', 'other']] as const) {
    const read = postingLines({ title: '普工', company: '某某电子', location: null, language: 'zh', sections: [{ heading, kind, lines: Object.keys(said) }] });
    const role = new Map(read.map((l) => [l.text, l.role]));
    for (const [line, want] of Object.entries(said)) expect([heading, line, role.get(line)]).toEqual([heading, line, want]);
  }
}

describe("a British job description's duties under a plain 'Job description' heading", () => {
  it('reads "To provide…", "The post holder will…", "Accountable for…", "Point of contact for…", "Ownership of…" and the fragments beside them as duties; a purpose or a call to apply as none', () => {
    const lines = [
      'To provide administrative support to the practice manager',
      'To ensure compliance with GDPR when handling patient data',
      'The post holder will manage a team of eight support workers.',
      'Accountable for hitting monthly sales targets across six stores',
      'First point of contact for tenants reporting repairs',
      'Ownership of the P&L for the North region',
      'Undertake home visits to assess care needs',
      'Till operation and cash handling',
      'To apply, send your CV to jobs@example.org.',
      'Our vision: To create healthier communities.',
    ];
    const read = postingLines({ title: 'Practice Administrator', company: 'Acme', location: null, language: 'en', sections: [{ heading: 'Job description', kind: 'other', lines }] });
    const roles = Object.fromEntries(read.map((l) => [l.text, l.role]));
    for (const line of lines.slice(0, 8)) expect([line, roles[line]]).toEqual([line, 'duty']);
    expect(roles['To apply, send your CV to jobs@example.org.']).not.toBe('duty');
    expect(roles['Our vision: To create healthier communities.']).not.toBe('duty');
  });
});

describe('the work expected of the hire, said to the reader (held-out postings read by hand, session 46)', () => {
  it('reads "You will be expected to clean…", "It will be your responsibility to restock…" and a label that names the work as duties; what is asked of the candidate or the applicant stays an ask', () => {
    const said: [string, LineRole][] = [
      ['You will also be expected to clean and maintain the common areas of the hotel.', 'duty'],
      ['You will be required to answer the phone and greet visitors.', 'duty'],
      ['It will be your responsibility to restock cleaning supplies in guest rooms.', 'duty'],
      ['Ensure common areas are tidy: the lobby, hallways and dining areas.', 'duty'],
      ['To perform HVAC service (repair, replacement, maintenance, etc.) to ensure a healthy learning environment for students and staff.', 'duty'],
      ['You will be expected to have a valid driving licence and your own car.', 'requirement'],
      ['You will be required to lift boxes of up to 25 kg.', 'requirement'],
      ['Start date: as soon as possible after the interviews in the second week of June', 'meta'],
      ['Report to: the Head of Operations, who leads the site team of forty people', 'meta'],
    ];
    expect(rolesUnheaded(said.map(([l]) => l), 'Room Attendant', 'Acme')).toEqual(said);
    // An applicant's own duty is no work of the job's.
    const applicant = 'It is your responsibility to ensure your responses and documents are submitted before the closing date.';
    expect(rolesUnheaded([applicant], 'Room Attendant', 'Acme')[0]![1]).not.toBe('duty');
  });
});

describe('notices, contacts and pay tables among the lines, and what the hire may do (held-out set R, session 46)', () => {
  it('reads a notice by the classes it protects, an enquiries line and a form to download as no work; "May provide…" as work', () => {
    const said: [string, LineRole][] = [
      ['Responsible for assuring equal educational opportunity to all individuals regardless of race, color, gender, age, marital status, religion, national origin or disability.', 'legal'],
      ['ENQUIRIES: Mr. O Kalimashe or Ms. P Soyizwapi Tel No: (047) 401 6400', 'meta'],
      ['Download our Job Application in Microsoft Word or Adobe PDF formats.', 'meta'],
      ['May provide children with assistance in dealing with issues such as personal hygiene and toileting.', 'duty'],
      ['May also assist the lead teacher with lesson plans and parent notes.', 'duty'],
    ];
    expect(rolesUnheaded(said.map(([l]) => l), 'Child Care Teacher Aide', 'YMCA')).toEqual(said);
    // One class named is an ask, not a notice; what the hire may be asked about the hours is no work.
    expect(roleUnderDuties('Must be 18 years of age or older and hold a valid driver’s license.')).toBe('requirement');
    expect(roleUnderDuties('May be asked to work weekends and holidays.')).not.toBe('duty');
    // An employer "looking for suitable candidates to apply" calls for applications: no work is said.
    const call = 'Department of Health is looking for suitable candidates to apply for their Switchboard Operator vacancies, for the year 2026.';
    expect(rolesUnheaded([call], 'Switchboard Operator', 'Department of Health')[0]![1]).toBe('company');
  });

  it('reads the lines under "Successful hairstylists must also:" or "To adequately perform their jobs, hair stylists must:" as asks, however they open', () => {
    const lines = ['Be able to work under pressure', 'Possess excellent communication and interpersonal skills', 'Pay attention to small details', 'Listen closely to their clients’ wants and needs', 'Keep up with the latest beauty trends', 'Closely follow safety, sanitation, and health standards'];
    for (const heading of ['Successful hairstylists must also:', 'To adequately perform their jobs, hair stylists must:']) {
      expect(rolesBelow('Hair Stylist', heading, 'other', lines), heading).toEqual(lines.map(() => 'requirement'));
    }
  });

  it('reads a Chinese commission table\'s rows as the pay and the page\'s "原标题" as a field', () => {
    const rows = ['负责门店日常运营管理，完成销售目标', '月销售额10W,10W*0.0010', '月销售额25W,25W*0.0025', '原标题:《高位叉车工》'];
    expect(rolesUnheaded(rows, '餐饮店长', '茶芭蕾饮品店', 'zh').map(([, r]) => r)).toEqual(['duty', 'benefit', 'benefit', 'meta']);
  });

});

describe("a field that sums up the job, and work joined", () => {
  it('reads the text of "JOB GOAL:", "Job Purpose:", "Purpose of the job:" as the line it is (a duty), not a field of the page; a summary field of terms stays the terms (markup set 125)', () => {
    const lines = ['JOB GOAL: To help students learn by supporting the classroom teacher.', 'Job Purpose: To provide administrative support to the head teacher.', 'Purpose of the job: To support the classroom teacher.', 'Job Summary: Full-time, $18/hr, Monday to Friday'];
    expect(rolesUnheaded(lines, 'Teaching Assistant', 'Maple Grove School District').map(([, r]) => r)).toEqual(['duty', 'duty', 'duty', 'benefit']);
  });

  it('reads "Join the on-call rotation…" and "Join our weekly design reviews" as work, "Join our team…" as the company (markup set 125)', () => {
    expectRolesUnderDuties({ 'Join the on-call rotation one week in six': 'duty', 'Join our weekly design reviews': 'duty', 'Join our team of 12 nurses': 'company' });
  });
});

describe('a Romance duty said in the future to the reader', () => {
  it('is a duty in any section, unless what the reader will have, can do or will be', () => {
    expect(rolesUnheaded(['También prepararás la terraza antes de cada servicio y cobrarás a los clientes.', 'Tendrás un contrato indefinido y salario según convenio.'], 'Camarero', 'La Tahona', 'es').map(([, r]) => r)).toEqual(['duty', 'benefit']);
    expect(rolesUnheaded(['Preparerai gli ordini con il palmare e registrerai i movimenti.', 'Avrai un contratto a tempo indeterminato.'], 'Magazziniere', 'Logistica Brianza', 'it').map(([, r]) => r)).toEqual(['duty', 'benefit']);
    expect(rolesUnheaded(['Você vai agendar consultas por telefone e receber os pacientes.', 'Você vai ter plano de saúde e vale-refeição.'], 'Auxiliar administrativo', 'Clínica Vida Plena', 'pt').map(([, r]) => r)).toEqual(['duty', 'benefit']);
    // French said to "tu" (Welcome to the Jungle's startups), after a reporting line too ("Rattaché(e) à…" reads as an ask alone).
    expect(rolesUnheaded(['Rattaché(e) à la DRH, tu prendras en charge le recrutement de nos équipes en boutique.', 'Tu auras une mutuelle prise en charge à 100 %.'], 'Chargé(e) de recrutement', 'Atelier Lumen', 'fr').map(([, r]) => r)).toEqual(['duty', 'benefit']);
  });
});

describe('contact lines, hashtags and availability under the duties', () => {
  it("reads a recruiter's contact line, a phone number after Tel., LinkedIn's #LI- tags as the page's labels, and weekend and holiday availability as asked for", () => {
    expectRolesUnderDuties({
      'Contact our recruiter, Dana Ortiz, at careers@pinewood.example.': 'meta',
      'Questions?': 'heading',
      '#LI-Onsite #LI-JM1': 'meta',
      'Weekend and holiday availability': 'requirement',
      'Contact customers by email to confirm delivery dates.': 'duty',
    });
    expectRolesUnderDuties({ 'Frau Petra Lange, Tel. 0711 123456': 'meta', 'Bearbeitung des Mahnwesens': 'duty' }, 'de');
    // A British or Australian number to call, as an American one (markup set 123: read as a duty); a duty calling customers stays one.
    expectRolesUnderDuties({ 'Call Sarah on 07700 900123 to arrange a chat.': 'meta', 'Ring Mark on 0113 496 0000 for details.': 'meta', 'Call customers to confirm their delivery slots.': 'duty' });
    expect(rolesUnheaded(['Entwicklung neuer Features für unsere Kotlin-Backend-Services', 'Schreiben von Unit- und Integrationstests', 'Bewerben Sie sich jetzt mit Ihrem Lebenslauf!'], 'Junior Softwareentwickler (m/w/d)', 'Nordlicht Software AG', 'de').map(([, r]) => r)).toEqual(['duty', 'duty', 'meta']);
  });

  it('reads a short work week as the terms, and a trainee scheme that leads to a promotion (培养…晋升储备店长) as what the job offers', () => {
    expect(rolesUnheaded(['5-day work week', 'Four-day work week in summer', 'Annual bonus'], 'Accounts Executive', 'Tan & Lim Trading').map(([, r]) => r)).toEqual(['benefit', 'benefit', 'benefit']);
    expect(rolesUnheaded(['入职后进行为期12个月的轮岗培养，考核通过后晋升储备店长。', '参与员工培训与晋升体系搭建'], '管培生', '永辉超市', 'zh').map(([, r]) => r)).toEqual(['benefit', 'duty']);
  });
});

describe('the job in the plural doing the work, and a contractor role', () => {
  it('reads "Correctional Officers maintain security…" as a duty, not the employer\'s, and "This is an independent contractor role" as whom the work makes the worker', () => {
    const read = rolesUnheaded(
      ['Correctional Officers maintain security and order in a state prison.', 'Officers receive paid training.', 'This is an independent contractor role; you set your own hours.'],
      'Correctional Officer Trainee',
      'State Department of Corrections',
    );
    expect(read.map(([, r]) => r)).toEqual(['duty', 'benefit', 'legal']);
    // Where the hire sits on the team is the team's description; what they can show is an ask.
    const role = postingLines({ title: 'Product Designer', company: 'Fernhill', location: null, language: 'en', sections: [{ heading: 'The role', kind: 'responsibilities', lines: ["You'll be the second designer on a team of 18. You will:", 'You will lead the design reviews', 'Can show work you shipped and what changed because of it'] }] });
    expect(role.map((l) => [l.text, l.role])).toEqual([
      ['The role', 'heading'],
      ["You'll be the second designer on a team of 18.", 'company'],
      ['You will', 'heading'],
      ['You will lead the design reviews', 'duty'],
      ['Can show work you shipped and what changed because of it', 'requirement'],
    ]);
    // The employer's name holding a word of the title is no subject doing the work: "Meridian Data Labs prepares training data…".
    expect(rolesUnheaded(['Meridian Data Labs prepares training data for autonomous vehicle companies.'], 'AI Data Annotator (Contract)', 'Meridian Data Labs').map(([, r]) => r)).toEqual(['company']);
  });
});

describe("an employer's years and a nurse's charting", () => {
  it('reads "<employer> has served… for 35 years" as the company, not years asked for, and "Chart…" as a duty', () => {
    expect(rolesUnheaded(['Polar Air Mechanical has served commercial customers in the Twin Cities for 35 years.', '3+ years of commercial HVAC service.'], 'HVAC Service Technician', 'Polar Air Mechanical').map(([, r]) => r)).toEqual(['company', 'requirement']);
    expectRolesUnderDuties({ 'Records: Chart treatments and vitals in the medical record.': 'duty', 'Must have worked in a kitchen for 2 years.': 'requirement' });
  });
});

describe('lines under a duties heading that are not duties, by their own shape', () => {
  it('reads posting fields ("Telework: Not available", "Control number 520693900") as terms or metadata', () => {
    const roles = rolesUnderDuties([
      'Dispatches vehicles and drivers to transport veterans to appointments.',
      'Telework: Not available',
      'Work Schedule: Position is full time.',
      'Position Description/PD#: Motor Vehicle Dispatcher GS-2151-05',
      'Control number 520693900',
      'Reporting: prepare weekly mileage reports for the fleet manager.',
    ]);
    expect(roles['Dispatches vehicles and drivers to transport veterans to appointments.']).toBe('duty');
    expect(roles['Telework: Not available']).toBe('benefit');
    expect(roles['Work Schedule: Position is full time.']).toBe('benefit');
    expect(roles['Position Description/PD#: Motor Vehicle Dispatcher GS-2151-05']).toBe('meta');
    expect(roles['Control number 520693900']).toBe('meta');
    expect(roles['Reporting: prepare weekly mileage reports for the fleet manager.']).toBe('duty');
  });

  it('reads a yearly salary as the terms, not years of experience asked ("£25,674 a year"), and years of experience still as asked', () => {
    expect(rolesUnder('Ward Clerk', 'Experience', 'requirements', ['Experience of working with the public', 'Salary: £24,071 to £25,674 a year, pro rata', '1.5 years of experience on a hospital ward'])).toEqual([['Experience', 'heading'], ['Experience of working with the public', 'requirement'], ['Salary: £24,071 to £25,674 a year, pro rata', 'benefit'], ['1.5 years of experience on a hospital ward', 'requirement']]);
  });

  it("reads the job's own title with its terms (\"Shop Assistant, weekends\") as a field's value, not work; a duty opening with the title's verb stays one", () => {
    expect(rolesUnder('Shop Assistant', 'Role', 'other', ['Shop Assistant, weekends', 'Shop for fresh stock at the wholesale market twice a week']).map(([, role]) => role)).toEqual(['heading', 'meta', 'duty']);
  });

  it('shows a Chinese section name on a line of its own (pre-wrap text: "工作内容：", "任职要求：") as the heading it is', () => {
    expect(rolesUnder('外卖骑手', null, 'other', ['工作内容：', '1.使用骑手App接单，按时送达顾客；', '任职要求：', '2.自备电动车。'], 'zh')).toEqual([['工作内容', 'heading'], ['使用骑手App接单，按时送达顾客', 'duty'], ['任职要求', 'heading'], ['自备电动车', 'requirement']]);
  });

  it('reads "Reports to: <a manager>" as a field of the posting, not a duty that reports', () => {
    const roles = rolesUnderDuties(['Reports to: Care Coordination Manager', 'Reporting to: Head of Operations', 'Reports on fleet mileage to the operations manager every week.']);
    expect(roles['Reports to: Care Coordination Manager']).toBe('meta');
    expect(roles['Reporting to: Head of Operations']).toBe('meta');
    expect(roles['Reports on fleet mileage to the operations manager every week.']).toBe('duty');
  });

  it('reads a field the posting leaves empty ("Supervisory Responsibilities: None") as a field, not a duty (markup set 138)', () => {
    const roles = rolesUnderDuties(['Supervisory Responsibilities: None', 'Certificates: N/A', 'Supervise two shift leads and assign their work']);
    expect(roles['Supervisory Responsibilities: None']).toBe('meta');
    expect(roles['Certificates: N/A']).toBe('meta');
    expect(roles['Supervise two shift leads and assign their work']).toBe('duty');
  });

  it('reads a prose ad\'s lines by their own words: the title in the plural doing the work, a call that does so to apply, what the reader has done, "EOE." (markup set 140)', () => {
    expect(rolesUnder('Assistant Teacher - Toddler Room', null, 'other', [
      'Our assistant teachers supervise children during play, meals and naps and keep the classroom safe.',
      'Send us a message to apply!',
      "You've worked in a licensed childcare center for at least a year.",
      'EOE.',
    ]).map(([, role]) => role)).toEqual(['duty', 'meta', 'requirement', 'legal']);
    // A forum post's "You'd cut…", its "Send me your portfolio", a title that unlocks the building (markup set 141).
    expect(rolesUnder('Video Editor', null, 'other', ["You'd cut my raw footage down to 10 minutes and add captions.", 'Send me your portfolio in a DM.']).map(([, role]) => role)).toEqual(['duty', 'meta']);
    expect(rolesUnder('Part-Time Custodian', null, 'other', ['The custodian also unlocks the building for Sunday services.']).map(([, role]) => role)).toEqual(['duty']);
    // The team described stays the company; a duty that applies for something stays a duty.
    expect(rolesUnder('Warehouse Associate', null, 'other', ['Our warehouse team ships 5,000 orders a day.', 'Use the state portal to apply for permits on behalf of clients.']).map(([, role]) => role)).toEqual(['company', 'duty']);
  });

  it('reads prose ads in French, Japanese and Spanish by their own words (markup set 143)', () => {
    // "Vous l'aiderez…": the hire's work with its pronoun elided before the verb.
    expect(rolesUnder('Aide à domicile H/F', null, 'other', ["Vous l'aiderez pour la toilette, les repas et les courses.", 'Vous les accompagnerez chez le médecin.'], 'fr').map(([, role]) => role)).toEqual(['duty', 'duty']);
    // "お仕事は、…です" opens the work; the pay and the asks said politely are no description of the workplace.
    expect(rolesUnder('パン屋の販売スタッフ', null, 'other', ['お仕事は、パンの袋詰めや陳列、レジでのお会計、閉店後の清掃です。', '未経験の方も歓迎します。', '時給1,100円、週3日から勤務できます。'], 'ja').map(([, role]) => role)).toEqual(['duty', 'requirement', 'benefit']);
    // "Se valora…" is what the employer would like the candidate to bring.
    expect(rolesUnder('Camarero/a', null, 'other', ['Se valora experiencia previa en hostelería.', 'Se valorará inglés.'], 'es').map(([, role]) => role)).toEqual(['requirement', 'requirement']);
  });

  it('reads a heading after its emoji ("👋 About us", "🛠️ What you\'ll do") as the words name it, and a starting wage with its step after years of service as the pay, not years asked (markup set 131)', () => {
    expect([headingKind('👋 About us'), headingKind("🛠️ What you'll do"), headingKind('🙌 You might be a good fit if')]).toEqual(['about', 'responsibilities', 'requirements']);
    expect(rolesUnder('Bus Operator', 'Minimum Requirements', 'requirements', ['Class B CDL with passenger and air brake endorsements', 'Starting wage $24.10/hour; $31.40/hour after 4 years', 'Three years of driving experience with a clean record'])).toEqual([
      ['Minimum Requirements', 'heading'],
      ['Class B CDL with passenger and air brake endorsements', 'requirement'],
      ['Starting wage $24.10/hour; $31.40/hour after 4 years', 'benefit'],
      ['Three years of driving experience with a clean record', 'requirement'],
    ]);
  });

  it('reads a Romance lead-in that says what the hire will take on ("La risorsa si occuperà di:", "La persona se encargará de:", "Vous serez chargé(e) de :") as the duties\' heading: a two-word item under it is a duty (markup set 132)', () => {
    for (const lead of ['La risorsa si occuperà di:', 'La persona se encargará de:', 'Sarà responsabile di:', 'Vous serez chargé(e) de :']) expect([lead, headingKind(lead)]).toEqual([lead, 'responsibilities']);
    expect(rolesUnder('Impiegato Amministrativo', 'La risorsa si occuperà di:', 'other', ['registrazione delle fatture attive e passive', 'riconciliazioni bancarie', 'gestione dei solleciti di pagamento'], 'it').map(([, r]) => r)).toEqual(['heading', 'duty', 'duty', 'duty']);
  });

  it('reads licences named by their acronyms ("LCSW or LMSW in Michigan") as an item, not a Title Case heading; a heading in capitals stays one (markup set 129)', () => {
    expect(rolesUnder('Medical Social Worker', 'Requirements', 'requirements', ['Master of Social Work from a CSWE-accredited program', 'LCSW or LMSW in Michigan', 'WORKING CONDITIONS'])).toEqual([['Requirements', 'heading'], ['Master of Social Work from a CSWE-accredited program', 'requirement'], ['LCSW or LMSW in Michigan', 'requirement'], ['WORKING CONDITIONS', 'heading']]);
  });

  it('reads days and months as words any sentence capitalises: "Fridays off in August" is a perk, not a Title Case heading', () => {
    expect(rolesUnder('Marketing Coordinator', 'Perks', 'benefits', ['40% off everything we make', 'Fridays off in August', 'Summer Hours'])).toEqual([['Perks', 'heading'], ['40% off everything we make', 'benefit'], ['Fridays off in August', 'benefit'], ['Summer Hours', 'heading']]);
  });

  it("reads a Chinese board's apply buttons left in the text ('我感兴趣 请联系我', '立即沟通') as metadata, not duties", () => {
    const roles = rolesUnderDuties(['负责商业地产项目的投资分析和可行性研究', '我感兴趣 请联系我', '立即沟通', '申请职位'], 'zh');
    expect(roles['负责商业地产项目的投资分析和可行性研究']).toBe('duty');
    expect(roles['我感兴趣 请联系我']).toBe('meta');
    expect(roles['立即沟通']).toBe('meta');
    expect(roles['申请职位']).toBe('meta');
  });

  it('reads a short line ending in a colon as the lead-in it is, unless its own words say more', () => {
    const roles = rolesUnderDuties([
      'Your responsibilities will include:',
      'Dispatch vehicles and drivers to transport veterans to appointments',
      'Other duties may include:',
      'Maintain trip logs and mileage records',
      'Experience with fleet software:',
      'Dispatch urgent trips:',
      '主要工作：',
      'As a Customer Support Specialist, your day-to-day responsibilities will include:',
      'Troubleshoot label printing and carrier integration issues for stores that ship with us every day:',
      'In the ramp team at Málaga airport you will work with our crews to:',
      'Work closely with the design team and the warehouse to:',
    ]);
    expect(roles['Your responsibilities will include']).toBe('heading');
    expect(roles['Other duties may include']).toBe('heading');
    expect(roles['Dispatch vehicles and drivers to transport veterans to appointments']).toBe('duty');
    expect(roles['Maintain trip logs and mileage records']).toBe('duty');
    expect(roles['Experience with fleet software']).toBe('requirement');
    expect(roles['Dispatch urgent trips']).toBe('duty');
    expect(roles['主要工作']).toBe('heading');
    // Longer when it ends as a lead-in does; a duty that ends in a colon stays one.
    expect(roles['As a Customer Support Specialist, your day-to-day responsibilities will include']).toBe('heading');
    expect(roles['Troubleshoot label printing and carrier integration issues for stores that ship with us every day']).toBe('duty');
    // Or ends in what the list completes ("…to:", "…para realizar:"); a duty verb opening it still makes it work.
    expect(roles['In the ramp team at Málaga airport you will work with our crews to']).toBe('heading');
    expect(roles['Work closely with the design team and the warehouse to']).toBe('duty');
    expect(rolesUnderDuties(['As an annotator on a 6-month contract you will:', 'Draw polygons around crops and weeds in field images'])['As an annotator on a 6-month contract you will']).toBe('heading');
    const es = rolesUnder('Agente de rampa', 'Funciones', 'responsibilities', ['Se incorporará al equipo de rampa del aeropuerto de Málaga para realizar:', 'Carga y descarga de equipajes y mercancías en aeronaves.'], 'es');
    expect(es.map(([, role]) => role)).toEqual(['heading', 'heading', 'duty']);
  });

  it('reads a Chinese duty whose objects are perks as the work: a label naming it before what it covers ("策划执行员工活动：包括年会、团建…"), or the work named last ("…的住宿、用餐的预订和行程安排"); the perks themselves and a flexible schedule stay the terms', () => {
    expectRolesUnderDuties(
      {
        '策划执行员工活动：包括年会、团建、生日会等，协调场地与预算': 'duty',
        '来访客户及公司领导的住宿、出行、用餐的预订和行程安排': 'duty',
        '员工宿舍、工作餐的登记与发放工作': 'duty',
        '节日福利，年度团建': 'benefit',
        '包住宿，提供工作餐': 'benefit',
        '公司提供灵活的上班时间安排': 'benefit',
      },
      'zh',
    );
  });

  it('reads a Chinese list of how the person is (打字速度快，反应灵敏…，对用户有耐心) as asked for under 工作内容, and 熟练掌握… then the work done (正确接待用户咨询) as the work', () => {
    expect(
      rolesUnder('电子商城客服', '工作内容', 'responsibilities', ['打字速度快，反应灵敏，普通话流利，能同时和多人沟通，对用户有耐心', '熟练掌握在线沟通的工作流程和话术，正确接待用户咨询，并做好登记工作', '负责门店收银，动作快'], 'zh').map(([, r]) => r),
    ).toEqual(['heading', 'requirement', 'duty', 'duty']);
  });

  it("reads a Chinese line that is only an organisation's name as the employer, not a duty, outside any section", () => {
    expect(rolesUnheaded(['惠民连锁超市', '仁和医院（东院）', '协助店长管理门店', '负责门店日常收银工作'], '收银员', null, 'zh')).toEqual([
      ['惠民连锁超市', 'company'],
      ['仁和医院（东院）', 'company'],
      ['协助店长管理门店', 'duty'],
      ['负责门店日常收银工作', 'duty'],
    ]);
  });

  it('reads 51job\'s 职能类别 and 关键字 fields as the page\'s labels', () => {
    const roles = rolesUnderDuties(['负责门店日常收银工作', '职能类别：收银员', '关键字：收银 零售 超市'], 'zh');
    expect(roles['职能类别：收银员']).toBe('meta');
    expect(roles['关键字：收银 零售 超市']).toBe('meta');
    // 猎聘's 其他信息: the department and whom the hire reports to.
    const other = rolesUnderDuties(['组织新员工入职培训', '所属部门：人事行政部', '汇报对象：总经理'], 'zh');
    expect([other['所属部门：人事行政部'], other['汇报对象：总经理'], other['组织新员工入职培训']]).toEqual(['meta', 'meta', 'duty']);
  });

  it('reads a Japanese "…な方をお待ちしています" as what they ask for', () => {
    const roles = rolesUnderDuties(['お客様の案内やサポートを行います。', '率先して笑顔の輪を広げていける方に期待しています。', '考えられる方をお待ちしています。'], 'ja');
    expect(roles['率先して笑顔の輪を広げていける方に期待しています。'.replace(/。$/, '')]).toBe('requirement');
    expect(roles['考えられる方をお待ちしています']).toBe('requirement');
  });

  it('reads a responsibility named for the job ("This position is responsible for…", "A Room Attendant is responsible for the cleanliness of…", "Line Cooks are responsible for…") as a duty before any heading; a team\'s or another person\'s stays theirs', () => {
    expect(
      rolesUnheaded(
        [
          'A Room Attendant is responsible for the overall cleanliness of assigned rooms and suites.',
          'This position is responsible for providing friendly service at the front desk.',
          'Summary: Room Attendants are responsible for stocking carts and making beds.',
          'Our housekeeping team is responsible for 240 rooms.',
          'The hiring manager is responsible for the final decision.',
        ],
        'Room Attendant',
        'Lakeside Inn',
      ).map(([, r]) => r),
    ).toEqual(['duty', 'duty', 'duty', 'company', 'company']);
  });

  it('reads a chip of the terms alone on its line ("Full Time", "Permanent, Full-time") as the terms, not a heading; "…related work as required" as the catch-all duty, "Cash register training will be provided" as training offered', () => {
    expect(rolesUnheaded(['Full Time', 'Permanent, Full-time', 'Part-time / Seasonal'], 'Accounts Receivable Bookkeeper', 'Acme').map(([, r]) => r)).toEqual(['benefit', 'benefit', 'benefit']);
    expectRolesUnderDuties({
      'Cares directly for residents as assigned.': 'duty',
      'Performs related work as required.': 'duty',
      'Cash register training will be provided.': 'benefit',
      "A valid driver's license is required.": 'requirement',
    });
  });

  it('reads US job descriptions\' own forms: the title with an aside before its verb, the title\'s head in the plural, "Will have responsibility for…" with no subject, "SUMMARY: To assist…", as duties; attendance, appearance, attitude and following policies as asked of the person (10 real postings read by hand)', () => {
    expect(
      rolesUnheaded(
        [
          'The Pharmacy Technician, under the direct supervision of a pharmacist, prepares and fills routine orders for patients.',
          'Pharmacy technicians keep the counting area clean and stocked.',
          'Will have authority and responsibility for implementing unit standards, policies, and procedures.',
          'SUMMARY: To assist the pharmacist in maintaining the dispensary and related equipment.',
          'To perform this job successfully, an individual must be able to perform each essential duty satisfactorily.',
          'Will be paid weekly.',
        ],
        'Pharmacy Assistant Technician',
        'Acme Health',
      ).map(([, r]) => r),
    ).toEqual(['duty', 'duty', 'duty', 'duty', 'legal', 'benefit']);
    expectRolesUnderDuties({
      'Demonstrates regular and predictable attendance.': 'requirement',
      'Presents a professional appearance.': 'requirement',
      'Follows all Dry Goods policies and procedures.': 'requirement',
      'Maintains accurate records of all transactions.': 'duty',
    });
  });

  it('reads conduct under the duties as asked for: company policies followed, a professional approach kept, a neat appearance (session 44)', () => {
    expectRolesUnderDuties({
      'Follow company policies': 'requirement',
      'Maintain a positive and professional approach with coworkers and customers.': 'requirement',
      'Neat in appearance, courteous to parents and children and cooperative with teachers': 'requirement',
      'Maintain a clean work area.': 'duty',
      'Update the company policies manual each quarter.': 'duty',
    });
  });

  it('reads the hours worked under the duties as the terms, and work done in them as a duty (session 44)', () => {
    expectRolesUnderDuties({
      'Check books in and out for patrons.': 'duty',
      'Work evenings and Saturdays as scheduled with a full-time staff person.': 'benefit',
      'Works rotating weekends and holidays.': 'benefit',
      'Work weekends to shelve returned books.': 'duty',
    });
  });

  it('reads a Romance sentence that says what the duties include ("Las funciones de una cajera incluyen…", "Les missions comprennent…") as a duty before any heading', () => {
    expect(rolesUnheaded(['Las funciones de una cajera vendedora incluyen la gestión de transacciones, atención al cliente y el manejo de caja.'], 'Cajera', 'Acme', 'es').map(([, r]) => r)).toEqual(['duty']);
    expect(rolesUnheaded(["Les missions du poste comprennent l'accueil du public et la tenue de la caisse."], 'Agent d’accueil', 'Acme', 'fr').map(([, r]) => r)).toEqual(['duty']);
  });

  it('reads "Be able to…" and "Be willing to…" under the duties as asked for, "He/she will…" and "Fix…" as work', () => {
    expectRolesUnderDuties({
      'Handle plant material with care': 'duty',
      'Be able to identify plants': 'requirement',
      'Be willing to work weekends in the spring': 'requirement',
      'He/she will assist a project team in completing tasks and meeting sprint targets.': 'duty',
      'Fix issues in the code.': 'duty',
    });
  });

  it('reads "We are seeking an X to <do the work>" as a duty even under "About us", "We are a fast-growing…" as the company', () => {
    const read = postingLines({
      title: 'Software Architect',
      company: 'Acme',
      location: null,
      language: 'en',
      sections: [{ heading: 'About us', kind: 'about', lines: ['We are a fast-growing wellness company serving two million members.', 'We are seeking an experienced Software Architect to design and optimize scalable systems for millions of users.', 'We are hiring to grow our platform team.'] }],
    });
    expect(read.map((l) => l.role)).toEqual(['heading', 'company', 'duty', 'company']);
  });

  it("reads a freelance client's brief (\"Just need a pro to help set up an account\") as the work, not a requirement or joining the team", () => {
    const read = postingLines({
      title: 'GoHighLevel CRM setup',
      company: null,
      location: null,
      language: 'en',
      sections: [{ heading: '', kind: 'other', lines: ['Just need a GO HIGHER LEVEL pro to help set up an account', 'I need someone to build a landing page for my bakery', 'You need a valid licence to drive the van.', 'We need a driver to join our growing team.'] }],
    });
    expect(read.map((l) => l.role)).toEqual(['duty', 'duty', 'requirement', 'company']);
  });

  it('reads a terms field without its colon ("Work schedule Full-Time") as terms, and work of the job as a duty', () => {
    const roles = rolesUnderDuties([
      'Work schedule Full-Time',
      'Working hours Monday to Friday, 8:00 to 16:30',
      'Horaires de travail : du lundi au vendredi',
      'Work with clinic staff to schedule patient transport.',
      'Work closely with drivers to plan routes and hours.',
    ]);
    expect(roles['Work schedule Full-Time']).toBe('benefit');
    expect(roles['Working hours Monday to Friday, 8:00 to 16:30']).toBe('benefit');
    expect(roles['Horaires de travail : du lundi au vendredi']).toBe('benefit');
    expect(roles['Work with clinic staff to schedule patient transport.']).toBe('duty');
    expect(roles['Work closely with drivers to plan routes and hours.']).toBe('duty');
  });

  it('reads the role described ("This role offers…", "This position reports to…") apart from the work it names', () => {
    const roles = rolesUnderDuties([
      'This role offers high cross-team exposure and the opportunity to solve complex problems.',
      'This position reports to the Supervisory General Supply Specialist.',
      'The position will coordinate transport schedules with clinics.',
    ]);
    expect(roles['This role offers high cross-team exposure and the opportunity to solve complex problems.']).not.toBe('duty');
    expect(roles['This position reports to the Supervisory General Supply Specialist.']).not.toBe('duty');
    expect(roles['The position will coordinate transport schedules with clinics.']).toBe('duty');
  });

  it('keeps boilerplate, calls to the reader and page chrome out of the duties', () => {
    const roles = rolesUnderDuties([
      'To perform this job successfully, an individual must be able to perform each essential duty satisfactorily.',
      'Start your journey with Acme today.',
      'Learn more at acme.com and on LinkedIn.',
      'Giving back is integral to our culture.',
      'Quel est le profil idéal ?',
    ]);
    expect(roles['To perform this job successfully, an individual must be able to perform each essential duty satisfactorily.']).toBe('legal');
    expect(roles['Start your journey with Acme today.']).toBe('meta');
    expect(roles['Learn more at acme.com and on LinkedIn.']).toBe('meta');
    expect(roles['Giving back is integral to our culture.']).toBe('company');
    expect(roles['Quel est le profil idéal ?']).toBe('heading');
  });

  it('reads diversity and payment-scam notices as legal text, a team counted ("Our data team of 14 supports…") as the company, "K-12" as no pay and "Share…" as a button only when short', () => {
    const lines = ['We are committed to building a diverse team and encourage people of all backgrounds to apply.', 'Please note: we will never ask for payment during the hiring process.', 'Our data team of 14 supports merchandising, supply chain and finance.', 'Brightwave helps 900 K-12 schools run their front offices.'];
    expect(rolesUnheaded(lines, 'Customer Success Manager', 'Brightwave').map(([, role]) => role)).toEqual(['legal', 'legal', 'company', 'company']);
    const duties = rolesUnderDuties(['Share customer feedback with product and marketing', 'Share this job']);
    expect(Object.values(duties)).toEqual(['heading', 'duty', 'meta']);
  });

  it('reads "Ready to join us?", "Interested?" and "Sound like you?" as calls to apply, "Who you are?" as a heading, and a field named like a section ("Job Type: Full-time", "Salary 60k-70k") as its value', () => {
    const lines = ['Ready to join us? Apply today!', 'Interested?', 'Sound like you?', 'Who you are?', 'Job Type: Full-time', 'Salary 60k-70k', 'Schedule 8am-5pm', 'Job Requisition ID: 43240', 'FTE: 0.9', 'EPA Universal Certification (Preferred)', "St. Luke's is a drug-free workplace.", 'Riverbend Health is a tobacco-free campus.'];
    expect(rolesUnheaded(lines, 'Line Cook', 'The Copper Table')).toEqual([
      ['Ready to join us?', 'meta'],
      ['Apply today!', 'meta'],
      ['Interested?', 'meta'],
      ['Sound like you?', 'meta'],
      ['Who you are?', 'heading'],
      ['Job Type: Full-time', 'benefit'],
      ['Salary 60k-70k', 'benefit'],
      ['Schedule 8am-5pm', 'benefit'],
      ['Job Requisition ID: 43240', 'meta'],
      ['FTE: 0.9', 'benefit'],
      ['EPA Universal Certification (Preferred)', 'requirement'],
      ["St. Luke's is a drug-free workplace.", 'legal'],
      ['Riverbend Health is a tobacco-free campus.', 'legal'],
    ]);
  });

  it('reads pay and arrangement lines as the terms, availability as asked for, accommodation and housing notices as legal text, under a requirements heading too', () => {
    const lines = ['Pay starts at $19.25/hour', 'Hybrid, two days a week in our Bristol office.', 'Available to work weekends and holidays', 'Bluewater Imports will accommodate applicants with disabilities.', 'Equal Housing Opportunity.', 'Pay vendors and reconcile statements'];
    expect(rolesUnheaded(lines, 'Clerk', 'Bluewater Imports')).toEqual([
      ['Pay starts at $19.25/hour', 'benefit'],
      ['Hybrid, two days a week in our Bristol office.', 'benefit'],
      ['Available to work weekends and holidays', 'requirement'],
      ['Bluewater Imports will accommodate applicants with disabilities.', 'legal'],
      ['Equal Housing Opportunity.', 'legal'],
      ['Pay vendors and reconcile statements', 'duty'],
    ]);
  });

  it("reads a platform's terms — paid weekly, contractor status, an agency's statutory line — as terms and legal text, not as duties, in English and Chinese", () => {
    expectRolesUnderDuties({
      'Get paid weekly or cash out daily': 'benefit',
      'Couriers are independent contractors, not employees.': 'legal',
      'This is a freelance contract; you will not be an employee of Lumen Data.': 'legal',
      'Reed is acting as an employment agency in relation to this vacancy.': 'legal',
      'Deliver orders to customers on time.': 'duty',
    });
    const asks = postingLines({ title: 'Home Health Aide', company: 'Acme', location: null, language: 'en', sections: [{ heading: 'What you need', kind: 'requirements', lines: ['Reliable transportation and auto insurance', 'Open availability, including nights, weekends and holidays', 'Hands-on Google Ads and LinkedIn Ads experience'] }] });
    expect(asks.map((l) => l.role)).toEqual(['heading', 'requirement', 'requirement', 'requirement']);
    expect(rolesUnheaded(['Loopline makes scheduling software for 3,000 dental and physio clinics.'], 'Growth Marketing Manager', 'Loopline')).toEqual([['Loopline makes scheduling software for 3,000 dental and physio clinics.', 'company']]);
    expectRolesUnderDuties({ '双方不建立劳动关系，按单结算': 'legal', '司机与平台为合作关系，需自行缴纳社保': 'legal', '负责区域内外卖订单的取餐与配送': 'duty', '与供应商建立长期合作关系': 'duty' }, 'zh');
  });

  it("reads a Chinese job header's chips led by its city and district as page metadata, not duties", () => {
    expectRolesUnderDuties({ '上海-静安区3-5年': 'meta', '无锡-新区': 'meta', '苏州-工业园区 | 3-4年经验 | 本科': 'meta', '负责上海-静安区门店的日常运营': 'duty' }, 'zh');
  });

  it('reads an employer that is a dental practice as the company, and dental cover as a benefit', () => {
    expect(rolesUnheaded(['Harbor Dental Group runs eleven family dental practices across Oregon.', 'Medical, dental and vision insurance', 'Free dental care for you and your family'], 'Insurance Coordinator', 'Harbor Dental Group')).toEqual([
      ['Harbor Dental Group runs eleven family dental practices across Oregon.', 'company'],
      ['Medical, dental and vision insurance', 'benefit'],
      ['Free dental care for you and your family', 'benefit'],
    ]);
  });

  it('reads "no experience needed" under the duties as what the job asks (nothing), not as work', () => {
    expectRolesUnderDuties({
      'No experience needed, full training given.': 'requirement',
      'Previous experience is not essential.': 'requirement',
      'No qualifications required': 'requirement',
      'Train new starters on the till.': 'duty',
    });
  });

  it("keeps a page's buttons, the recruiter's line, tag chips and the company's registration out of the duties, in Chinese and English", () => {
    const zh = rolesUnderDuties(
      ['负责门店商品陈列和收银工作', '登录查看完整内容', '去App', '与HR随时沟通', '点击查看地图', '查看更多信息', '工作地址', '示例科技 · 招聘者', '超市/食品', '不需要晚班/夜班', '不需要倒班', '法定代表人：张三', '注册资金：500万人民币', '微信扫码分享 举报'],
      'zh',
    );
    expect(zh['负责门店商品陈列和收银工作']).toBe('duty');
    for (const line of ['登录查看完整内容', '去App', '与HR随时沟通', '点击查看地图', '查看更多信息', '工作地址', '示例科技 · 招聘者', '超市/食品', '微信扫码分享 举报']) expect(zh[line], line).toBe('meta');
    expect(zh['不需要晚班/夜班']).toBe('benefit');
    expect(zh['不需要倒班']).toBe('benefit');
    expect(zh['法定代表人：张三']).toBe('company');
    expect(zh['注册资金：500万人民币']).toBe('company');
    const applying = ['Documents section of your application.', 'Submit additional documents to prove your eligibility to apply to this vacancy.'];
    const chrome = ['Open in the app', 'View on map', 'Jane Doe · Technical Recruiter', 'Sourced by Example Jobs', ...applying];
    const en = rolesUnderDuties(['Dispatch vehicles and drivers to appointments.', 'Process customer applications and verify their documents.', ...chrome]);
    expect(en['Dispatch vehicles and drivers to appointments.']).toBe('duty');
    expect(en['Process customer applications and verify their documents.']).toBe('duty');
    for (const line of chrome) expect(en[line], line).toBe('meta');
  });

  it("keeps the recruiter's name, role, employer and last-seen line, a board's warning and the page's other jobs and services out of the duties", () => {
    const lines = ['陈先生 4分钟前在线', '猎头顾问 · 福州某某人力资源管理有限公司', '王女士', 'HR', '招聘经理', '负责与程序对接，完成界面的搭建和迭代', '负责接待王先生等VIP客户'];
    const zh = rolesUnderDuties([...lines, '猎聘温馨提示：如您发现用人单位存在以下行为的，属于违规行为，请立即举报'], 'zh');
    for (const line of lines.slice(0, 5)) expect(zh[line], line).toBe('meta');
    expect(zh['负责与程序对接，完成界面的搭建和迭代']).toBe('duty');
    expect(zh['负责接待王先生等VIP客户']).toBe('duty');
    expect(zh['猎聘温馨提示：如您发现用人单位存在以下行为的，属于违规行为，请立即举报']).toBe('legal');
    const read = postingLines({
      title: '游戏UI设计师', company: null, location: null, language: 'zh',
      sections: [
        { heading: '职位介绍', kind: 'responsibilities', lines: ['完成项目UI界面及图标的设计和制作'] },
        { heading: '职场助手', kind: headingKind('职场助手')!, lines: ['简历优化 从一份好简历开始', '面试辅导 快速提升面试成功率'] },
        { heading: 'Similar jobs', kind: headingKind('Similar jobs')!, lines: ['Design game interfaces and icons for mobile titles'] },
      ],
    });
    expect(read.filter((l) => l.role !== 'heading').map((l) => [l.text, l.role])).toEqual([
      ['完成项目UI界面及图标的设计和制作', 'duty'],
      ['简历优化 从一份好简历开始', 'meta'],
      ['面试辅导 快速提升面试成功率', 'meta'],
      ['Design game interfaces and icons for mobile titles', 'meta'],
    ]);
  });

  it("keeps an English page's sign-in, app, apply, alert, follow, feedback and cookie chrome out of the duties, and duties opening with the same verbs in", () => {
    const chrome = [
      'Download the app to chat with the recruiter', 'Open the app to continue reading', 'Continue with Google', 'Create a free account to see the salary',
      'Apply on company website', 'Join to apply for the Data Engineer role at Acme', 'Get job alerts for similar roles', 'Send me similar jobs',
      'Posted 3 days ago · 120 applicants', 'Follow Acme to get updates', 'Help us improve this page', 'View company profile', 'Accept all cookies', 'Manage cookie preferences',
      'Report this listing', 'Skip to main content', 'Copy the job link', 'Print this job description', 'Remote - United States', 'Hybrid in London, UK',
    ];
    const duties = [
      'Apply your expertise in large-scale data analysis to identify behavioral trends', 'Set up alerts for production incidents', 'Follow up with customers to resolve issues',
      'Report this issue to the security team', 'Print labels and pack orders for shipping', 'Remote monitoring of patients', 'On-site: assemble parts and test units',
    ];
    const en = rolesUnderDuties([...duties, ...chrome]);
    for (const line of duties) expect(en[line], line).toBe('duty');
    for (const line of chrome) expect(en[line], line).toBe('meta');
    // Among the perks, where the job is done is the arrangement offered (markup sets 23, 98).
    expect(rolesUnder('Shopify Developer', 'Benefits', 'benefits', ['Fully remote within Europe', 'Remote - United States'])).toEqual([['Benefits', 'heading'], ['Fully remote within Europe', 'benefit'], ['Remote - United States', 'benefit']]);
    const zh = rolesUnderDuties(['登录后台系统处理用户订单', '收藏品鉴定与管理', '登录后查看', '收藏'], 'zh');
    expect([zh['登录后台系统处理用户订单'], zh['收藏品鉴定与管理'], zh['登录后查看'], zh['收藏']]).toEqual(['duty', 'duty', 'meta', 'meta']);
  });

  it('reads tag chips run together in English as terms, what is asked or categories, and slashed duties as duties', () => {
    const en = rolesUnderDuties([
      'Customer service / retail / sales', 'No night shifts / weekends off', 'Entry level / No experience needed',
      'Write unit / integration tests for the API', 'Monitor / maintain servers',
    ]);
    expect(en['Customer service / retail / sales']).toBe('meta');
    expect(en['No night shifts / weekends off']).toBe('benefit');
    expect(en['Entry level / No experience needed']).toBe('requirement');
    expect(en['Write unit / integration tests for the API']).toBe('duty');
    expect(en['Monitor / maintain servers']).toBe('duty');
    expect(rolesUnderDuties(['Gestion / suivi des commandes'], 'fr')['Gestion / suivi des commandes']).toBe('duty');
  });

  it('reads a Chinese or English address under the duties as where the job is, and a duty naming a region as a duty', () => {
    const zh = rolesUnderDuties(['负责门店商品陈列和收银工作', '北京朝阳区吉屋出猪(望京万象汇店)b1', '深圳市南山区科技园', '开拓华东区市场'], 'zh');
    expect(zh['北京朝阳区吉屋出猪(望京万象汇店)b1']).toBe('meta');
    expect(zh['深圳市南山区科技园']).toBe('meta');
    expect(zh['开拓华东区市场']).toBe('duty');
    const en = rolesUnderDuties(['Dispatch vehicles and drivers to appointments.', '100 Main Street, Suite 4', 'Springfield, IL 62704']);
    expect(en['100 Main Street, Suite 4']).toBe('meta');
    expect(en['Springfield, IL 62704']).toBe('meta');
  });

  it('reads Japanese addresses, station access and descriptions of the workplace apart from the work', () => {
    const roles = rolesUnderDuties(
      ['東京都練馬区春日町1-1-7', '西武池袋線 豊島園駅 徒歩2分', '全く新しい形のエンターテイメント施設です', 'ビジターの案内や、世界観に入り込むサポートを行います'],
      'ja',
    );
    expect(roles['東京都練馬区春日町1-1-7']).toBe('meta');
    expect(roles['西武池袋線 豊島園駅 徒歩2分']).toBe('meta');
    expect(roles['全く新しい形のエンターテイメント施設です']).toBe('company');
    expect(roles['ビジターの案内や、世界観に入り込むサポートを行います']).toBe('duty');
  });

  it('reads how to send a CV, a credential by its letters, overtime, meals and tips, a DBS check, a driving licence, a welcome to every background and a gig\'s choice of days as no duties, beside duties that share their words', () => {
    expectRolesUnderDuties({
      'Apply with your CV via the link below.': 'meta',
      'CPA or ACCA qualified (or part-qualified with a plan to finish).': 'requirement',
      'AAT Level 3 or equivalent.': 'requirement',
      'Full UK driving licence and access to a car.': 'requirement',
      'Overtime paid at time and a half.': 'benefit',
      'Staff meals on every shift and tips shared weekly.': 'benefit',
      'Remote-first, with a yearly team offsite.': 'benefit',
      'This role is subject to a basic DBS check.': 'legal',
      'We are committed to building a diverse team and welcome applications from everyone.': 'legal',
      'We believe diverse teams build better products, and we welcome applicants of every background.': 'legal',
      'Choose 3 to 6 days a week': 'benefit',
      'Set your own schedule with our app': 'benefit',
      'Choose the right parts for each repair': 'duty',
      'Submit grant applications to funders.': 'duty',
      'Send invoices to customers and chase late payments.': 'duty',
      'Help registered nurses with patient transfers.': 'duty',
      'Verify driver’s licence details for new drivers.': 'duty',
    });
  });

  it('reads "Hold" as asking for a licence or degree only when one follows, and a colon between digits as no label', () => {
    expectRolesUnderDuties({
      'Hold quarterly business reviews with customer leadership.': 'duty',
      'Hold weekly 1:1s with your direct reports.': 'duty',
      'Hold a valid CDL Class A license.': 'requirement',
      "Holds a bachelor's degree in nursing.": 'requirement',
    });
  });

  it('reads a Spanish employer counting its years ("llevamos más de 20 años…") as the company, not years asked for, though its name holds "Dental"', () => {
    const read = postingLines({
      title: 'Auxiliar Administrativo/a',
      company: 'Clínica Dental Sonrisa S.L.',
      location: null,
      language: 'es',
      sections: [{ heading: '', kind: 'other', lines: ['En Clínica Dental Sonrisa llevamos más de 20 años cuidando la salud bucodental de nuestros pacientes.', 'Experiencia mínima de más de 2 años en un puesto similar.'] }],
    });
    expect(read.map((l) => l.role)).toEqual(['company', 'requirement']);
  });

  it('reads a Japanese opening announced, the workplace introduced, a venue opened and a bracketed name as no duty', () => {
    expectRolesUnderDuties(
      {
        '新しい店舗スタッフを募集しています': 'company',
        '以下の職種で募集': 'company',
        '当社経理部にて、以下の業務をお任せします': 'heading',
        '配属先は本社の経理部となります': 'company',
        '2024年春、新店舗がオープン': 'company',
        '＜東京本社 経理部＞': 'heading',
        '＜東京本社': 'heading',
        '経理部＞': 'heading',
        '採用・募集業務を担当します': 'duty',
        '新店舗オープン準備のサポート': 'duty',
        'レジでの会計業務': 'duty',
      },
      'ja',
    );
  });

  it('reads a calendar year opening a line as no years of experience ("2023年、…が始まりました"), and "3年以上…" as one', () => {
    const roles = rolesUnderDuties(['2023年、新しい施設の建設が始まりました', '3年以上の接客経験'], 'ja');
    expect(roles['2023年、新しい施設の建設が始まりました']).not.toBe('requirement');
    expect(roles['3年以上の接客経験']).toBe('requirement');
    const zh = rolesUnderDuties(['2019年起负责华东区渠道拓展', '3年以上销售经验'], 'zh');
    expect(zh['2019年起负责华东区渠道拓展']).toBe('duty');
    expect(zh['3年以上销售经验']).toBe('requirement');
  });

  it('reads who is sought, the terms, the team or setting joined and growth offered apart from the work beside them', () => {
    expectRolesUnderDuties({
      'The ideal candidate is calm under pressure and loves a checklist.': 'requirement',
      'This position is perfect for a recent graduate looking to start a career in logistics.': 'requirement',
      'This is a full-time, on-site position based in Dallas, TX.': 'benefit',
      "You'll be part of a small, collaborative team of eight dispatchers.": 'company',
      'You will be working in a fast-paced, dynamic environment.': 'company',
      'In this role, you will get exposure to every part of our fleet operations.': 'benefit',
      'You will gain hands-on experience with routing software.': 'benefit',
      'You will have the opportunity to grow into a supervisory role.': 'benefit',
      'Shortlisted applicants will be contacted within two weeks.': 'meta',
      "You'll join the night team and dispatch drivers to emergency calls.": 'duty',
      'You will be part of the on-call rotation and respond to breakdowns on the road.': 'duty',
      'You will get to plan routes for a fleet of forty vans.': 'duty',
      'The ideal candidate will use their local knowledge to plan faster routes.': 'duty',
      'This is a hands-on role: you will inspect vehicles before every shift.': 'duty',
      "You'll work within a team of mechanics to keep the fleet road-ready.": 'duty',
      "You'll work on problems that sit between dispatch, routing and customer care.": 'company',
      'You will be working at the forefront of electric fleet logistics.': 'company',
      "You'll work alongside some of the most experienced dispatchers in the region.": 'company',
      'This will be a challenging and rewarding role.': 'company',
      "You'll work alongside experienced dispatchers to plan the night routes.": 'duty',
      'This will be a demanding role: you will cover the night shift alone and answer every call.': 'duty',
    });
  });

  it('reads a schedule, a driving licence, an accommodation offer, the hiring steps and a team described as no duties; duties naming hours or hiring as duties', () => {
    const duty: Record<string, boolean> = {
      'Our engineering team ships to production dozens of times a day.': false,
      'Monday to Friday, 9am to 5pm.': false,
      'A valid driving licence.': false,
      'If you need an accommodation during the hiring process, let us know.': false,
      'Applications close on 30 June.': false,
      'Interviews will take place in the week of 14 July.': false,
      'Our hiring process has three steps: a call, a task and a final interview.': false,
      'Open the store at 9am and close it at 5pm, Monday to Friday.': true,
      'Schedule staff shifts from 6am to 2pm and cover absences.': true,
      'Interview candidates and make hiring recommendations.': true,
      'Run our hiring process from first call to signed offer.': true,
      'Review applications and shortlist candidates for interview.': true,
      'Arrange accommodations for visiting clients.': true,
    };
    const roles = rolesUnderDuties(Object.keys(duty));
    for (const [line, isDuty] of Object.entries(duty)) expect([line, roles[line] === 'duty']).toEqual([line, isDuty]);
  });

  it("reads a Chinese posting's perks, hours, team mood, language level and opening's fields apart from duties that name them", () => {
    const duty: Record<string, boolean> = {
      '团队氛围好，领导nice，同事友善。': false,
      '周末双休，朝九晚六。': false,
      '提供免费工作餐和员工宿舍。': false,
      '完善的晋升机制和培训体系。': false,
      '英语四级以上，能读懂英文技术文档。': false,
      '抗压能力强，能适应快节奏的工作。': false,
      '招聘人数：5人': false,
      '负责员工宿舍的日常管理。': true,
      '安排员工班车路线和时间。': true,
      '组织团队建设活动，营造良好的团队氛围。': true,
      '制定员工培训体系和晋升机制。': true,
      '提升团队的沟通能力和执行力。': true,
    };
    const under = (heading: string, kind: 'responsibilities' | 'other'): Record<string, LineRole> =>
      Object.fromEntries(postingLines({ title: '行政专员', company: '某某科技', location: null, language: 'zh', sections: [{ heading, kind, lines: Object.keys(duty) }] }).map((l) => [bare(l.text), l.role]));
    // A line is listed without its closing full stop.
    const bare = (line: string): string => line.replace(/[。；]$/u, '');
    for (const roles of [under('岗位职责', 'responsibilities'), under('', 'other')]) {
      for (const [line, isDuty] of Object.entries(duty)) expect([line, roles[bare(line)] === 'duty']).toEqual([line, isDuty]);
    }
  });

  it("reads a Chinese board's shifts, days off, lodging, pay by the piece, age limits, skills, what to bring, headcount, contact and company lines apart from duties, and duties whose object is pay or a perk (核算工资, 发放福利), under 职位描述 or none", () => {
    expectZhRolesUnderJobDescriptionOrNone({
      '三班倒，每月休息4天': 'benefit',
      '做六休一，早8晚6': 'benefit',
      '上班时间随门店安排，大小周': 'benefit',
      '住宿免费，厂区有食堂': 'benefit',
      '20-40岁，男女不限，夫妻可安排同厂': 'requirement',
      '会开铲车者优先，持证工资另加500元': 'requirement',
      '急招包装工8名，普工20名': 'company',
      '星海酒店是一家五星级商务酒店': 'company',
      '有意者请电话联系李主管': 'meta',
      '招聘岗位：收银员': 'meta',
      '办理住宿登记和退房手续': 'duty',
      '为员工分配工作任务并安排排班': 'duty',
      '负责夜班期间的安全巡查': 'duty',
      '核算门店员工的提成和工资': 'duty',
      '发放员工劳保用品和节日福利': 'duty',
      '制作每月社保缴纳明细表': 'duty',
      '50岁以下，身体健康': 'requirement',
      '会使用收银系统和扫码枪': 'requirement',
      '需自备摩托车，油费自理': 'requirement',
      '入职须提供健康证': 'requirement',
      '多劳多得，旺季月入8000+': 'benefit',
      '满勤奖200元，免费提供工作服': 'benefit',
      '有意向者请到店面试': 'meta',
      '面试时请携带身份证和简历': 'meta',
      '公司统一缴纳社保，油费由公司承担': 'benefit',
      '学徒也可，包教包会': 'requirement',
      '店铺地址：南京西路地铁站2号口旁': 'meta',
    });
  });

  it('reads the items after an inline "任职要求：" that runs on into its first item as requirements, the name as their heading', () => {
    const read = postingLines({ title: '销售助理', company: '某某器械', location: null, language: 'zh', sections: [{ heading: '职位描述', kind: 'responsibilities', lines: [
      '岗位职责：1、协助销售经理跟踪客户订单；', '2、整理销售合同；', '任职要求：1、大专及以上学历；', '2、沟通表达清晰，有团队协作精神；', '3、做事细致，有耐心。',
    ] }] });
    expect(read.map((l) => [l.text, l.role])).toEqual([
      ['职位描述', 'heading'], ['岗位职责', 'heading'], ['协助销售经理跟踪客户订单', 'duty'], ['整理销售合同', 'duty'],
      ['任职要求', 'heading'], ['大专及以上学历', 'requirement'], ['沟通表达清晰，有团队协作精神', 'requirement'], ['做事细致，有耐心', 'requirement'],
    ]);
  });

  it('reads a Chinese line that knows, then does ("熟悉各类车型参数，协助客户选车") as a duty under a duties heading, and "熟悉…，能…" as a requirement', () => {
    expectRolesUnderDuties({
      '熟悉各类车型参数，协助客户选车': 'duty',
      '了解顾客需求，为顾客推荐合适的套餐': 'duty',
      '熟悉办公软件，能独立制作报表': 'requirement',
      '熟悉Excel，与同事相处融洽': 'requirement',
    }, 'zh');
  });

  it('reads an English duty named by a noun ("Preparation of VAT returns") as a duty under no heading, not "Development of your career"', () => {
    const read = postingLines({ title: 'Accountant', company: 'Acme', location: null, language: 'en', sections: [{ heading: '', kind: 'other', lines: ['Preparation of VAT returns.', 'Management of a team of five cashiers.', 'Development of your career is our priority.', '25 days of annual leave.'] }] });
    expect(read.map((l) => l.role === 'duty')).toEqual([true, true, false, false]);
  });

  it.each([
    ['es', { 'Nivel alto de inglés.': false, 'Carnet de conducir y vehículo propio.': false, 'Control de inventario y reposición de stock.': true }],
    ['fr', { 'Notre société est spécialisée dans le transport frigorifique depuis 1985.': false, 'Titulaire d’un BTS en comptabilité.': false, 'Permis B obligatoire.': false, 'Rejoignez une équipe dynamique !': false, 'Préparation des déclarations de TVA.': true }],
    ['it', { 'Patente B, automunito.': false, 'Emissione e registrazione delle fatture.': true, 'Curare i rapporti con le banche.': true }],
    ['ja', { '完全週休2日制（土日祝）': false, '実務経験3年以上': false, '普通自動車免許（AT限定可）': false, '日商簿記2級以上をお持ちの方': false, '請求書の発行と入金管理': true, '取引先との電話・メール対応': true }],
    ['vi', { 'Công ty chúng tôi là doanh nghiệp hàng đầu trong lĩnh vực logistics.': false, 'Tốt nghiệp Cao đẳng trở lên chuyên ngành Kế toán.': false, 'Có ít nhất 2 năm kinh nghiệm ở vị trí tương đương.': false, 'Sử dụng thành thạo Excel.': false, 'Làm việc từ thứ 2 đến thứ 6.': false, 'Lập báo cáo thuế hàng tháng.': true, 'Theo dõi công nợ khách hàng.': true }],
  ] as const)('reads a %s licence, language level, diploma, "our company" and "join us" apart from duties, under a duties heading or none', (language, said) => {
    for (const [heading, kind] of [['Funciones', 'responsibilities'], ['', 'other']] as const) {
      const read = postingLines({ title: 'Administrativo', company: 'Transalp', location: null, language, sections: [{ heading, kind, lines: Object.keys(said) }] });
      const role = new Map(read.map((l) => [l.text.replace(/[.!。]\s*$/u, '').trim(), l.role]));
      for (const [line, isDuty] of Object.entries(said)) expect([heading, line, role.get(line.replace(/[.!。]\s*$/u, '').trim()) === 'duty']).toEqual([heading, line, isDuty]);
    }
  });

  it('reads what the hire receives as work when other work is joined to it, and as the terms when pay, a perk or training is named', () => {
    expectRolesUnderDuties({
      'You will receive and inspect incoming shipments.': 'duty',
      "You'll receive, inspect and store spare parts for the fleet.": 'duty',
      'You will receive calls from drivers and log their breakdowns.': 'duty',
      'You will receive a competitive salary and full benefits.': 'benefit',
      "You'll receive training and support from day one.": 'benefit',
    });
  });

  it.each([
    ['es', { 'Reposición de producto y control de stock.': 'duty', 'Carga y descarga de camiones.': 'duty', 'Jornada completa de lunes a viernes.': 'benefit', 'Buscamos una persona proactiva y resolutiva.': 'requirement', 'Formarás parte de un equipo joven.': 'company', 'Tendrás la oportunidad de crecer con nosotros.': 'benefit', 'Si te interesa, envíanos tu CV.': 'meta', 'Incorporación inmediata.': 'meta' }],
    ['fr', { 'Réception et rangement des marchandises.': 'duty', 'Vous intégrerez une équipe de dix personnes.': 'company', "En tant que chauffeur chez Transalp, vous serez amené(e) à travailler chez nos clients industriels.": 'company', "Vous aurez la possibilité d'évoluer vers un poste de chef d'équipe.": 'benefit', 'Nous recherchons une personne rigoureuse et autonome.': 'requirement' }],
    ['it', { 'Vendita e assistenza ai clienti in negozio.': 'duty', 'Farai parte di un team giovane.': 'company', 'Cerchiamo una persona dinamica e precisa.': 'requirement', 'Contratto a tempo pieno, dal lunedì al venerdì.': 'benefit' }],
    ['zh', { '工作地点：上海市浦东新区张江高科技园区': 'meta', '公司提供完善的培训和晋升通道': 'benefit', '欢迎应届毕业生加入我们的团队': 'company', '加入我们，你将与优秀的团队一起成长': 'company', '为新员工提供入职培训': 'duty', '设计员工晋升通道和绩效考核方案': 'duty', '负责门店日常销售及顾客接待工作': 'duty' }],
  ] as const)('reads the same shapes in a %s posting, and its duties named by a noun as duties', (language, said) => {
    expectRolesUnderDuties(said, language);
  });

  it("reads an hourly posting's perks, checks and hiring calls apart from the duties in the same list", () => {
    expectRolesUnderDuties({
      'Paid training provided.': 'benefit',
      'Free uniforms and shift meals.': 'benefit',
      'Growth opportunities within the company.': 'benefit',
      'Applicants must pass a background check and drug screen.': 'requirement',
      'Immediate openings available!': 'meta',
      'Walk-ins welcome Monday to Friday.': 'meta',
      'Text VANS to 555123 to apply.': 'meta',
      'Hiring event - interview on the spot.': 'meta',
      'Come grow with us!': 'meta',
      'Train new drivers on the dispatch software.': 'duty',
      'Complete vehicle inspection forms at the start of each shift.': 'duty',
      'Interview drivers after every incident and file the report.': 'duty',
    });
  });

  it('reads "in a timely manner" after real work as a duty, and "call our recruiters" or "apply online" as how to apply', () => {
    expectRolesUnderDuties({
      'Documents care in the electronic health record in a timely manner.': 'duty',
      'Answers every customer email in a friendly and professional manner.': 'duty',
      'Performs all duties in a professional manner.': 'requirement',
      'Answers call lights in a timely manner and ensures residents are comfortable.': 'duty',
      'Conduct yourself in a professional manner at all times.': 'requirement',
      'Call our recruiters at 1-800-555-0199 or apply online in 5 minutes.': 'meta',
      'Call us to schedule an interview.': 'meta',
      'Call customers to confirm their delivery windows.': 'duty',
    });
  });

  it('reads the "apply even if you don\'t meet every qualification" note and a hiring manager\'s name as no duties', () => {
    const roles = rolesUnderDuties([
      'Reconcile supplier statements every month.',
      'Research shows that women and people of color are less likely to apply unless they meet every qualification.',
      "We don't expect you to check every box.",
      'Hiring Manager: Jane Smith',
    ]);
    expect(roles['Reconcile supplier statements every month.']).toBe('duty');
    expect(roles['Research shows that women and people of color are less likely to apply unless they meet every qualification.']).toBe('legal');
    expect(roles["We don't expect you to check every box."]).not.toBe('duty');
    expect(roles['Hiring Manager: Jane Smith']).toBe('meta');
  });

  it("reads checks an offer depends on, sponsorship, the team joined, where the hire is based, a contact and the company's purpose as no duties", () => {
    const roles = rolesUnderDuties([
      'Maintain accurate patient records in line with NMC standards.',
      'All offers are contingent on a satisfactory background check.',
      'Sponsorship is not available for this position.',
      'We are unable to offer visa sponsorship.',
      'The successful candidate will join a friendly team of twelve in our Leeds office.',
      'You will be based at our Manchester site with occasional travel to London.',
      'For an informal discussion please contact Sarah Jones, Ward Manager, on 0113 555 0101.',
      "Deloitte's purpose is to make an impact that matters for our clients, people and communities.",
      'Be part of a global network of 450,000 professionals.',
      'The above information has been designed to indicate the general nature and level of work performed in the role.',
      'Contact suppliers to confirm delivery dates.',
      'Run background checks on new tenants.',
    ]);
    const notDuties = Object.entries(roles).filter(([, role]) => role !== 'duty' && role !== 'heading').map(([text]) => text);
    expect(notDuties).toHaveLength(9);
    expect(roles['Maintain accurate patient records in line with NMC standards.']).toBe('duty');
    expect(roles['Contact suppliers to confirm delivery dates.']).toBe('duty');
    expect(roles['Run background checks on new tenants.']).toBe('duty');
    expect([roles['All offers are contingent on a satisfactory background check.'], roles['Sponsorship is not available for this position.']]).toEqual(['requirement', 'requirement']);
  });

  it("reads a client's brief's asks about the proposal, who posted it, a number to text and its closing words as no duties", () => {
    expectRolesUnderDuties({
      'Migrate 120 products from Etsy to Shopify.': 'duty',
      'Please start your proposal with the word CANDLE so I know you read this.': 'meta',
      'In your bid, include two stores you have built.': 'meta',
      'Thanks!': 'meta',
      'Kind regards': 'meta',
      'Thank you for reading': 'meta',
      'Posted by Wickford Candle Co.': 'meta',
      'Text Mike at 555-201-3344 with your name and experience.': 'meta',
      'Apply in person Tuesday–Friday, 2–4pm, or email jobs@copperpot.example.': 'meta',
      'Apply safety procedures on the job site': 'duty',
      'This position works rotating 12-hour shifts, including holidays.': 'benefit',
      'This position works closely with the finance team on month-end close.': 'duty',
      'Under general supervision, provides circulation and patron services at a branch library.': 'duty',
      'Write thank-you notes to donors.': 'duty',
      'Review proposals from vendors and recommend one.': 'duty',
    });
  });

  it('reads where the job is, how every employee must behave and the team described apart from the duties beside them', () => {
    const lines = [
      'Schedule drivers for the weekend routes.',
      'This position is based in Leeds, with visits to our depots.',
      'Travel up to 25% is required.',
      'Follow all site rules and work with or without direct supervision.',
      'Interact professionally with co-workers and the public.',
      'Our small operations team is spread across three depots.',
      'The Fleet Team at Acme works with the regional managers every week.',
      'You will need to become knowledgeable in our routing software.',
      'Understands the depot budget and how dispatch affects it.',
    ];
    const roles = rolesUnderDuties(lines);
    expect(lines.map((l) => roles[l])).toEqual(['duty', 'meta', 'requirement', 'requirement', 'requirement', 'company', 'company', 'requirement', 'requirement']);
  });

  it('reads who is sought ("You will be a qualified…"), a service described, years of company history and the hiring steps as no duties', () => {
    const lines = [
      'You will be a qualified social worker registered with Social Work England.',
      'You will be an experienced HGV driver with a clean licence.',
      'You will be a key partner to the finance director, owning the month-end close.',
      'Our Children in Need service works with families across the county, and we are looking for a social worker to join us.',
      'Our busy surgical ward is a friendly place to work.',
      'Plan support for each child with schools and health visitors.',
    ];
    const roles = rolesUnderDuties(lines);
    expect(lines.map((l) => roles[l])).toEqual(['requirement', 'requirement', 'duty', 'company', 'company', 'duty']);
    const read = postingLines({
      title: 'Product Manager, Payments',
      company: 'Tidewater',
      location: null,
      language: 'en',
      sections: [
        { heading: 'The role', kind: 'responsibilities', lines: ['The Product Manager owns the payments roadmap.'] },
        { heading: 'About Peak', kind: 'about', lines: ['For over 25 years, Peak has connected people with great jobs across the Midwest.'] },
        { heading: 'How we hire', kind: 'apply', lines: ['A 30-minute intro call, a product exercise you can do at home, and a final round with the team.'] },
      ],
    });
    expect(read.map((l) => l.role)).toEqual(['heading', 'duty', 'heading', 'company', 'heading', 'meta']);
    expect(headingKind('How we hire')).toBe('apply');
  });

  it("reads a British school's and practice's headings, the employer's name holding a benefit word, EEO and safeguarding notices, and perks among the perks", () => {
    expect(['Person specification', 'Essential criteria', 'Job purpose', 'What we can offer you', "What's On Offer", 'Location', 'Package', 'Location: Tacoma'].map(headingKind)).toEqual([
      'requirements',
      'requirements',
      'responsibilities',
      'benefits',
      'benefits',
      'other',
      'benefits',
      null,
    ]);
    const read = postingLines({
      title: 'Dental Receptionist',
      company: 'BrightSmile Dental',
      location: null,
      language: 'en',
      sections: [
        { heading: 'About us', kind: 'about', lines: ['BrightSmile Dental is a busy three-chair practice in Leeds with a loyal patient list.', 'BrightSmile Dental is proud to be an equal opportunities employer.', 'BrightSmile Dental is proud to be an equal opportunity workplace.'] },
        { heading: 'Benefits', kind: 'benefits', lines: ['Flexible schedule', 'Night shift', 'Weekly pay'] },
        {
          heading: 'The role',
          kind: 'responsibilities',
          lines: [
            'Greet patients and check them in for their appointments.',
            'Visits to the practice are warmly welcomed; please call the office to arrange one.',
            'We will not sponsor visas for this role.',
            'BrightSmile Dental is committed to safeguarding and promoting the welfare of children.',
          ],
        },
      ],
    });
    expect(read.map((l) => l.role)).toEqual(['heading', 'company', 'legal', 'legal', 'heading', 'benefit', 'benefit', 'benefit', 'heading', 'duty', 'meta', 'requirement', 'legal']);
  });

  it('reads a Japanese or Vietnamese call to apply under the duties as how to apply, and the duties beside it as duties', () => {
    const ja = rolesUnderDuties(['応募後、担当者よりご連絡いたします。', 'ハンディ端末を使った商品のピッキング'], 'ja');
    expect(Object.values(ja)).toEqual(['heading', 'meta', 'duty']);
    const vi = rolesUnderDuties(['Ứng viên quan tâm vui lòng nộp hồ sơ trực tiếp tại văn phòng công ty.', 'Nhận hàng tại kho và giao đến tận tay khách hàng'], 'vi');
    expect(Object.values(vi)).toEqual(['heading', 'meta', 'duty']);
  });

  it("reads how applicants are evaluated and told ('You will be evaluated…', 'you will be notified…') as no duty, under the duties or under USAJOBS' own heading", () => {
    const roles = rolesUnderDuties([
      'You will be evaluated for this job based on how well you meet the qualifications above.',
      'Once the announcement closes, you will be notified of your status.',
      'You will be helping customers choose the right plan.',
    ]);
    expect(Object.values(roles)).toEqual(['heading', 'meta', 'meta', 'duty']);
    expect(headingKind('How You Will Be Evaluated')).toBe('apply');
  });

  it('reads a German duty of capitalised nouns ("Sauberhalten des Arbeitsbereichs") as a duty, not a heading by its Title Case', () => {
    const lines = ['Sauberhalten des Arbeitsbereichs', 'Kommissionierung von Waren nach Auftrag', 'Unser Angebot', 'Unbefristeter Arbeitsvertrag'];
    const read = postingLines({ title: 'Lagermitarbeiter (m/w/d)', company: 'Nordwind Logistik GmbH', location: null, language: 'de', sections: [{ heading: 'Ihre Aufgaben', kind: 'responsibilities', lines }] });
    expect(read.map((l) => l.role)).toEqual(['heading', 'duty', 'duty', 'heading', 'benefit']);
  });

  it("reads duties naming pay work, children's ages or CAD as duties, not terms or experience asked, in their own languages", () => {
    const cases: [string, string, string][] = [
      ['ja', '仕事内容', '給与計算および社会保険の手続き'],
      ['es', 'Funciones', 'Cuidado de niños de 0 a 3 años'],
      ['it', 'Mansioni', 'Progettazione meccanica con software CAD 3D'],
      ['en', 'Duties', 'Teach children aged 3 to 5 years'],
    ];
    for (const [language, heading, line] of cases) {
      const read = postingLines({ title: 'Staff', company: 'Acme', location: null, language, sections: [{ heading, kind: 'responsibilities', lines: [line] }] });
      expect([line, read[1]?.role]).toEqual([line, 'duty']);
    }
    const read = postingLines({ title: 'Staff', company: 'Acme', location: null, language: 'es', sections: [{ heading: 'Funciones', kind: 'responsibilities', lines: ['Experiencia de 2 a 5 años en atención al cliente', 'Salario: CAD 80,000 al año'] }] });
    expect(read.map((l) => l.role)).toEqual(['heading', 'requirement', 'benefit']);
  });
});

describe('a German further qualification asked for, and one offered', () => {
  it("reads 'Weiterbildung zur…' under the profile as an ask, under the offer as the terms (markup set 173: an ask read as a perk)", () => {
    expect(rolesBelow('Pflegedienstleitung', 'Ihre Qualifikation', 'requirements', ['Weiterbildung für basales und mittleres Pflegemanagement', 'Weiterbildung zur Praxisanleitung'], 'de')).toEqual(['requirement', 'requirement']);
    expect(rolesBelow('Pflegefachkraft', 'Wir bieten', 'benefits', ['Weiterbildung zur Praxisanleitung', 'Fort- und Weiterbildungsmöglichkeiten'], 'de')).toEqual(['benefit', 'benefit']);
  });
});

describe('a small employer’s posting written as prose, under no heading', () => {
  const roles = (lines: string[], language = 'en'): Record<string, LineRole> =>
    Object.fromEntries(postingLines({ title: 'Weekend Baker', company: null, location: null, language, sections: [{ heading: null, kind: 'other', lines }] }).map((l) => [l.text, l.role]));

  it('reads "After the bake you\'ll clean…", "You\'ll help with…", "You will look after…" and French futures ("Vous mettrez…") as duties; joining, hearing back and being paid as none', () => {
    const duties = [
      'After the morning bake you’ll clean down the ovens and benches and take in the flour delivery.',
      'Once the shop closes you will count the till and lock up.',
      'You’ll help with lambing in the spring and feed the sheep.',
      'You will look after the parks, the war memorial and the cemetery grounds.',
    ];
    expect(roles(duties)).toEqual(Object.fromEntries(duties.map((l) => [l, 'duty'])));
    // Alone (a section of three lines or more takes the role most of them have).
    for (const line of ['After your interview you’ll hear from us within a week.', 'You will look forward to every shift.', 'When you join you will receive full training.']) expect([line, roles([line])[line]]).not.toEqual([line, 'duty']);
    for (const line of ['Vous mettrez en place la vitrine le matin et encaisserez les ventes.', 'Vous aiderez aux changes et aux levers matinaux.']) expect([line, roles([line], 'fr')[line]]).toEqual([line, 'duty']);
    for (const line of ['Vous bénéficierez d’une mutuelle et de tickets restaurant.', 'Vous rejoindrez une équipe de dix personnes.']) expect([line, roles([line], 'fr')[line]]).not.toEqual([line, 'duty']);
  });
});

describe('lines a first reading of fresh postings misread (markup set 42)', () => {
  const read = (title: string, heading: string | null, kind: PostingSection['kind'], lines: string[]): Record<string, LineRole> =>
    Object.fromEntries(postingLines({ title, company: 'Acme', location: null, language: 'en', sections: [{ heading, kind, lines }] }).map((l) => [l.text, l.role]));

  it('reads "Knowledge of HIPAA" among the asks as one of them, not a heading naming them again', () => {
    expect(read('Medical Receptionist', 'Qualifications', 'requirements', ['High school diploma or equivalent', 'Knowledge of HIPAA'])['Knowledge of HIPAA']).toBe('requirement');
    expect(read('Analyst', 'Qualifications', 'requirements', ['Knowledge and Skills'])['Knowledge and Skills']).toBe('heading');
  });

  it('reads feedback given to people as work, and a "Give feedback" button as the page\'s', () => {
    const lines = read('AI Trainer', "What you'll be doing", 'responsibilities', ['Give feedback to project leads on unclear guidelines', 'Give feedback', 'Send us feedback']);
    expect(lines).toMatchObject({ 'Give feedback to project leads on unclear guidelines': 'duty', 'Give feedback': 'meta', 'Send us feedback': 'meta' });
  });

  it('reads "This is a freelance contract" as the terms, and "The Analyst is the first point of contact for…" as what the hire does', () => {
    expect(read('AI Trainer', 'Details', 'other', ['This is a freelance contract; you will not be an employee.'])).toMatchObject({ 'This is a freelance contract; you will not be an employee.': 'benefit' });
    const summary = 'The Service Desk Analyst is the first point of contact for staff and students who need help with district technology.';
    expect(read('IT Service Desk Analyst', 'Position Summary', 'other', [summary])[summary]).toBe('duty');
    expect(read('IT Service Desk Analyst', 'Position Summary', 'other', ['The Analyst is a key member of our team.'])['The Analyst is a key member of our team.']).not.toBe('duty');
  });
});

describe('lines a first reading of fresh postings misread (markup set 44)', () => {
  const read = (heading: string | null, kind: PostingSection['kind'], lines: string[]): Record<string, LineRole> =>
    Object.fromEntries(postingLines({ title: 'Operations Associate', company: 'Acme', location: null, language: 'en', sections: [{ heading, kind, lines }] }).map((l) => [l.text, l.role]));

  it('reads "Do basic tune-ups: brakes, tire changes…" as work, not a field; "Do not hesitate to apply" stays none', () => {
    expect(read("What you'll do", 'responsibilities', ['Do basic tune-ups: brakes, tire changes, chain cleaning'])['Do basic tune-ups: brakes, tire changes, chain cleaning']).toBe('duty');
    expect(read(null, 'other', ['Do not hesitate to apply'])['Do not hesitate to apply']).not.toBe('duty');
    expect(read(null, 'other', ['You will do great things here.'])['You will do great things here.']).not.toBe('duty');
  });

  it('reads "We\'re looking for someone who knows…" as what is asked, not the company', () => {
    const lines = ["We're looking for someone who knows East Oakland and speaks Spanish or Cantonese.", 'We are looking for someone with retail experience.'];
    for (const line of lines) expect([line, read(null, 'other', [line])[line]]).toEqual([line, 'requirement']);
  });

  it('reads "We are looking for an LVT who loves…" as the person asked for (markup set 82), not one "who will…" do the work', () => {
    const asked = ['We are looking for an LVT who loves teaching clients as much as caring for pets.', 'We are seeking a bilingual nurse with two years of ICU experience.'];
    for (const line of asked) expect([line, read(null, 'other', [line])[line]]).toEqual([line, 'requirement']);
    const line = 'We are looking for a Data Analyst who will build our reporting.';
    expect(read(null, 'other', [line])[line]).not.toBe('requirement');
  });

  it('reads a line cook\'s closing paragraph as its parts (markup set 85): the asks, the pay after a full stop, the shifts', () => {
    const roles = read('You will:', 'responsibilities', [
      'We need a line cook who can hold the grill station on busy Friday and Saturday nights.',
      'You need 1 year of line experience and a food handler card. $18-21/hr plus tips share. Shifts are 3pm to close, Wed-Sun.',
    ]);
    expect(roles).toMatchObject({
      'We need a line cook who can hold the grill station on busy Friday and Saturday nights.': 'requirement',
      'You need 1 year of line experience and a food handler card.': 'requirement',
      '$18-21/hr plus tips share.': 'benefit',
      'Shifts are 3pm to close, Wed-Sun.': 'benefit',
    });
  });

  it('reads "M-F 7-4:30, some Saturdays." as the hours and "steady work, no layoffs" as what is offered (markup set 87)', () => {
    const roles = read('YOU:', 'requirements', ['own tools', 'M-F 7-4:30, some Saturdays.']);
    expect(roles).toMatchObject({ 'own tools': 'requirement', 'M-F 7-4:30, some Saturdays.': 'benefit' });
    expect(read(null, 'other', ['Steady work and no layoffs since 2012.'])['Steady work and no layoffs since 2012.']).toBe('benefit');
  });

  it('reads "Apply at pinerowe.com/careers." as how to apply (markup set 83), under the asks it closes', () => {
    const roles = read('Qualifications', 'requirements', ["Bachelor's degree in accounting", 'Apply at pinerowe.com/careers.']);
    expect(roles['Apply at pinerowe.com/careers.']).toBe('meta');
    expect(roles["Bachelor's degree in accounting"]).toBe('requirement');
  });
});

describe('Chinese lines a first reading of fresh postings misread (markup set 45)', () => {
  const read = (heading: string, kind: PostingSection['kind'], lines: string[]): Record<string, LineRole> =>
    Object.fromEntries(postingLines({ title: '外卖配送员', company: '速达', location: null, language: 'zh-CN', sections: [{ heading, kind, lines }] }).map((l) => [l.text, l.role]));

  it('reads calling a customer as work, and "请电话联系" as how to apply', () => {
    const roles = read('工作内容', 'responsibilities', ['遇到地址不清或顾客不在时，电话联系顾客确认', '电话回访客户，了解满意度', '有意者请电话联系']);
    expect(roles['遇到地址不清或顾客不在时，电话联系顾客确认']).toBe('duty');
    expect(roles['电话回访客户，了解满意度']).toBe('duty');
    expect(roles['有意者请电话联系']).toBe('meta');
  });

  it('reads good eyesight asked with the shifts as asked, not the terms', () => {
    expect(read('岗位要求', 'requirements', ['视力良好，能适应两班倒'])['视力良好，能适应两班倒']).toBe('requirement');
  });
});

describe('how to apply, told as the application to complete (markup set 51)', () => {
  const roleOf = (line: string, heading: string | null = null, kind: PostingSection['kind'] = 'other'): LineRole | undefined =>
    postingLines({ title: 'Library Assistant I', company: 'Acme', location: null, language: 'en', sections: [{ heading, kind, lines: [line] }] }).find((l) => l.text === line)?.role;

  it('reads completing or downloading the application as how to apply, not an ask or the company', () => {
    for (const line of ['Applicants must complete the online application; resumes will not be accepted in lieu of the application.', 'Please download the application form from our website.', 'Complete the application form and return it to the school office.']) {
      expect([line, roleOf(line)]).toEqual([line, 'meta']);
    }
  });

  it('reads it so under a heading the asks lend their kind ("Supplemental Information" after the qualifications); a check to complete stays asked', () => {
    const read = postingLines({ title: 'Library Assistant I', company: 'Acme', location: null, language: 'en', sections: [
      { heading: 'Typical Qualifications', kind: 'requirements', lines: ['High school diploma or GED.'] },
      { heading: 'Supplemental Information', kind: 'requirements', lines: ['Applicants must complete the online application; resumes will not be accepted in lieu of the application.', 'Applicants must complete a background check.'] },
    ] });
    expect(read.map((l) => l.role)).toEqual(['heading', 'requirement', 'heading', 'meta', 'requirement']);
  });

  it("keeps a caseworker's applications for clients as work", () => {
    for (const line of ['Help clients complete the application for food assistance', 'Complete the application for benefits with each client', 'Complete the application process for new vendors']) {
      expect([line, roleOf(line, 'Duties', 'responsibilities')]).toEqual([line, 'duty']);
    }
  });
});

describe("a US job-description template's fine print (markup set 64)", () => {
  it('reads "… include the following." as the lead-in it is, and "Other duties may be assigned." as the disclaimer, not duties', () => {
    expect(rolesUnder('Maintenance Technician', null, 'other', ['Essential Duties and Responsibilities include the following. Other duties may be assigned.', 'Troubleshoots and repairs hydraulic systems on production equipment.'])).toEqual([
      ['Essential Duties and Responsibilities include the following.', 'heading'],
      ['Other duties may be assigned.', 'legal'],
      ['Troubleshoots and repairs hydraulic systems on production equipment.', 'duty'],
    ]);
  });

  it('keeps work that ends "as follows" a duty when a duty verb opens it, and "other duties as assigned" a duty', () => {
    expect(rolesUnder('Clerk', 'Duties', 'responsibilities', ['Prepare the weekly report as follows.', 'Performs other duties as assigned.'])).toEqual([
      ['Duties', 'heading'],
      ['Prepare the weekly report as follows.', 'duty'],
      ['Performs other duties as assigned.', 'duty'],
    ]);
  });

  it('reads "no supervisory responsibilities" as a fact about the job, not work', () => {
    expect(rolesUnder('Maintenance Technician', 'Supervisory Responsibilities', 'responsibilities', ['This job has no supervisory responsibilities.'])).toEqual([
      ['Supervisory Responsibilities', 'heading'],
      ['This job has no supervisory responsibilities.', 'meta'],
    ]);
  });

  it('reads an invitation to under-represented groups to apply as the equal-opportunity notice, even among the perks', () => {
    const line = 'Aboriginal and Torres Strait Islander people, people with disability and people from culturally diverse backgrounds are encouraged to apply.';
    expect(rolesUnder('Support Worker', "What's in it for you", 'benefits', ['Paid training and kilometre reimbursement', line])[2]).toEqual([line, 'legal']);
    expect(rolesUnder('Support Worker', null, 'other', ['Recent graduates are encouraged to apply.'])[0]![1]).not.toBe('legal');
  });
});

describe('Hong Kong and Taiwan fine print (markup set 66)', () => {
  it('reads what the applicant data is for as the privacy notice, even among the perks or in brackets', () => {
    const en = 'All information provided will be treated in strict confidence and used for recruitment purposes only.';
    expect(rolesUnder('Accounts Clerk', 'Benefits', 'benefits', ['5-day work week', en])[2]).toEqual([en, 'legal']);
    expect(rolesUnder('客户服务主任', '福利', 'benefits', ['医疗福利', '(申请人所提供的资料只作招聘用途)'], 'zh')[2]).toEqual(['(申请人所提供的资料只作招聘用途)', 'legal']);
  });

  it('reads sending the résumé (履历) as how to apply, in either script', () => {
    for (const line of ['申请人请把履历寄往本公司人力资源部。', '申請人請把履歷寄往本公司人力資源部。']) {
      expect([line, rolesUnder('客户服务主任', '福利', 'benefits', ['有薪年假', line], 'zh')[2]![1]]).toEqual([line, 'meta']);
    }
  });

  it('names the days off and the shift hours as the terms', () => {
    expect(['休假制度', '上班時段', '工作时段', '上班时间'].map(headingKind)).toEqual(['benefits', 'benefits', 'benefits', 'benefits']);
  });
});

describe('public-sector, Mexican and Japanese postings (markup set 67)', () => {
  it('reads the team described as the employer, and the role summary after it as work', () => {
    const team = 'The Grants Operations team administers more than 40 grant programs for regional and remote communities.';
    const summary = 'As an APS 5 Grants Officer you will manage a portfolio of grant agreements from assessment through to acquittal.';
    expect(rolesUnder('Grants Officer', 'About the role', 'responsibilities', [team, summary]).slice(1)).toEqual([[team, 'company'], [summary, 'duty']]);
  });

  it('reads a word limit for the statement as how to apply, and applications invited from the groups named as the notice', () => {
    const limit = 'In no more than 750 words, tell us how your skills and experience make you a good fit for this role, addressing the criteria below.';
    expect(rolesUnder('Grants Officer', 'Key selection criteria', 'requirements', [limit, 'Demonstrated experience in contract management'])[1]).toEqual([limit, 'meta']);
    const invited = 'The Department is committed to a diverse workforce and encourages applications from Aboriginal and Torres Strait Islander people, people with disability and people from culturally and linguistically diverse backgrounds.';
    expect(rolesUnder('Grants Officer', null, 'other', [invited])[0]).toEqual([invited, 'legal']);
    expect(rolesUnder('Grants Officer', null, 'other', ['We encourage applications from recent graduates.'])[0]![1]).not.toBe('legal');
  });

  it('reads Mexican statutory benefits and schooling fields, the employer announcing the hire and a Chinese expiry date', () => {
    expect(rolesBelow('Auxiliar de almacén', 'Ofrecemos', 'benefits', ['Sueldo semanal de $2,400', 'Prestaciones de ley', 'Vales de despensa'], 'es')).toEqual(['benefit', 'benefit', 'benefit']);
    expect(rolesBelow('Auxiliar de almacén', 'Requerimientos', 'requirements', ['Educación mínima: Educación secundaria', 'Escolaridad: Bachillerato'], 'es')).toEqual(['requirement', 'requirement']);
    expect(rolesUnder('Auxiliar de almacén', 'Descripción de la oferta', 'other', ['Empresa líder en distribución de autopartes solicita:'], 'es')[1]![1]).toBe('company');
    expect(rolesUnder('电商运营专员', '其他信息', 'other', ['职位有效期：2025-12-31'], 'zh')[1]).toEqual(['职位有效期：2025-12-31', 'meta']);
    expect(['Actividades', 'Actividades a realizar', 'Requerimientos'].map(headingKind)).toEqual(['responsibilities', 'responsibilities', 'requirements']);
  });

  it('reads a Japanese sentence in kana that names the position as the employer\'s, and a name with its katakana reading as a label', () => {
    expect(rolesUnder('ストーリーテラー', '仕事内容', 'responsibilities', ['インタラクターのポジションです。', 'Show Experience（ショーエクスペリエンス）', 'プルリクエストのコードレビュー'], 'ja').slice(1)).toEqual([
      ['インタラクターのポジションです', 'company'],
      ['Show Experience（ショーエクスペリエンス）', 'heading'],
      ['プルリクエストのコードレビュー', 'duty'],
    ]);
  });
});

describe('cleared, trucking, travel-nurse, retail and Chinese public-sector postings (markup set 68)', () => {
  it('reads a clearance and travel as asked for, a contract length as the terms, even as fields', () => {
    const lines = ['Clearance: Active TS/SCI with Full Scope Polygraph', 'Travel: Up to 10%', 'Contract: 13 weeks'];
    expect(rolesUnder('Systems Administrator', null, 'other', lines).map((r) => r[1])).toEqual(['requirement', 'requirement', 'benefit']);
  });

  it("reads a retailer's note on the qualifications listed as its boilerplate, not the asks", () => {
    const note = ['Outlined below are the required minimum qualifications for this position.', 'If none are listed, there are no minimum qualifications.'];
    expect(rolesBelow('Store Associate', 'Minimum Qualifications', 'requirements', [...note, 'Must be 16 years of age or older'])).toEqual(['legal', 'legal', 'requirement']);
  });

  it('reads a bold line with a sum of money as the pay, not a heading', () => {
    const read = postingLines({ title: 'Truck Driver', company: 'Acme', location: null, language: 'en', sections: [
      { heading: 'Home weekly – $1,500 sign-on bonus', kind: 'other', lines: ['Acme is hiring Class A drivers for our regional fleet.'] },
      { heading: 'Pay: $0.62 per mile', kind: 'benefits', lines: ['Paid detention and layover'] },
    ] });
    expect(read.filter((l) => l.text.includes('$')).map((l) => [l.text, l.role])).toEqual([['Home weekly – $1,500 sign-on bonus', 'benefit'], ['Pay: $0.62 per mile', 'benefit']]);
  });

  it('reads a public employer announcing the opening (因工作需要…公开招聘…) as the employer, not a duty', () => {
    const line = '因工作需要，我院面向社会公开招聘工作人员1名，具体如下：';
    expect(rolesUnder('综合管理岗', null, 'other', [line, '负责院内公文起草、审核及档案管理；'], 'zh').map((r) => r[1])).toEqual(['company', 'duty']);
  });
});

describe('emoji-led, UK care, TopCV and InfoJobs postings (markup set 69)', () => {
  it('reads "Not sure you tick every box? Apply anyway! 🙌" as the encouragement it is, and leaves the emoji no line of its own', () => {
    const read = rolesUnder('Growth Designer', '🎁 Perks', 'benefits', ['30 days off', 'Not sure you tick every box? Apply anyway! 🙌']);
    expect(read.slice(2)).toEqual([['Not sure you tick every box?', 'legal'], ['Apply anyway!', 'legal']]);
  });

  it('reads a TopCV workplace line ("Hà Nội: 25 Lê Văn Lương") as the address, not pay (lương)', () => {
    expect(rolesUnder('Kế toán', 'Địa điểm làm việc', 'other', ['Hà Nội: 25 Lê Văn Lương, Thanh Xuân'], 'vi')[1]).toEqual(['Hà Nội: 25 Lê Văn Lương, Thanh Xuân', 'meta']);
  });
});

describe('Naukri, Workable, Teamtailor and BambooHR postings (markup set 70)', () => {
  it("reads an Indian degree field as asked for, even after the perks", () => {
    const read = rolesUnder('Accounts Executive', 'Perks and benefits', 'benefits', ['PF, ESI and annual bonus', 'UG: B.Com in Any Specialization', 'PG: M.Com in Finance'], 'en-IN');
    expect(read.slice(2).map((r) => r[1])).toEqual(['requirement', 'requirement']);
    expect(rolesUnder('Engineer', 'Requirements', 'requirements', ['B.Tech/B.E. in Computer Science'])[1]![1]).toBe('requirement');
  });

  it('reads applications reviewed as they come as how to apply, not the company', () => {
    const line = "We review applications continuously, so don't wait to apply.";
    expect(rolesUnder('Backend Engineer', 'Good to know', 'other', [line])[1]).toEqual([line, 'meta']);
  });
});

describe('short prose postings in Spanish and Japanese (markup set 72)', () => {
  it('reads the employer announcing the job by its title as the employer, and "Se encargará de…" as the work', () => {
    const lines = ['Hotel de cuatro estrellas en Málaga busca recepcionista para el turno de tarde.', 'Se encargará del check-in y check-out de los huéspedes y de gestionar las reservas en el PMS.'];
    expect(rolesUnheaded(lines, 'Recepcionista de hotel', null, 'es').map((r) => r[1])).toEqual(['company', 'duty']);
  });

  it('reads "当社は…です" as the company saying what it is, and "お仕事は…です" as the work', () => {
    const lines = ['当社は横浜市内で賃貸物件の管理を行っている不動産会社です。', 'お仕事は、契約書類の作成やデータ入力、電話・来客対応などです。'];
    expect(rolesUnheaded(lines, '一般事務', null, 'ja').map((r) => r[1])).toEqual(['company', 'duty']);
  });
});

describe('more short prose postings: Vietnamese, a Chinese shop notice (markup set 73)', () => {
  it('reads "Công việc chính là…" as the work and "vui lòng gọi…" as how to apply', () => {
    const lines = ['Công việc chính là tư vấn sản phẩm cho khách, sắp xếp hàng hóa trên kệ và thu ngân khi cần.', 'Ứng viên quan tâm vui lòng gọi 0903 000 000.'];
    expect(rolesUnheaded(lines, 'Nhân viên bán hàng', null, 'vi').map((r) => r[1])).toEqual(['duty', 'meta']);
  });

  it('reads a shop announcing its opening (本店招聘…两名) as the employer, not a duty', () => {
    expect(rolesUnheaded(['本店招聘服务员两名。', '点菜、传菜、收拾餐桌。'], '服务员', null, 'zh').map((r) => r[1])).toEqual(['company', 'duty']);
  });
});

describe('US clinic, city and startup postings (markup set 74)', () => {
  it('reads a perk the position is eligible for as the terms, even after the asks; eligibility for employment stays asked', () => {
    const lines = ['This position is eligible for a hybrid schedule after six months.', 'To be eligible for employment you must be a US citizen.'];
    expect(rolesBelow('Data Analyst', 'Minimum Qualifications', 'requirements', lines)).toEqual(['benefit', 'requirement']);
  });
});

describe('markup set 79: a Workday summary, a pay-transparency note, an Italian public notice, a Japanese one-line summary', () => {
  it('reads the work after a reporting line ("you will report to the Controller and help build…"), not the reporting line alone', () => {
    const lines = ['As a Senior Accountant, you will report to the Controller and help build an accounting function that scales with us.', 'You will report to the Controller.'];
    expect(rolesBelow('Senior Accountant', 'About the Role', 'other', lines)).toEqual(['duty', 'company']);
  });

  it('reads "Final offers depend on experience" under a pay-transparency heading as the pay, not a notice', () => {
    expect(rolesUnder('Senior Accountant', 'Pay Transparency', 'legal', ['The base salary range for this role is $105,000 – $125,000.', 'Final offers depend on experience and location.']).slice(1)).toEqual([
      ['The base salary range for this role is $105,000 – $125,000.', 'benefit'],
      ['Final offers depend on experience and location.', 'benefit'],
    ]);
  });

  it("reads an Italian public notice's announcement, its CCNL pay and its deadline for applications by their own words", () => {
    const lines = ['AVVISO PUBBLICO per titoli e colloquio per il conferimento di incarichi a tempo determinato di Collaboratore Professionale Sanitario – Infermiere.', 'Quello previsto dal CCNL del personale del comparto Sanità.', 'La domanda deve essere presentata entro il 15 gennaio 2027 esclusivamente tramite la piattaforma online.'];
    expect(rolesUnheaded(lines, 'Infermiere/a - tempo determinato', 'Azienda Ospedaliera San Carlo', 'it').map(([, role]) => role)).toEqual(['company', 'benefit', 'meta']);
  });

  it('reads "…倉庫でのお仕事です" under 仕事内容 as the work, though it ends as a description does', () => {
    expect(rolesBelow('倉庫内軽作業スタッフ', '仕事内容', 'responsibilities', ['ネット通販の商品を扱う倉庫でのお仕事です。', '・ハンディ端末を使ったピッキング'], 'ja')).toEqual(['duty', 'duty']);
  });
});

describe('markup set 81: a county dispatcher posting', () => {
  it('reads "Dispatchers work 12-hour rotating shifts…" as the hours, and the title in the plural doing work as a duty', () => {
    const lines = ['Dispatchers work 12-hour rotating shifts, including nights, weekends and holidays.', 'Dispatchers answer 911 calls and send police, fire and EMS units.'];
    expect(rolesUnheaded(lines, 'Emergency Communications Dispatcher', 'Harlan County').map(([, role]) => role)).toEqual(['benefit', 'duty']);
  });
});

describe('markup set 93', () => {
  it('reads "you\'ll help customers find…" as work: help is the verb when none follows it', () => {
    const summary = "As a Store Associate at Brightline Outfitters, you'll help customers find the right gear for their next adventure.";
    expect(rolesUnder('Store Associate (Part-Time)', 'Job Description', 'other', [summary])[1]).toEqual([summary, 'duty']);
  });
});

describe('markup set 92', () => {
  it('reads "our … team" doing its own work as the team described, not the hire\'s duty', () => {
    const team = 'Our risk team keeps fraud losses low so that honest customers get paid faster.';
    expect(rolesUnder('Data Scientist, Risk', null, 'other', [team])[0]).toEqual([team, 'company']);
    expect(roleUnderDuties('Keep fraud losses low by tuning our risk rules')).toBe('duty');
  });
});

describe('markup set 94', () => {
  it('reads the right to work, citizenship and an Australian certificate as asked of the candidate, under any heading', () => {
    const lines = ['Full working rights in Australia', 'Eligible to work in Canada', 'U.S. citizenship is required', 'Certificate III or IV in Commercial Cookery', 'Diploma of Nursing'];
    const roles = rolesUnderDuties(lines);
    for (const line of lines) expect(roles[line], line).toBe('requirement');
    expect(roleUnderDuties('Process citizenship applications and right to work checks')).toBe('duty');
  });
});

describe('credentials and checks listed with the duties', () => {
  it('reads a credential the hire keeps and a check the hire passes as asked of the candidate, and the records kept of others as work', () => {
    const asked = ["Maintain a valid driver's license", 'Maintain current BLS and ACLS certification', 'Hold a valid RN license in Ohio', 'Maintain an active Secret security clearance', 'Pass a background check and drug screen', 'Undergo annual TB testing'];
    const work = ["Maintain driver's license records for all fleet drivers", 'Maintain certification records for all staff', 'Keep current on coding guidelines and payer rules', 'Complete background checks on new volunteers', 'Maintain accurate patient records'];
    const roles = rolesUnderDuties([...asked, ...work]);
    for (const line of asked) expect(roles[line], line).toBe('requirement');
    for (const line of work) expect(roles[line], line).toBe('duty');
  });
});

describe('markup set 101', () => {
  it('reads a "not a comprehensive list of duties" disclaimer as legal text under any heading', () => {
    const line = 'The above Job Description is not intended to be a comprehensive list of all duties involved.';
    expect(rolesUnder('Senior Occupational Therapist', 'Eligibility Criteria', 'requirements', [line])[1]).toEqual([line, 'legal']);
    expect(roleUnderDuties('This list is not a complete list of duties.')).toBe('legal');
    expect(roleUnderDuties('Compile a comprehensive list of suppliers')).toBe('duty');
  });
});

describe('markup set 102', () => {
  it('reads shift differentials as pay and a held credential in an unheaded list as asked, no heading', () => {
    expect(roleUnderDuties('Shift differentials for evenings and nights')).toBe('benefit');
    expect(roleUnderDuties('Calculate shift differentials and overtime for payroll')).toBe('duty');
    const lines = ['Take and record vital signs', 'Active Texas CNA certification', 'CPR certification within 30 days of hire'];
    expect(rolesUnheaded(lines, 'Certified Nursing Assistant (CNA)', 'Sunrise Senior Living').map(([, role]) => role)).toEqual(['duty', 'requirement', 'requirement']);
  });
});

describe('the first point of contact named in French, Spanish and Italian, and the review of applications', () => {
  it('reads "vous serez le premier interlocuteur", "serás el primer punto de contacto", "sarai il punto di riferimento" as the duty they say, under a plain description heading', () => {
    const said: [string, string, string][] = [
      ['fr', 'Descriptif du poste', "Au sein de l'équipe Service Client, vous serez le premier interlocuteur de nos clients professionnels."],
      ['fr', 'Descriptif du poste', 'Vous serez la référente qualité du site.'],
      ['es', 'Descripción', 'Serás el primer punto de contacto de nuestros clientes.'],
      ['it', 'Descrizione', 'Sarai il punto di riferimento per i clienti del negozio.'],
    ];
    for (const [lang, heading, line] of said) expect([line, rolesUnder('Agent', heading, 'other', [line], lang)[1]![1]]).toEqual([line, 'duty']);
  });

  it('reads "Review of applications will begin…" and "…until the position is filled" under "Application Instructions" as the process, not work; reviewing applications as a duty stays one', () => {
    expect(rolesBelow('Academic Advisor', 'Application Instructions:', 'apply', ['Review of applications will begin January 15, 2027 and continue until the position is filled.', 'Screening of candidates begins March 3.'])).toEqual(['meta', 'meta']);
    expect(roleUnderDuties('Review applications for building permits and issue decisions')).toBe('duty');
  });
});

describe('a French duty said in the present, and the terms on a job-details chip', () => {
  it('reads "Vous aidez…", "Vous renseignez…" in an unheaded description as work, and "Vous maîtrisez…", "Vous appréciez…" under a profile as asks', () => {
    const duties = ["Au sein d'un EHPAD de 80 résidents, vous assurez les soins d'hygiène et de confort.", 'Vous aidez les résidents lors des repas et des déplacements.', 'Vous renseignez le dossier de soins informatisé.'];
    expect(rolesUnheaded(duties, 'Aide-soignant de nuit', 'EHPAD Les Tilleuls', 'fr').map(([, role]) => role)).toEqual(['duty', 'duty', 'duty']);
    const asks = ['Vous maîtrisez Excel.', 'Vous appréciez le travail en équipe.', 'Vous utilisez couramment les outils bureautiques.'];
    expect(rolesBelow('Assistant', 'Profil', 'requirements', asks, 'fr')).toEqual(['requirement', 'requirement', 'requirement']);
  });

  it('reads "Contract W2" and "Depends on Experience" as the terms, not a heading (headingKind alone takes "Experience" for the asks)', () => {
    const read = rolesUnheaded(['Contract W2', 'Depends on Experience', 'Build and maintain batch pipelines in Spark'], 'Senior Data Engineer', 'Keystone IT Partners');
    expect(read.map(([, role]) => role)).toEqual(['benefit', 'benefit', 'duty']);
    expect(roleUnderDuties('Prepare and file W-2 and 1099 forms for employees and contractors')).toBe('duty');
  });
});

describe('a classified ad in prose and a Chinese banner (markup set 107)', () => {
  it('reads "You\'ll prep…" as work and "Please reply with your availability…" as the application, not the company', () => {
    const lines = ['Busy family-owned Mexican restaurant in Tucson looking for a line cook for evening shifts.', "You'll prep proteins and salsas before service and work the grill during dinner rush.", "Please reply with your availability and where you've cooked before."];
    expect(rolesUnheaded(lines, 'Line Cook - Evenings', 'Casa Morales').map(([, role]) => role)).toEqual(['company', 'duty', 'meta']);
  });

  it('reads "社区养老服务中心招聘护理员啦！" as the employer announcing, no duty; recruiting as HR work stays a duty', () => {
    const read = postingLines({ title: '护理员', company: null, location: null, language: 'zh', sections: [{ heading: null, kind: 'other', lines: ['📢 招聘 | 社区养老服务中心招聘护理员啦！', '【岗位职责】', '🔸为社区老人提供助餐、助浴、助洁等上门服务；'] }] });
    expect(read.map((l) => l.role)).toEqual(['company', 'heading', 'duty']);
    expect(rolesUnder('招聘专员', '岗位职责', 'responsibilities', ['负责招聘护理员和保洁员，安排面试'], 'zh')[1]![1]).toBe('duty');
  });
});

describe("a public-sector posting's eligible list (markup set 108)", () => {
  it('reads "…will be placed on an eligible list…" as the selection process even where an unknown heading carries on the asks; keeping an eligibility list as work stays a duty', () => {
    expect(rolesBelow('Permit Technician I', 'Supplemental Information', 'requirements', ['Candidates who pass the written exam will be placed on an eligible list valid for one year.', 'The eligibility list may be used to fill future vacancies.'])).toEqual(['meta', 'meta']);
    expect(roleUnderDuties('Maintain the eligibility list for Medicaid applicants and update records')).toBe('duty');
  });
});

describe('a staffing contract\'s details (markup set 111)', () => {
  it('reads its contract length, rotating shifts and wellness support as the terms, not asks carried on from the heading before', () => {
    // "Details" names no kind: a board may put the whole description under it ("Job details"), and a duty under the terms' heading would be lost.
    expect(headingKind('Details:')).toBeNull();
    const lines = ['Contract length: 6 months, possible extension', 'Rotating shifts including nights and weekends', 'Wellness support and counseling sessions provided'];
    // Its section carries on the asks' kind (sections.ts); its lines' own words outvote it.
    const read = postingLines({ title: 'Content Moderator', company: 'BrightPath Staffing', location: null, language: 'en', sections: [{ heading: 'Requirements', kind: 'requirements', lines: ['Fluent in English and Arabic'] }, { heading: 'Details', kind: 'requirements', lines }] });
    expect(read.map((l) => l.role)).toEqual(['heading', 'requirement', 'heading', 'benefit', 'benefit', 'benefit']);
    expect(rolesUnheaded(['Contract length: 6 months, possible extension'], 'Content Moderator', 'BrightPath Staffing')[0]![1]).toBe('benefit');
  });
});

describe('an application line that asks for the expected salary (markup set 114)', () => {
  it('reads "Interested parties please send your full resume with expected salary…" as the application, not the pay', () => {
    expect(rolesBelow('Accounts Clerk', 'Requirements', 'requirements', ['Diploma or above in Accounting', 'Interested parties please send your full resume with expected salary by clicking Quick Apply.'])).toEqual(['requirement', 'meta']);
    expect(roleUnderDuties('Send monthly statements and chase overdue invoices')).toBe('duty');
  });
});

describe('a trade named in capitals in a Spanish item (markup set 115)', () => {
  it('reads "Estudiantes avanzados de Contador Público" as an ask, not a heading; a Romance heading in capitals stays one', () => {
    expect(rolesBelow('Administrativo/a de Facturación', 'Requisitos', 'requirements', ['Estudiantes avanzados de Contador Público', 'Manejo de Excel intermedio'], 'es')).toEqual(['requirement', 'requirement']);
    expect(rolesUnheaded(['Perfil del Candidato', 'Experiencia mínima de 2 años en facturación'], 'Administrativo/a de Facturación', 'LogiSur', 'es').map(([, role]) => role)).toEqual(['heading', 'requirement']);
  });
});

describe("a duty's share of time and a headhunter's note (markup set 116)", () => {
  it('reads "35%" alone in its cell as a figure of the page, no duty, a pay range with no word in it still as pay', () => {
    const read = postingLines({ title: 'Financial Aid Counselor', company: 'Western Plains University', location: null, language: 'en', sections: [{ heading: 'Duties', kind: 'responsibilities', lines: ['Meet with students and parents to explain aid eligibility and award packages.', '35%'] }, { heading: 'Salary', kind: 'benefits', lines: ['$48,500–$54,000'] }] });
    expect(read.map((l) => l.role)).toEqual(['heading', 'duty', 'meta', 'heading', 'benefit']);
  });

  it('reads "本职位由猎头顾问代为发布，企业信息保密" as the posting\'s own note under the pay heading; posting jobs as recruiting work stays a duty', () => {
    expect(rolesBelow('华东区域销售经理', '薪资福利', 'benefits', ['年薪30-45万，另有季度奖金和车补。', '本职位由猎头顾问代为发布，企业信息保密。'], 'zh')).toEqual(['benefit', 'meta']);
    expect(rolesUnder('招聘专员', '岗位职责', 'responsibilities', ['负责在各招聘平台发布职位信息，筛选简历'], 'zh')[1]![1]).toBe('duty');
  });
});

describe("a UK council's Disability Confident line (markup set 117)", () => {
  it('reads "We are a Disability Confident employer and guarantee an interview to disabled applicants…" as the legal notice it is, not the company; guaranteeing interview slots as work is no notice', () => {
    expect(rolesBelow('Benefits Assessment Officer', 'About you', 'requirements', ['Experience of working with the public is essential.', 'We are a Disability Confident employer and guarantee an interview to disabled applicants who meet the essential criteria.'])).toEqual(['requirement', 'legal']);
    expect(roleUnderDuties('Schedule and guarantee interview slots for candidates')).toBe('duty');
  });
});

describe("a delivery platform's insurance for its riders (markup set 118)", () => {
  it('reads "平台提供骑手意外险和职业伤害保障" as what the platform provides, not a duty; selling or claiming insurance stays work', () => {
    expect(rolesUnheaded(['工作内容：到商家取餐，按时送达顾客手中', '平台提供骑手意外险和职业伤害保障'], '外卖骑手', '上海拉扎斯信息科技有限公司', 'zh').map(([, role]) => role)).toEqual(['duty', 'benefit']);
    expect(rolesUnheaded(['负责向客户推荐意外险和商业保险产品，完成销售目标', '协助客户办理工伤和意外险理赔'], '保险顾问', '平安保险代理', 'zh').map(([, role]) => role)).toEqual(['duty', 'duty']);
    // What the employer provides its staff is the terms; the services it provides its clients describe it.
    expect(rolesUnheaded(['公司提供住宿和工作餐', '公司提供一站式跨境物流服务，客户遍布全球', '为客户提供售后服务'], '跟单员', '宁波远航物流有限公司', 'zh').map(([, role]) => role)).toEqual(['benefit', 'company', 'duty']);
  });
});

describe('one-word qualities, a selection process and the pay asked of the applicant (markup sets 144 and 147)', () => {
  it('reads one word as a heading only when it names a section: "Dependability" under "Personal suitability" is asked', () => {
    expect(rolesBelow('Cook', 'Personal suitability', 'requirements', ['Dependability', 'Team player'])).toEqual(['requirement', 'requirement']);
    expect(rolesUnheaded(['FUNCTIONS', 'Prepare and cook complete meals', 'Qualifications', 'Two years of line cook experience'], 'Cook', 'Maple Leaf Diner').map(([, role]) => role)).toEqual(['heading', 'duty', 'heading', 'requirement']);
  });

  it('reads "We\'ll assess you against these behaviours…" as the selection process, not the company; "We build…" stays the company', () => {
    expect(rolesBelow('Caseworker', 'Behaviours', 'other', ["We'll assess you against these behaviours during the selection process: Making Effective Decisions, Delivering at Pace.", 'We build digital services used by millions of people.'])).toEqual(['meta', 'company']);
  });

  it('reads "Interested parties please apply with expected salary." as how to apply, not the pay; a salary offered stays pay', () => {
    expect(rolesBelow('Bakery Shop Assistant', 'Requirements', 'requirements', ['F.5 or above, fluent Cantonese', 'Interested parties please apply with expected salary.', 'Salary: HK$16,000 per month'])).toEqual(['requirement', 'meta', 'benefit']);
  });
});

describe("a German cleaner's ad in one block (markup set 143)", () => {
  it('reads "Zu Ihren Aufgaben gehören…" as the work, a Minijob as the terms and "Bitte melden Sie sich…" as how to apply', () => {
    const lines = ['Wir suchen ab sofort eine zuverlässige Reinigungskraft (m/w/d) für unsere Zahnarztpraxis in Köln.', 'Zu Ihren Aufgaben gehören die Reinigung der Behandlungsräume, des Wartezimmers und der Sanitäranlagen zweimal pro Woche am Abend.', 'Minijob auf 538-Euro-Basis.', 'Bitte melden Sie sich telefonisch bei Frau Becker.'];
    expect(rolesUnheaded(lines, 'Reinigungskraft (m/w/d) Minijob', 'Zahnarztpraxis Dr. Becker', 'de').map(([, role]) => role)).toEqual(['company', 'duty', 'benefit', 'meta']);
  });
});

describe("a card held and a position's perk (markup set 149)", () => {
  it('reads "OSHA 30" in capitals as a card asked for, no heading; "WHAT YOU\'LL DO" stays one', () => {
    expect(rolesBelow('Journeyman Electrician', 'Qualifications', 'requirements', ['Journeyman electrician license', 'OSHA 30'])).toEqual(['requirement', 'requirement']);
    expect(rolesUnheaded(["WHAT YOU'LL DO", 'Install conduit and wire in commercial buildings'], 'Journeyman Electrician', 'Coastal Electric').map(([, role]) => role)).toEqual(['heading', 'duty']);
  });

  it('reads "This position is eligible for a take-home vehicle." as the terms; an applicant eligible for a clearance is asked', () => {
    expect(rolesBelow('Building Inspector II', 'Supplemental Information', 'other', ['This position is eligible for a take-home vehicle.', 'Applicants must be eligible for a security clearance.'])).toEqual(['benefit', 'requirement']);
  });
});

describe('B2B as a market, a shop as a field and a table of fields (markup sets 150 and 151)', () => {
  it('reads "Brightwave is a B2B fintech…" as the company; "Umowa B2B" and "B2B: 18 000 PLN" stay the terms', () => {
    expect(rolesUnheaded(['Brightwave is a B2B fintech serving 2,000 credit unions.', 'Own the quarterly campaign calendar.'], 'Demand Generation Manager', 'Brightwave').map(([, role]) => role)).toEqual(['company', 'duty']);
    expect(rolesBelow('Java Developer', 'Oferujemy', 'benefits', ['B2B: 18 000 - 24 000 PLN netto', 'Contract: B2B or employment contract'], 'pl')).toEqual(['benefit', 'benefit']);
  });

  it('reads "📍门店：上海静安寺店" as where the job is; a table\'s 岗位名称 and the title\'s 社区护士 in their cells as fields, no duties', () => {
    expect(rolesUnheaded(['📍门店：上海静安寺店', '制作咖啡和饮品，保证出品标准；'], '招咖啡师！静安寺店', '山丘咖啡', 'zh').map(([, role]) => role)).toEqual(['meta', 'duty']);
    expect(rolesUnheaded(['岗位名称', '社区护士', '负责社区老年人健康档案的建立和更新；'], '社区卫生服务中心招聘社区护士', '华侨路社区卫生服务中心', 'zh').map(([, role]) => role)).toEqual(['meta', 'meta', 'duty']);
  });
});

describe('a gig\'s weekly hours and a driver\'s years behind the wheel (markup set 153)', () => {
  it('reads "Complete at least 10 hours of tasks per week." under the duties as asked; a count of inspections stays work', () => {
    expect(rolesBelow('Search Quality Rater', 'Responsibilities', 'responsibilities', ['Read search queries and rate the relevance of results using our guidelines.', 'Complete at least 10 hours of tasks per week.', 'Complete at least 5 inspections per day.'])).toEqual(['duty', 'requirement', 'duty']);
  });

  it('reads "驾龄满3年，无重大事故记录" as asked', () => {
    expect(rolesUnheaded(['通过滴滴平台接单，安全准时地接送乘客；', '驾龄满3年，无重大事故记录；'], '网约车司机', '滴滴出行', 'zh').map(([, role]) => role)).toEqual(['duty', 'requirement']);
  });
});

describe('what success looks like (markup set 154)', () => {
  it('reads a goal said as reached ("In 90 days, you\'ve taken five customers live") as no duty; what the hire will do in the first days stays work', () => {
    expect(rolesBelow('Onboarding Manager', 'What success looks like', 'other', ["In 90 days, you've taken five customers live.", 'In a year, your accounts renew at 95% or more.'])).toEqual(['meta', 'meta']);
    expect(roleUnderDuties("In your first 30 days, you'll learn our systems and shadow the dispatch team.")).toBe('duty');
    expect(rolesBelow('Supply Technician', 'Requirements', 'requirements', ['After you begin your employment, your continued employment is contingent upon the outcome of a complete background investigation.'])).toEqual(['requirement']);
  });
});

describe('the terms said among the asks (markup set 158)', () => {
  it('reads "This role is on-site five days a week…" and "Freelance, paid per word; you set your own hours." as the terms under the asks; "Availability nights, weekends and holidays" as asked', () => {
    expect(rolesBelow('IT Support Specialist', 'Requirements', 'requirements', ['CompTIA A+ or equivalent experience', 'This role is on-site five days a week in Austin, TX.'])).toEqual(['requirement', 'benefit']);
    expect(rolesBelow('Freelance Translator', 'Who you are', 'requirements', ['Native Brazilian Portuguese speaker', 'Freelance, paid per word; you set your own hours.'])).toEqual(['requirement', 'benefit']);
    expect(rolesBelow('Assistant Store Manager', 'You have', 'requirements', ['Two years of retail management experience', 'Availability nights, weekends and holidays'])).toEqual(['requirement', 'requirement']);
    expect(roleUnderDuties('Translate product pages and get paid per word by the client.')).toBe('duty');
  });
});

describe('prose duties after a time or a place, and goods received (markup set 162)', () => {
  it('reads "…at 7am, where you\'ll load…" and "Later in the season you\'ll also help install…" as work; a clause "…, and they also help clients…" of the employer stays the employer', () => {
    const lines = ['Greenleaf Landscaping has cared for gardens across the Twin Cities for 20 years.', "A typical day starts at the yard at 7am, where you'll load the trucks with mowers and tools.", "Later in the season you'll also help install patios and retaining walls."];
    expect(rolesUnheaded(lines, 'Landscape Crew Member', 'Greenleaf Landscaping').map(([, role]) => role)).toEqual(['company', 'duty', 'duty']);
    expect(rolesUnheaded(['Hays is a leading recruitment company.', 'Every day our expert consultants help thousands of candidates find their next role, and they also help clients reshape workforces and deal with talent shortages.'], 'Desarrollador .NET', 'Hays').map(([, role]) => role)).toEqual(['company', 'company']);
    // The line's own opening "You will work…" is the subject, not a later "…, and you will report to…".
    expect(roleUnderDuties('You will work with drivers, warehouse staff and customers every day, and you will report to the site manager.')).toBe('duty');
  });

  it('reads "They receive and put away food deliveries…" as work, "You\'ll receive full training." as the terms', () => {
    const lines = ['Our cooks prepare breakfast and lunch from scratch for 80 residents.', 'They receive and put away food deliveries, rotate stock and keep temperature logs for the coolers.', "You'll receive full training."];
    expect(rolesUnheaded(lines, 'Cook', 'Sunrise Senior Living').map(([, role]) => role)).toEqual(['duty', 'duty', 'benefit']);
  });
});

describe('sections whose lines are said as work but are not the hire’s work', () => {
  const read = (heading: string, kind: PostingSection['kind'], lines: string[]) => rolesBelow('Returns Supervisor', heading, kind, lines);

  it('reads the goals under "Success in this role looks like" as no duty, and the work done by then as one (markup sets 87, 138, 166)', () => {
    expect(read('Success in this role looks like:', 'responsibilities', ['Returns processed within 48 hours of arrival', 'Fewer than 1% of refunds issued in error'])).toEqual(['meta', 'meta']);
    expect(read('What success looks like', 'responsibilities', ['Guest scores above 4.7 within six months', 'In a year, you run buyout for a project on your own'])).toEqual(['meta', 'duty']);
  });

  it('reads a company’s values said as imperatives ("Put the learner first") as the company (markup set 166)', () => {
    expect(read('Our values', 'about', ['Put the learner first', 'Ship, then iterate', 'Be kind and direct'])).toEqual(['company', 'company', 'company']);
  });

  it('reads the Chinese hiring steps, team and values under their headings, and a goal heading set inline among <br> lines (markup set 167)', () => {
    const zh = (sections: PostingSection[]) =>
      postingLines({ title: '客户回访专员', company: '远航汽车', location: null, language: 'zh-CN', sections })
        .filter((l) => !sections.some((s) => s.heading === l.text))
        .map((l) => [l.text, l.role]);
    expect(zh([{ heading: '面试流程', kind: 'other', lines: ['投递简历后HR电话沟通', '到店面试并试岗半天'] }]).map(([, r]) => r)).toEqual(['meta', 'meta']);
    expect(zh([{ heading: '团队介绍', kind: 'other', lines: ['我们团队负责公司核心交易系统的研发，服务上亿用户'] }, { heading: '我们的价值观', kind: 'other', lines: ['用户第一，拥抱变化，坦诚清晰'] }]).map(([, r]) => r)).toEqual(['company', 'company']);
    expect(zh([{ heading: '职位描述', kind: 'responsibilities', lines: ['负责电话回访已购车客户，收集满意度反馈', '考核标准', '每月回访完成率不低于95%'] }])).toEqual([
      ['负责电话回访已购车客户，收集满意度反馈', 'duty'],
      ['考核标准', 'heading'],
      ['每月回访完成率不低于95%', 'meta'],
    ]);
  });
});

describe('the hours and the paid training said as the hire’s own doing', () => {
  it('reads "You’ll work four 10-hour shifts…" and "You’ll complete a paid … training" as the terms, and work said so as duties (markup set 168)', () => {
    expectRolesUnderDuties({
      "You'll work four 10-hour shifts a week, including one weekend day.": 'benefit',
      "You'll complete a paid three-week training program before taking your first call.": 'benefit',
      "You'll work with customers to troubleshoot their connection problems.": 'duty',
      "You'll complete safety inspections of the site each morning.": 'duty',
    });
  });
});

describe('other duties "as required"', () => {
  it('reads "Performs other related duties as required." as a duty, and a line ending in "required" as an ask (markup set 171)', () => {
    expectRolesUnderDuties({ '10% Performs other related duties as required.': 'duty', 'Valid driver license required.': 'requirement' });
  });
});

describe('duties after an adverb, said of "s/he", and a job specification’s duties under a heading that names asks (real postings read by hand, session 39)', () => {
  it('reads a duty verb after manner and frequency adverbs as a duty, not a participle after one ("Highly organized")', () => {
    expect(rolesUnheaded(['Accurately and efficiently process customer deposits and withdrawals.', 'Actively take part in weekly safety huddles.', 'Also make sure the counter stays tidy at all times.', 'Regularly updates the branch cash log.', 'Highly organized and detail-oriented.', 'Preferably holds a banking certificate.'], 'Bank Teller', 'Acme').map(([, r]) => r)).toEqual(['duty', 'duty', 'duty', 'duty', 'requirement', 'requirement']);
  });

  it('reads "S/he prepares…" in the present as the hire’s work, as "S/he will prepare…"', () => {
    expect(rolesUnheaded(['S/he prepares the monthly newsletter and mails it to members.', 'He/she reconciles the petty cash each Friday.'], 'Parish Administrator', 'Acme').map(([, r]) => r)).toEqual(['duty', 'duty']);
    expect(rolesUnheaded(['S/he has a warm, welcoming manner with visitors.'], 'Parish Administrator', 'Acme').map(([, r]) => r)).not.toContain('duty');
  });

  it('reads a list of "Conducts…", "Interviews…" under a run-in "REQUIREMENT" or "Competencies and essential duties" as duties, its asks and disclaimers as they are', () => {
    expect(rolesBelow('Eligibility Worker', 'Requirement', 'requirements', ['Applicants must live in the county.', 'Conducts home visits to assess family needs.', 'Interviews applicants to collect eligibility information.', 'Calculates monthly benefit amounts using program rules.', 'Refers families to community services.', 'The examples of work listed are for illustrative purposes only.', 'A position with this title may not perform all duties listed here.'])).toEqual(['requirement', 'duty', 'duty', 'duty', 'duty', 'legal', 'legal']);
    expect(rolesBelow('Claims Adjuster', 'Competencies and essential duties', 'requirements', ['Customer Focus- Answers policyholder calls and resolves billing questions.', 'Attention to Detail- Prepares claim files with photos and statements.', 'Negotiation- Negotiates settlements with claimants and their lawyers.'])).toEqual(['duty', 'duty', 'duty']);
    // Asks said in the third person stay asks: the verbs of a candidate's qualities, and too few duties among them.
    expect(rolesBelow('Delivery Driver', 'Requirements', 'requirements', ['Communicates clearly with customers.', 'Demonstrates strong attention to detail.', "Holds a valid driver's license.", 'Maintains composure under pressure.', 'Possesses basic computer skills.'])).toEqual(Array(5).fill('requirement'));
    expect(rolesBelow('Delivery Driver', 'Requirements', 'requirements', ['Two years of delivery experience.', 'Clean driving record.', 'Ability to lift 50 lbs.', 'Loads the van each morning.', 'Plans efficient routes.'])).toEqual(['requirement', 'requirement', 'requirement', 'requirement', 'requirement']);
  });
});

describe('work said after its occasion, what the hire may do, and work announced with the opening (real postings read by hand, session 39)', () => {
  it('reads "Using …, calculate…" and "With guidance…, prepare…" as duties, not the reader’s "Before you apply, select…" nor "For more information, contact…"', () => {
    expect(rolesUnheaded(['Using the clinic’s policies, calculate paid time off balances for each employee.', 'With guidance from the manager, prepare the weekly stock report.', 'Before you apply, select your language from the menu at the top of the page.', 'For more information, contact Jane at jane@example.com'], 'Payroll Clerk', 'Acme').map(([, r]) => r === 'duty')).toEqual([true, true, false, false]);
  });

  it('reads what the hire may do, the person in the role, other responsibilities, the role’s focus and the hire announced with the work as duties', () => {
    expectRolesUnderDuties({
      'The Dispatcher may occasionally assist in training new dispatchers.': 'duty',
      'The person in the position will take the lead on three of our outreach campaigns.': 'duty',
      'Other responsibilities include ordering supplies and scheduling vehicle repairs.': 'duty',
      'The role focuses primarily on radio traffic, call logging and shift reports.': 'duty',
    });
    expect(rolesUnheaded(['Acme Transit is hiring a Motor Vehicle Dispatcher who will coordinate drivers across the region.'], 'Motor Vehicle Dispatcher', 'Acme Transit').map(([, r]) => r)).toEqual(['duty']);
  });
});

describe('a Chinese duty list’s numbered group names, an ask opened by 要求 and a board’s anti-fraud notice (real postings read by hand, session 39)', () => {
  it('reads "1、客户咨询与解答" before "(1)…" items as their heading, a numbered short duty with no items as a duty', () => {
    const read = postingLines({ title: '网店客服', company: '某某电商', location: null, language: 'zh', sections: [{ heading: '职位描述', kind: 'responsibilities', lines: ['1、客户咨询与解答', '(1)通过在线聊天和电话及时响应客户关于商品和物流的咨询。', '(2)准确解答客户关于店铺政策的疑问。', '2、订单处理与跟进', '(1)处理订单修改、取消等需求，跟踪订单状态。', '3、整理客服工单', '4、要求个人征信良好。', '以担保或任何理由索取财物，扣押证照，均涉嫌违法，请提高警惕'] }] });
    expect(read.slice(1).map((l) => l.role)).toEqual(['heading', 'duty', 'duty', 'heading', 'duty', 'duty', 'requirement', 'legal']);
  });
});

describe('the duties spoken of as a set, a supervision field and the place of work in French (real postings read by hand, session 39)', () => {
  it('reads "The following duties are for…", "There are also duties for…" and "…will perform these duties" as no duty; "These duties include cleaning…" stays one', () => {
    expect(rolesBelow('Housekeeper', 'Duties', 'responsibilities', ['The following duties are for rooms where the guest has checked out.', 'There are also duties for stays of several days.', 'The housekeeper will perform - but is not limited to - these duties.', 'These duties include cleaning rooms and restocking towels.', 'Strip and remake beds with fresh linens.', 'Supervision Received: Reports to the Head Housekeeper.'])).toEqual(['meta', 'meta', 'meta', 'duty', 'duty', 'meta']);
    expect(rolesBelow("Agent d'entretien", 'Missions', 'responsibilities', ['Localisation du lieu de travail', 'Lieu de travail : Orléans', 'Entretien des espaces verts'], 'fr')).toEqual(['meta', 'meta', 'duty']);
  });
});

describe('"per year" in English and "direct" as an adjective (real postings read by hand, session 39)', () => {
  it('reads "Manages approximately 1,700 claims per year." as an English duty (not Italian "per"), and "direct wage at $5.12 per hour" as the pay', () => {
    expect(rolesBelow('Claims Representative', 'Authority', 'other', ['Manages approximately 1,700 claims per year.', 'Handles about 40 site visits per month across the region.'])).toEqual(['duty', 'duty']);
    expect(rolesBelow('Server', 'Job Duties', 'responsibilities', ['FLSA tip credit taken as follows: direct wage at $5.12 per hour.', 'Direct the night crew and assign tables.'])).toEqual(['benefit', 'duty']);
  });
});
