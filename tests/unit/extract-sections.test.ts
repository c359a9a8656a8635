import { describe, expect, it } from 'vitest';
import { toSections } from '../../engine/extract/sections';
import { headingKind } from '../../engine/extract/headings';
import { domFromHtml, hasShared, sharedDocument } from '../sites/helpers';

const sectionsOf = (html: string) => toSections(domFromHtml(`<html><body><div id="d">${html}</div></body></html>`).querySelector('#d'));

describe('toSections', () => {
  it('starts sections at headings, bold-only paragraphs and colon lines', () => {
    const s = sectionsOf(`<p>We are a small team.</p>
      <h3>What you'll do</h3><ul><li>Ship  features\n weekly</li><li>Fix bugs</li></ul>
      <p><strong>About you</strong></p><ul><li>Curious</li></ul>
      <p>Perks:</p><p>Free lunch</p>`);
    expect(s).toEqual([
      { heading: null, kind: 'other', lines: ['We are a small team.'] },
      { heading: "What you'll do", kind: 'responsibilities', lines: ['Ship features weekly', 'Fix bugs'] },
      { heading: 'About you', kind: 'requirements', lines: ['Curious'] },
      { heading: 'Perks', kind: 'benefits', lines: ['Free lunch'] },
    ]);
  });

  it('reads duties and requirements named at the start of a paragraph, on a page with no such heading', () => {
    const s = sectionsOf(`<p>Orchard Lane is an independent publisher.</p>
      <p>Responsibilities: drafting press releases; scheduling posts; sending review copies.</p>
      <p>Job Requisition ID: 43240</p><p>任职要求：本科以上学历；熟悉Excel</p><p>Salary: £24,000 per annum.</p>`);
    expect(s).toEqual([
      { heading: null, kind: 'other', lines: ['Orchard Lane is an independent publisher.'] },
      { heading: 'Responsibilities', kind: 'responsibilities', lines: ['drafting press releases; scheduling posts; sending review copies.', 'Job Requisition ID: 43240'] },
      { heading: '任职要求', kind: 'requirements', lines: ['本科以上学历；熟悉Excel', 'Salary: £24,000 per annum.'] },
    ]);
    // A Chinese board's duties and asks in one paragraph, named in 【】 with no colon.
    expect(sectionsOf('<p>【岗位职责】1、负责公司现金、银行存款的收付；2、办理员工报销。【任职要求】1、会计专业中专以上学历。</p>')[0]).toEqual({
      heading: '岗位职责',
      kind: 'responsibilities',
      lines: ['1、负责公司现金、银行存款的收付；2、办理员工报销。【任职要求】1、会计专业中专以上学历。'],
    });
    // Under real headings, a paragraph opening "Physical Requirements: …" stays a line of its section.
    const headed = sectionsOf('<h3>Qualifications</h3><ul><li>Two years of experience</li></ul><p>Physical Requirements: duties are sedentary.</p><h3>Duties</h3><ul><li>Dispatch vehicles</li></ul>');
    expect(headed.map((x) => [x.kind, x.lines])).toEqual([
      ['requirements', ['Two years of experience', 'Physical Requirements: duties are sedentary.']],
      ['responsibilities', ['Dispatch vehicles']],
    ]);
  });

  it('keeps a sentence before a lead-in ending in a colon as text, not a heading ("You\'ll be the second designer on a team of 18. You will:")', () => {
    const s = sectionsOf("<p><strong>The role</strong></p><p>You'll be the second designer on a team of 18. You will:</p><ul><li>Run usability tests</li></ul>");
    expect(s).toEqual([{ heading: 'The role', kind: 'responsibilities', lines: ["You'll be the second designer on a team of 18. You will:", 'Run usability tests'] }]);
  });

  it('keeps the lines of plain text in a <pre> (a posting pasted with markdown headings and items)', () => {
    const s = sectionsOf("<pre>Quillstack builds invoicing APIs.\n\n**What you'll work on**\n* Design services in Go\n* Own the Postgres schema\n\n**What we're looking for**\n* 4+ years writing Go</pre>");
    expect(s.map((x) => [x.kind, x.lines])).toEqual([
      ['other', ['Quillstack builds invoicing APIs.']],
      ['responsibilities', ['Design services in Go', 'Own the Postgres schema']],
      ['requirements', ['4+ years writing Go']],
    ]);
  });

  it('reads a row of tag chips as their names apart, not run together ("仓储管理叉车证")', () => {
    const s = sectionsOf("<h3>职位描述</h3><div class='job-tags'><span>仓储管理</span><span>叉车证</span></div><p>岗位职责：</p><p>1、负责仓库货物的收发</p>");
    expect(s[0]!.lines[0]).toBe('仓储管理 · 叉车证');
    expect(sectionsOf("<div class='skill-list'><a>Python</a><a>SQL</a></div>")[0]!.lines).toEqual(['Python · SQL']);
    // The chips' own class may name them where their row's doesn't (<div><span class="chip">…); a field's label and value is no chip row.
    expect(sectionsOf("<div data-testid='job-details'><span class='chip'>Contract W2</span><span class='chip'>Depends on Experience</span></div>")[0]!.lines).toEqual(['Contract W2 · Depends on Experience']);
    expect(sectionsOf("<div class='summary'><span class='field-label'>Salary</span><span class='field-value'>$37,223</span></div>")[0]!.lines).toEqual(['Salary$37,223']);
    // Spans of one sentence (an editor's styled runs) are no chips, nor a row with text of its own between them.
    expect(sectionsOf('<p><span>负责仓库</span><span>货物收发</span></p>')[0]!.lines).toEqual(['负责仓库货物收发']);
    expect(sectionsOf("<p class='labels'>Pay: <b>$20</b> <b>hourly</b></p>")[0]!.lines).toEqual(['Pay: $20 hourly']);
  });

  it('reads a plain line of up to nine words straight before a list as the heading of its items', () => {
    const s = sectionsOf('<div>Gestion de la facturation<br><ul><li>Edition des facturations</li></ul>Tâches administratives liées à la gestion des résidents<br><ul><li>Tenue des statistiques d’activité</li></ul></div>');
    expect(s.map((x) => x.heading)).toEqual(['Gestion de la facturation', 'Tâches administratives liées à la gestion des résidents']);
    // A sentence before a list stays text.
    expect(sectionsOf('<p>Our team supports clinics in every county of the state, day and night, all year round</p><ul><li>Triage calls</li></ul>')[0]!.heading).toBeNull();
  });

  it('splits "•" and numbered lines on <br> and strips the markers', () => {
    const s = sectionsOf('<p>Responsibilities<br>• Plan the roadmap<br>- Run reviews<br>1. Hire engineers<br>3.5 years is fine</p>');
    expect(s).toEqual([{ heading: 'Responsibilities', kind: 'responsibilities', lines: ['Plan the roadmap', 'Run reviews', 'Hire engineers', '3.5 years is fine'] }]);
  });

  it('reads Chinese headings', () => {
    const s = sectionsOf('<p>岗位职责：</p><p>1、负责数据分析</p><p>【任职要求】</p><p>熟悉SQL</p><p>福利待遇</p><p>五险一金</p>');
    expect(s.map((x) => [x.kind, x.lines])).toEqual([
      ['responsibilities', ['负责数据分析']],
      ['requirements', ['熟悉SQL']],
      ['benefits', ['五险一金']],
    ]);
    // Two clauses are a line of the section, not a heading of their own.
    const terms = sectionsOf('<p>薪资福利</p><p>综合收入8000-15000元/月</p><p>上班时间自由，可兼职</p>');
    expect(terms.map((x) => [x.kind, x.lines])).toEqual([['benefits', ['综合收入8000-15000元/月', '上班时间自由，可兼职']]]);
  });

  it('keeps nested list items and skips hidden text, scripts and buttons', () => {
    const s = sectionsOf(`<ul><li>Health cover <ul><li>Dental</li></ul></li></ul><span class="visually-hidden">hidden</span>
      <script>var x = 1</script><button>Show more</button><p>Plain paragraph text.</p>`);
    expect(s.flatMap((x) => x.lines)).toEqual(['Health cover', 'Dental', 'Plain paragraph text.']);
  });

  it('is one "other" section without headings, and empty for nothing', () => {
    expect(sectionsOf('<p>Just one long paragraph that explains the job in prose only.</p>')).toEqual([
      { heading: null, kind: 'other', lines: ['Just one long paragraph that explains the job in prose only.'] },
    ]);
    expect(sectionsOf('')).toEqual([]);
    expect(toSections(null)).toEqual([]);
  });

  it('starts a section at a known heading set in capitals over short lines, not at a short line in sentence case', () => {
    const s = sectionsOf('<p>WHAT YOU WILL DO</p><p>Set up and repair laptops across our four schools.</p><p>WHAT WE ARE LOOKING FOR</p><p>Experience supporting Windows devices.</p><p>What you bring</p><p>Python and SQL.</p>');
    expect(s.map((x) => [x.heading, x.kind, x.lines])).toEqual([
      ['WHAT YOU WILL DO', 'responsibilities', ['Set up and repair laptops across our four schools.']],
      ['WHAT WE ARE LOOKING FOR', 'requirements', ['Experience supporting Windows devices.', 'What you bring', 'Python and SQL.']],
    ]);
  });

  it('starts a section at a question that names one, not at a question to the reader', () => {
    const s = sectionsOf('<p>¿Qué harás?</p><ul><li>Diagnosticar y reparar averías</li></ul><p>Do you have experience in retail?</p><p>¿Qué buscamos?</p><ul><li>FP de Grado Superior</li></ul>');
    expect(s).toEqual([
      { heading: '¿Qué harás?', kind: 'responsibilities', lines: ['Diagnosticar y reparar averías', 'Do you have experience in retail?'] },
      { heading: '¿Qué buscamos?', kind: 'requirements', lines: ['FP de Grado Superior'] },
    ]);
  });

  it('does not take a short list item or a sentence for a heading', () => {
    const s = sectionsOf('<p>Requirements</p><ul><li>Strong communication skills</li></ul><p>Strong SQL skills.</p>');
    expect(s).toEqual([{ heading: 'Requirements', kind: 'requirements', lines: ['Strong communication skills', 'Strong SQL skills.'] }]);
  });

  it.skipIf(!hasShared)('sections the SuccessFactors microdata description (company-careers)', () => {
    const doc = sharedDocument({ board: 'company-careers', file: 'state-of-illinois-executive-secretary-ii-successfactors-microdata.html' });
    const s = toSections(doc.querySelector('span[itemprop=description]'));
    const lines = s.flatMap((x) => x.lines);
    expect(lines).toContain('Serves as receptionist.');
    expect(s.find((x) => x.lines.includes('Serves as receptionist.'))?.kind).toBe('responsibilities');
    expect(s.some((x) => x.kind === 'requirements')).toBe(true);
    expect(s.some((x) => x.kind === 'benefits')).toBe(true);
  });
});

describe('headingKind', () => {
  it.each([
    ['Key Responsibilities', 'responsibilities'], ['Your role', 'responsibilities'], ['工作职责', 'responsibilities'],
    ['职位描述', 'responsibilities'], ['Vos missions', 'responsibilities'], ['Tâches principales', 'responsibilities'],
    ['Qualifications', 'requirements'], ['What you bring', 'requirements'], ['任职资格', 'requirements'], ['Requisitos', 'requirements'],
    ['What we offer', 'benefits'], ['福利待遇', 'benefits'], ['About us', 'about'], ['Chi siamo', 'about'],
    ['About the job', 'other'], ['Acerca del empleo', 'other'], ['Team lunch', null], ['Terms of Employment', 'benefits'],
    ['Conditions of Employment', 'requirements'], ['Why this role matters', 'other'],
    ['To be successful in this role, you should have', 'requirements'], ['You should have', 'requirements'], ['The successful candidate will have', 'requirements'],
    ['What we look for', 'requirements'], ['What we are looking for', 'requirements'], ["What we're seeking", 'requirements'], ['What we seek', 'requirements'],
    // Spanish, Portuguese and German headings of non-tech postings.
    ['Tus tareas', 'responsibilities'], ['Responsabilidades', 'responsibilities'], ['Funções', 'responsibilities'], ['Atividades', 'responsibilities'], ['Deine Aufgaben', 'responsibilities'],
    ['¿Qué buscamos?', 'requirements'], ['Das bringst du mit', 'requirements'], ['Was wir erwarten', 'requirements'], ['Das erwarten wir', 'requirements'], ['Was Sie mitbringen', 'requirements'],
    ['Se ofrece', 'benefits'], ['Condiciones', 'benefits'], ['Condições', 'benefits'], ['Oferecemos', 'benefits'], ['Benefícios', 'benefits'], ['Was wir dir bieten', 'benefits'], ['Darauf kannst du dich freuen', 'benefits'], ['Nous vous proposons', 'benefits'],
    ['Sobre a empresa', 'about'], ['Quem somos', 'about'],
    ['你将获得', 'benefits'], ['医院简介', 'about'], ['门店介绍', 'about'], ['岗位介绍', 'responsibilities'],
    // NHS Jobs: a person specification's "Essential"/"Desirable" columns, "Contract" and "Working pattern" fields.
    // Canada's Job Bank and the UK Civil Service (markup set 101): what is asked under their own names.
    ['Work conditions and physical capabilities', 'requirements'], ['Personal suitability', 'requirements'], ['Behaviours', 'requirements'], ['Behaviors', 'requirements'], ['Behaviour support', null],
    ['Essential', 'requirements'], ['Desirable criteria', 'requirements'], ['Contract', 'benefits'], ['Working pattern', 'benefits'], ['Contract management', null],
    ['简历投递', 'apply'], ['投递方式：', 'apply'], ['请在投递时附上作品集', null],
    // "You'll be / You'll have / You'll get" run-in lists; a freelance brief's deliverables.
    ["You'll be:", 'responsibilities'], ["You'll have:", 'requirements'], ["You'll get:", 'benefits'], ['What you get', 'benefits'], ["You'll get to", 'responsibilities'],
    ['Deliverables:', 'responsibilities'], ['Scope of work', 'responsibilities'],
    ['Why deliver with us', 'benefits'], ['Why teach at Oakwood', 'benefits'], ['Why this role matters', 'other'],
    ['Work includes:', 'responsibilities'], ['The job includes', 'responsibilities'], ['Work includes travel', null],
    ['System requirements:', null], ['Minimum Requirements', 'requirements'],
    // Asks said as what the employer needs (Lever's "What we need from you").
    // "Why <the employer>" offers what working there brings.
    ['Why Comfort Keepers', 'benefits'], ['Why Trailhead?', 'benefits'], ['Why it matters', null], ['Why you should apply', null],
    // Bare Chinese labels of a short posting's blocks: 要求：…, 收入：….
    ['要求', 'requirements'], ['收入：', 'benefits'], ['工资', 'benefits'], ['提高门店收入', null],
    ['What we need from you', 'requirements'], ['What we expect from you', 'requirements'], ['What we need to see', 'requirements'], ['What we need you to do', null],
    // A run-in duty label names no asks ("Client education: Explain home-care instructions…"); education asked for does.
    ['Client education', null], ['Patient education', null], ['Education', 'requirements'], ['Required Education', 'requirements'], ['You Bring', 'requirements'],
    // Welcome to the Jungle's sections: the job's description, and the interview steps.
    ['Cosa farai', 'responsibilities'], ['Di cosa ti occuperai', 'responsibilities'], ['Cosa cerchiamo', 'requirements'], ['Farai parte del team', null],
    ['Ce que vous ferez', 'responsibilities'], ['O que você vai fazer', 'responsibilities'], ['O que procuramos', 'requirements'],
    ['Deine Mission', 'responsibilities'], ['Our mission', 'about'], ['Descriptif du poste', 'other'], ['Déroulement des entretiens', 'apply'], ['岗位描述', 'responsibilities'], ['岗位要求', 'requirements'], ['Responsabilità', 'responsibilities'], ['Working hours', 'benefits'],
    // Italian "Si offre" over the terms; the French offer with or without "vous".
    // "You'll be great at this if you", "You're a good fit if you": the asks, not what the hire will do.
    ["You'll be great at this if you:", 'requirements'], ["You're a good fit if you", 'requirements'], ["You'll be a great fit if you", 'requirements'], ['What the role involves', 'responsibilities'],
    ['Si offre', 'benefits'], ['Ce que nous vous offrons', 'benefits'], ['Nous offrons', 'benefits'],
    // A platform's 招聘要求 and 应聘条件 are the asks; a training course's 报名条件 (who may enrol) are not a job's.
    // Public services' eligibility (citizenship, checks) is asked of the applicant.
    ['Eligibility', 'requirements'],
    ["Who we're looking for", 'requirements'], ['Who we are looking for', 'requirements'], ['Who we are', 'about'],
    ['【招聘要求】', 'requirements'], ['应聘条件', 'requirements'], ['岗位条件：', 'requirements'], ['招聘人数', null], ['报名条件', null],
    // An internet company's sections: what you will do, need, and get (你能获得 as 你将获得).
    ['你将负责', 'responsibilities'], ['你需要', 'requirements'], ['你需要做什么', null], ['加分项', 'requirements'], ['你能获得', 'benefits'], ['你会获得', 'benefits'],
    // Indeed's fields in Spanish, Italian, French and Portuguese (markup set 75): hours are the terms, experience and
    // "Se requiere" / Diferenciais the asks, the selection process how to apply.
    ['Horario', 'benefits'], ['Orario', 'benefits'], ['Horaires', 'benefits'], ['Horário', 'benefits'],
    ['Experiencia', 'requirements'], ['Esperienza', 'requirements'], ['Expérience', 'requirements'], ['Experiência', 'requirements'], ['Se requiere', 'requirements'], ['Diferenciais', 'requirements'],
    ['Processo seletivo', 'apply'], ['Customer experience', null],
    // Taiwan's boards (markup set 76): 工作說明 and 職務說明 say the work, 求才條件 the asks.
    ['工作說明', 'responsibilities'], ['職務說明', 'responsibilities'], ['求才條件', 'requirements'],
    // German as StepStone, care homes and start-ups write it (markup set 77); a "Kundenkontakt" line is no contact heading.
    ['Das erwartet Sie', 'responsibilities'], ['Was dich erwartet', 'responsibilities'], ['Deine Rolle', 'responsibilities'], ['Das bringen Sie mit', 'requirements'],
    ['Das zeichnet Sie aus', 'requirements'], ['Wen wir suchen', 'requirements'], ['Darauf können Sie sich freuen', 'benefits'], ['Was uns auszeichnet', 'benefits'],
    ['Kontakt', 'apply'], ['Über das Unternehmen', 'about'], ['Erste Erfahrung im Kundenkontakt', null], ['What you’ll do', 'responsibilities'],
    // French, Spanish and Portuguese headings a heading audit found unknown; accents and curly apostrophes are matched
    // without them ("Salário" as "Salario", "Qualités requises"). Japanese 職務内容 and 求める人物像, Vietnamese "Trách
    // nhiệm" / "Nhiệm vụ"; "Key Accountabilities" is the work (its "abilities" are no asks), "Essential Job Functions" too.
    ['Votre mission', 'responsibilities'], ['Tes missions', 'responsibilities'], ['Qualités requises', 'requirements'], ['Diplômes requis', 'requirements'],
    ['Competencias', 'requirements'], ['Salaire', 'benefits'], ['Salário', 'benefits'], ['Type de contrat', 'benefits'], ['Tipo de contrato', 'benefits'],
    ['職務内容', 'responsibilities'], ['Trách nhiệm', 'responsibilities'], ['Nhiệm vụ', 'responsibilities'], ['求める人物像', 'requirements'],
    ['Key Accountabilities', 'responsibilities'], ['Essential Job Functions', 'responsibilities'], ['Our values', 'about'], ['Skills and abilities', 'requirements'],
    // The employer named as a heading of its own (APEC's "Entreprise"; markup set 115), not a field ("Company name"); an
    // Italian ad's "Si richiede:" asks.
    ['Entreprise', 'about'], ["L'entreprise", 'about'], ['Empresa', 'about'], ['Company', 'about'], ['Company name', null], ['Si richiede:', 'requirements'], ['Richiediamo', 'requirements'],
    // A platform's question headings (markup set 117): the work, then who may do it; how to apply stays the application.
    ["What's the job?", 'responsibilities'], ['What will I do?', 'responsibilities'], ['Who can apply?', 'requirements'], ['What do I need?', 'requirements'], ['How to apply', 'apply'],
    // Real French and German postings read by hand: the schooling asked, the hiring terms, what the employer wishes for.
    ['Diplôme ou niveau de formation souhaité', 'requirements'], ["Conditions d'embauche", 'benefits'], ['Wir wünschen uns von unserer/m neuen Mitarbeiter/in folgende weitere Attribute:', 'requirements'],
  ])('%s → %s', (heading, kind) => expect(headingKind(heading)).toBe(kind));
});

describe('toSections: an employer announcing the hire (markup set 67)', () => {
  it('keeps "Empresa líder … solicita:" as a line of its section, not the heading of the bold title after it', () => {
    expect(sectionsOf(`<h3>Descripción de la oferta</h3><p>Empresa líder en distribución de autopartes solicita:</p><p><b>AUXILIAR DE ALMACÉN</b></p>
      <p><b>Actividades:</b></p><p>- Carga y descarga de unidades</p><h3>Requerimientos</h3><ul><li>1 año de experiencia</li></ul>`)).toEqual([
      { heading: 'Descripción de la oferta', kind: 'other', lines: ['Empresa líder en distribución de autopartes solicita:'] },
      { heading: 'Actividades', kind: 'responsibilities', lines: ['Carga y descarga de unidades'] },
      { heading: 'Requerimientos', kind: 'requirements', lines: ['1 año de experiencia'] },
    ]);
    expect(sectionsOf('<p>本公司為香港大型物業管理公司，現誠聘：</p><p>Tareas:</p><ul><li>Atender clientes</li></ul>')[0]).toEqual({ heading: null, kind: 'other', lines: ['本公司為香港大型物業管理公司，現誠聘：'] });
  });

  it('names 其他信息 and 职位详情 the generic wrappers they are (a Han name ends with no word boundary)', () => {
    expect(['其他信息', '职位详情', '職位詳情'].map(headingKind)).toEqual(['other', 'other', 'other']);
  });
});

describe('toSections: a field with its value over a paragraph (markup set 78)', () => {
  it('keeps a Craigslist post\'s "employment type: part-time" as a line, not the heading of the paragraph after it', () => {
    const para = 'The Daily Grind, a neighborhood coffee shop in Portland, is looking for a part-time barista for weekend mornings.';
    expect(sectionsOf(`<p>compensation: $16.50/hr plus tips</p><p>employment type: part-time</p><p>${para}</p>`)).toEqual([
      { heading: null, kind: 'other', lines: ['compensation: $16.50/hr plus tips', 'employment type: part-time', para] },
    ]);
  });
});

describe('toSections: headings that trail off (markup set 68)', () => {
  it('reads "What you\'ll do..." and "Position Summary..." as the headings they are, a sentence ending in a full stop as none', () => {
    expect(sectionsOf(`<p><b>What you'll do...</b></p><p>Position Summary...</p><p>Provides friendly service to customers, keeps shelves stocked and the store clean, and runs the register when needed.</p>
      <p><b>Minimum Qualifications...</b></p><p>Must be 16 years of age or older</p>`)).toEqual([
      { heading: 'Position Summary...', kind: 'other', lines: ['Provides friendly service to customers, keeps shelves stocked and the store clean, and runs the register when needed.'] },
      { heading: 'Minimum Qualifications...', kind: 'requirements', lines: ['Must be 16 years of age or older'] },
    ]);
    expect(sectionsOf('<p><b>We ship weekly.</b></p><p>Provides friendly service to customers, keeps shelves stocked and the store clean, and runs the register.</p>')[0]!.heading).toBeNull();
  });
});

describe('toSections: a bold field with its figure (markup set 112)', () => {
  it('keeps "Pay Range: $19.00 - $23.00 per hour" in bold as a line, while a bold "About Acme: Who we are" heads its section', () => {
    expect(sectionsOf('<h3>Physical Demands</h3><p>Must be able to lift up to 25 pounds</p><p><b>Pay Range: $19.00 - $23.00 per hour</b></p>')).toEqual([
      { heading: 'Physical Demands', kind: 'requirements', lines: ['Must be able to lift up to 25 pounds', 'Pay Range: $19.00 - $23.00 per hour'] },
    ]);
    expect(sectionsOf('<p><b>About Acme: Who we are</b></p><p>We build the rails that banks run on, in six countries.</p>')[0]!.heading).toBe('About Acme: Who we are');
  });

  it('keeps a last bold line with a figure and nothing under it as a line (markup set 120); a last bold heading without one still heads nothing', () => {
    expect(sectionsOf('<h2>What you\'ll need</h2><ul><li>Active RN license in Ohio</li></ul><p><strong>Sign-on bonus of $10,000 for experienced nurses</strong></p>')).toEqual([
      { heading: "What you'll need", kind: 'requirements', lines: ['Active RN license in Ohio', 'Sign-on bonus of $10,000 for experienced nurses'] },
    ]);
    expect(sectionsOf('<h2>What you\'ll need</h2><ul><li>Active RN license in Ohio</li></ul><p><strong>Trending employee content</strong></p>')[0]!.lines).toEqual(['Active RN license in Ohio']);
  });
});

describe('toSections: headings marked with a square (markup set 114)', () => {
  it('reads "■仕事内容" in a <br> block as the heading it is, and a square or a "・" before an item as its bullet', () => {
    expect(sectionsOf('<p>■仕事内容<br>・受注データをシステムに入力<br>■応募資格<br>・営業事務経験1年以上<br>■ Answer the phones</p>')).toEqual([
      { heading: '■仕事内容', kind: 'responsibilities', lines: ['受注データをシステムに入力'] },
      { heading: '■応募資格', kind: 'requirements', lines: ['営業事務経験1年以上', 'Answer the phones'] },
    ]);
  });
});

describe('toSections: a definition list (markup set 69)', () => {
  it("heads each definition with its term, so an offer's fields leave the perks before them", () => {
    expect(sectionsOf(`<p>Se ofrece:</p><ul><li>Contrato indefinido</li></ul><dl><dt>Tipo de industria de la oferta</dt><dd>Distribución mayorista</dd><dt>Vacantes</dt><dd>1</dd></dl>`)).toEqual([
      { heading: 'Se ofrece', kind: 'benefits', lines: ['Contrato indefinido'] },
      { heading: 'Tipo de industria de la oferta', kind: 'other', lines: ['Distribución mayorista'] },
      { heading: 'Vacantes', kind: 'other', lines: ['1'] },
    ]);
  });
});

describe('accordion headings and items that head lists (markup set 148)', () => {
  it("reads an accordion's role=\"heading\" by the text of the button inside it", () => {
    const s = sectionsOf(`<div role="heading" aria-level="3"><button aria-expanded="true">What you'll do</button></div><div><ul><li>Teach reading to small groups</li></ul></div>
      <div role="heading"><button>What we're looking for</button></div><div><ul><li>Level 3 qualification</li></ul></div>`);
    expect(s.map((x) => [x.heading, x.kind, x.lines])).toEqual([
      ["What you'll do", 'responsibilities', ['Teach reading to small groups']],
      ["What we're looking for", 'requirements', ['Level 3 qualification']],
    ]);
  });

  it('reads an item naming a section over a list of its own as its heading, unless the page introduces the list itself', () => {
    expect(sectionsOf(`<ul><li><strong>Responsibilities</strong><ul><li>Write Python services</li></ul></li><li><strong>Requirements</strong><ul><li>3+ years of Python</li></ul></li></ul>`).map((x) => [x.heading, x.kind, x.lines])).toEqual([
      ['Responsibilities', 'responsibilities', ['Write Python services']],
      ['Requirements', 'requirements', ['3+ years of Python']],
    ]);
    // (Anchorage Digital's template: "You will:" over "Technical Skills:", whose items are duties.)
    const introduced = sectionsOf(`You will:<ul><li><p><strong>Technical Skills:</strong></p><ul><li>Build the Platform: design CI/CD pipelines</li></ul></li></ul>`);
    expect(introduced.map((x) => [x.kind, x.lines])).toEqual([['responsibilities', ['Technical Skills:', 'Build the Platform: design CI/CD pipelines']]]);
  });
});
