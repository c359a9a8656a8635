import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { extractPosting } from '../../engine/extract';
import { readByHeadings } from '../../engine/extract/anchored';
import { job51 } from '../../sites/51job';
import { zhipin } from '../../sites/zhipin';
import { domFromHtml } from '../sites/helpers';

// An older 前程无忧 job page: none of the adapter's selectors (.tHeader.tHjob .cn h1, .bmsg.job_msg) is on it, and the
// duties run on after their heading in one block, as older Chinese boards wrote them.
const OLD_51JOB = `<html><head><meta charset="utf-8"><title>【上海_会计】上海某某贸易有限公司招聘会计-前程无忧</title></head><body>
  <div class="top">前程无忧 首页 登录 注册 <a href="/duty">岗位职责说明</a></div>
  <div class="tCompany_center"><div class="tHeader"><h1>会计</h1><p class="cname">上海某某贸易有限公司</p></div>
  <div class="tCompany_full"><div class="tBorderTop_box"><h2>职位信息</h2>
    <div class="tmsg inbox">岗位职责：<br>1、负责公司日常账务处理，编制记账凭证；<br>2、负责编制月度、季度、年度财务报表；<br>3、负责税务申报及与税务机关沟通；<br>
    任职要求：<br>1、财务、会计相关专业大专及以上学历；<br>2、两年以上会计工作经验；<br>3、熟练使用用友、金蝶等财务软件。<br>职能类别：会计</div></div>
  <div class="tBorderTop_box"><h2>公司信息</h2><div class="tmsg inbox">上海某某贸易有限公司成立于2005年，是一家专业从事进出口贸易的公司，欢迎您的加入。</div></div>
  </div></div></body></html>`;

describe('a job page in a layout no reader knows, read by its headings', () => {
  it("reads an older layout of a board's job page that its adapter's selectors miss: duties and requirements, not the company text", () => {
    const r = extractPosting(domFromHtml(OLD_51JOB), 'https://jobs.51job.com/shanghai/123456.html', job51);
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('headings');
    expect(r.posting.title).toBe('会计');
    expect(r.posting.language).toBe('zh');
    const kinds = Object.fromEntries(r.posting.sections.map((s) => [s.kind, s.lines]));
    expect(kinds.responsibilities).toEqual(['负责公司日常账务处理，编制记账凭证；', '负责编制月度、季度、年度财务报表；', '负责税务申报及与税务机关沟通；']);
    expect(kinds.requirements?.[0]).toBe('财务、会计相关专业大专及以上学历；');
    expect(r.posting.sections.flatMap((s) => s.lines).join('')).not.toContain('成立于2005年');
  });

  it('takes a heading in its own element (h3 "Responsibilities") on a site without schema.org, and widens to the requirements', () => {
    const doc = domFromHtml(`<html><body><nav><a href="/r">Responsibilities of our board</a></nav><main>
      <h1>Night Shift Warehouse Lead</h1><div class="job"><div class="a"><h3>Responsibilities</h3><ul><li>Supervise a crew of eight pickers on the night shift</li>
      <li>Check inbound deliveries against purchase orders</li><li>Train new starters on the scanners and safety rules</li></ul></div>
      <div class="b"><h3>Requirements</h3><ul><li>Two years of warehouse experience</li><li>Forklift licence</li></ul></div></div></main></body></html>`);
    const root = readByHeadings(doc);
    expect(root?.className).toBe('job');
    const r = extractPosting(doc, 'https://careers.example.org/jobs/42', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.title).toBe('Night Shift Warehouse Lead');
    expect(r.posting.sections.map((s) => [s.kind, s.lines.length])).toEqual([
      ['responsibilities', 3],
      ['requirements', 2],
    ]);
  });

  it('widens a duty heading\'s block to the next duty heading when no requirement heading follows (Lever: "About the role", then "Responsibilities")', () => {
    const doc = domFromHtml(`<html><body><main><h1>Volunteer Coordinator</h1><div class="wrapper">
      <div class="section"><h3>About the role</h3><div>You'll recruit, schedule and look after the 150 volunteers who keep our kitchen running.</div></div>
      <div class="section"><h3>Responsibilities</h3><ul><li>Recruit volunteers from schools, churches and companies</li><li>Schedule volunteer shifts and send reminders</li></ul></div>
      <div class="section"><h3>What we offer</h3><ul><li>$48,000–$52,000</li></ul></div></div></main></body></html>`);
    expect(readByHeadings(doc)?.className).toBe('wrapper');
    const r = extractPosting(doc, 'https://careers.example.org/jobs/7', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.sections.map((s) => [s.kind, s.lines.length])).toEqual([
      ['responsibilities', 1],
      ['responsibilities', 2],
      ['benefits', 1],
    ]);
  });

  it('finds nothing on a page whose only duty words are in links and navigation, or that has no such heading', () => {
    const links = domFromHtml(`<html><body><nav>岗位职责</nav><div class="list"><a href="/job/1">岗位职责：Java 开发，负责后端服务</a>
      <a href="/job/2">Responsibilities: lead the night shift team</a></div></body></html>`);
    expect(readByHeadings(links)).toBeNull();
    const listing = domFromHtml(`<html><body><ul class="job-list"><li>Java开发工程师 上海 15-25K</li><li>测试工程师 北京 10-15K</li></ul></body></html>`);
    const r = extractPosting(listing, 'https://www.zhipin.com/web/geek/job?query=java', zhipin);
    expect(r.ok).toBe(false);
  });
  it("reads the job beside its page's similar jobs, but no duty headings inside a card", () => {
    const job = `<main><h1>Night Shift Warehouse Lead</h1><div class="job"><div><h3>Responsibilities</h3><ul><li>Supervise a crew of eight pickers on the night shift</li>
      <li>Check inbound deliveries against purchase orders</li><li>Train new starters on the scanners and safety rules</li></ul></div>
      <div><h3>Requirements</h3><ul><li>Two years of warehouse experience</li><li>Forklift licence</li></ul></div></div></main>`;
    const similar = `<aside><h2>Similar jobs</h2><ul>${['Picker', 'Packer', 'Driver'].map((t, i) => `<li class="card"><a href="/jobs/${i}">${t}</a> Acme · Leeds</li>`).join('')}</ul></aside>`;
    const page = domFromHtml(`<html><body>${job}${similar}</body></html>`);
    const cards = Array.from(page.querySelectorAll('.card'));
    const r = extractPosting(page, 'https://careers.example.org/jobs/42', null, { cards });
    expect(r.ok && r.source).toBe('headings');
    // The same duties inside a card (a listing's snippet) are no job on screen.
    const inCard = domFromHtml(`<html><body><ul><li class="card">${job}</li>${'<li class="card"><a href="/j">Picker</a></li>'.repeat(3)}</ul></body></html>`);
    expect(extractPosting(inCard, 'https://careers.example.org/jobs', null, { cards: Array.from(inCard.querySelectorAll('.card')) }).ok).toBe(false);
  });

  it('takes a heading written as a line of its own in the text ("Les missions qui vous attendent<br>"), but not a sentence so written', () => {
    const markup = (opening: string): string => `<html><body><main><h1>Secrétaire de direction</h1><div class="markup">${opening}<br><br>Notre résidence recherche une secrétaire.<br><br>
      <ul><li>Rédaction de courriers et de notes</li><li>Gestion de l’agenda du directeur</li><li>Rédactions de comptes-rendus de réunions</li></ul>
      Compétences<br><ul><li>Maîtrise de Word et Excel</li></ul></div></main></body></html>`;
    expect(readByHeadings(domFromHtml(markup('Les missions qui vous attendent')))?.className).toBe('markup');
    const prose = 'Vous aurez pour missions de soutenir la direction dans toutes ses tâches quotidiennes auprès des résidents et des familles';
    expect(readByHeadings(domFromHtml(markup(prose)))).toBeNull();
  });

  it('reads the job whose block holds a closed drawer of recommended jobs, and leaves their text out', () => {
    const drawer = `<div class="recommend hide"><ul>${['Picker', 'Packer', 'Driver'].map((t, i) => `<li class="card"><a href="/jobs/${i}">${t}</a> Acme · Leeds · Responsibilities</li>`).join('')}</ul></div>`;
    const page = domFromHtml(`<html><body><main><div class="job"><h1>Night Shift Warehouse Lead</h1>${drawer}<h3>Responsibilities</h3><ul><li>Supervise a crew of eight pickers on the night shift</li>
      <li>Check inbound deliveries against purchase orders</li></ul><h3>Requirements</h3><ul><li>Two years of warehouse experience</li></ul></div></main></body></html>`);
    const r = extractPosting(page, 'https://careers.example.org/jobs/42', null, { cards: Array.from(page.querySelectorAll('.card')) });
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('headings');
    expect(r.posting.sections.flatMap((s) => s.lines).join(' ')).not.toContain('Packer');
  });

  it('reads the duties under a description heading that a requirement heading follows ("Descriptif du poste", "Profil recherché")', () => {
    // Welcome to the Jungle's sections at a host no adapter knows: no duty heading, so the block was the asks alone.
    const page = domFromHtml(`<html><body><main><h1>Chargé(e) de recrutement</h1><div>Atelier Lumen</div>
      <div class="d"><h2>Descriptif du poste</h2><p>Rattaché(e) à la DRH, tu prendras en charge le recrutement de nos équipes en boutique.</p>
      <ul><li>Rédiger et publier les offres d'emploi sur les job boards</li><li>Présélectionner les candidatures et mener les entretiens téléphoniques</li></ul></div>
      <div class="e"><h2>Profil recherché</h2><ul><li>Bac+3/5 en RH ou école de commerce</li><li>Une première expérience en recrutement de volume</li></ul></div>
      <div><h2>Déroulement des entretiens</h2><ul><li>Un échange téléphonique avec Julie</li><li>Un entretien avec la DRH</li></ul></div></main></body></html>`);
    const r = extractPosting(page, 'https://careers.example.org/jobs/42', null);
    if (!r.ok) throw new Error(r.reason);
    const kinds = r.posting.sections.map((s) => [s.kind, s.lines.length]);
    expect(kinds).toContainEqual(['other', 3]);
    expect(kinds).toContainEqual(['requirements', 2]);
    // The interview steps are how to apply, not asks.
    expect(kinds).toContainEqual(['apply', 2]);
    // A description heading with no requirement heading after it anchors nothing.
    expect(readByHeadings(domFromHtml('<html><body><main><div><h2>Description</h2><p>A blog post about our office move and the new coffee machine we bought.</p></div></main></body></html>'))).toBeNull();
  });

  it("reads the asks in a block of their own beside the prose Readability keeps (104's 工作內容, then 條件要求 in rows of divs)", () => {
    const row = (k: string, v: string): string => `<div class="row"><div class="t3">${k}</div><div>${v}</div></div>`;
    const page = domFromHtml(`<html lang="zh-TW"><body><main><h1>會計助理</h1><div>宏昇精密工業股份有限公司</div>
      <div class="job-description"><h3>工作內容</h3><p>1. 處理日常帳務及傳票登打<br>2. 應收應付帳款管理與對帳<br>3. 協助月結、年結及營業稅申報<br>4. 零用金管理與發票整理<br>5. 主管交辦事項</p>
      ${row('工作待遇', '月薪 35,000~42,000 元')}${row('工作性質', '全職')}${row('上班時段', '日班，08:30~17:30')}${row('休假制度', '週休二日')}</div>
      <div class="job-requirement"><h3>條件要求</h3>${row('工作經歷', '2年以上')}${row('學歷要求', '專科、大學')}${row('擅長工具', 'Excel、鼎新ERP')}</div></main></body></html>`);
    const r = extractPosting(page, 'https://www.104-like.example.tw/job/7abcd', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toBe('headings');
    const asks = r.posting.sections.find((s) => s.kind === 'requirements');
    expect(asks?.lines).toEqual(['工作經歷', '2年以上', '學歷要求', '專科、大學', '擅長工具', 'Excel、鼎新ERP']);
    expect(r.posting.sections.find((s) => s.kind === 'responsibilities')?.lines).toHaveLength(5);
  });

  it('reads a German posting headed "Das erwartet Sie", "Das bringen Sie mit", "Das bieten wir", "Kontakt" (it read as no job)', () => {
    const page = domFromHtml(`<html lang="de"><body><main><h1>Sachbearbeiter Buchhaltung (m/w/d)</h1><div>Nordwerk Logistik GmbH</div>
      <div class="job-ad"><h2>Das erwartet Sie</h2><ul><li>Kontierung und Buchung von Eingangs- und Ausgangsrechnungen in DATEV</li><li>Abstimmung der Kreditoren- und Debitorenkonten</li></ul>
      <h2>Das bringen Sie mit</h2><ul><li>Abgeschlossene kaufmännische Ausbildung</li><li>Sicherer Umgang mit DATEV und MS Excel</li></ul>
      <h2>Das bieten wir</h2><ul><li>30 Tage Urlaub und Weihnachtsgeld</li></ul><h2>Kontakt</h2><p>Ihre Ansprechpartnerin: Frau Sabine Koch, Tel. 040 1234567</p></div></main></body></html>`);
    const r = extractPosting(page, 'https://karriere.nordwerk.example.de/jobs/42', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.sections.map((s) => [s.kind, s.lines.length])).toEqual([['responsibilities', 2], ['requirements', 2], ['benefits', 1], ['apply', 1]]);
  });

  it('reads the asks under a UK "The Person" heading as asks, not as more of the duties above (markup set 88)', () => {
    const page = domFromHtml(`<html><body><main><h1>Pharmacist</h1><div class="jd"><p><strong>Duties</strong></p><ul><li>Verify prescriptions for accuracy and dosing</li><li>Counsel patients on new medications</li></ul>
      <p><strong>The Person</strong></p><ul><li>PharmD and an active California pharmacist license</li><li>Immunization certification</li></ul></div></main></body></html>`);
    const r = extractPosting(page, 'https://careers.valleycare.example/jobs/12', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.sections.map((s) => [s.kind, s.lines.length])).toEqual([['responsibilities', 2], ['requirements', 2]]);
  });

  it('reads a classified ad headed "JOB:" and "YOU:" over star lines in <br> text (it read as no job; markup set 87)', () => {
    const page = domFromHtml(`<html><body><main><h1>Diesel Truck Mechanic</h1><section id="postingbody">MESA FLEET SERVICES - HIRING DIESEL MECHANIC<br><br>
      JOB:<br>* diagnose and repair engines, brakes, electrical and air systems<br>* do DOT inspections and PMs<br><br>YOU:<br>* 3 yrs diesel experience<br>* own tools<br><br>
      $30-40/hr depending on experience. M-F 7-4:30, some Saturdays.</section></main></body></html>`);
    const r = extractPosting(page, 'https://phoenix.classifieds.example/trp/d/diesel-mechanic/7712.html', null);
    if (!r.ok) throw new Error(r.reason);
    const kinds = Object.fromEntries(r.posting.sections.map((s) => [s.kind, s.lines]));
    expect(kinds.responsibilities?.slice(0, 2)).toEqual(['diagnose and repair engines, brakes, electrical and air systems', 'do DOT inspections and PMs']);
    expect(kinds.requirements?.slice(0, 2)).toEqual(['3 yrs diesel experience', 'own tools']);
  });

  it('reads a classified ad in prose under a title with its shift ("Line Cook - Evenings"), a restaurant "looking for a line cook" (it read as no job; markup set 107)', () => {
    const page = domFromHtml(`<html><body><main><h1>Line Cook - Evenings</h1><section id="postingbody">Busy family-owned Mexican restaurant in Tucson looking for a line cook for evening shifts.<br><br>
      You'll prep proteins and salsas before service and work the grill and flat top during dinner rush.<br><br>You'll also help close the kitchen and keep the walk-in organized.<br><br>
      At least one year on a line is required; food handler card required.<br><br>Pay is $17-$20/hr plus tips share.<br><br>Please reply with your availability and where you've cooked before.</section></main></body></html>`);
    const r = extractPosting(page, 'https://tucson.classifieds.example/fbh/d/line-cook/7719.html', null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.sections.flatMap((s) => s.lines)).toContain("You'll also help close the kitchen and keep the walk-in organized.");
    // "Office cleaner needed…" says whom the employer seeks, as "looking for" does (markup set 123: it read as no job).
    const ad = domFromHtml(`<html><body><main><h1>Office Cleaner - Early Mornings</h1><div class="ad-description"><p>Office cleaner needed for a small team of offices in Leeds city centre. Monday to Friday, 6am to 9am. Duties include hoovering, emptying bins and cleaning toilets and kitchens. You will also restock toilet rolls and hand soap. Must have own transport and references. £11.75 per hour, paid weekly. Call Sarah on 07700 900123 to arrange a chat.</p></div></main></body></html>`);
    const cleaner = extractPosting(ad, 'https://www.classifieds.example/leeds/office-cleaner/1501', null);
    if (!cleaner.ok) throw new Error(cleaner.reason);
    expect(cleaner.posting.sections.flatMap((s) => s.lines).join(' ')).toContain('Duties include hoovering');
    // A Spanish ad that seeks with "Se necesita…" and names its work with "Funciones:" mid-paragraph (markup set 132: no job).
    const cocinero = domFromHtml(`<html lang="es"><body><main><h1>Cocinero/a</h1><div class="oferta"><h2>Descripción de la oferta</h2><p>Se necesita cocinero/a para restaurante en Valencia. Funciones: elaboración de platos de la carta, control de stock y limpieza de la cocina. Requisitos: experiencia mínima de 2 años en cocina mediterránea y carnet de manipulador de alimentos. Se ofrece contrato indefinido a jornada completa, 1.450 € brutos mensuales en 14 pagas. Horario: de martes a domingo, turno partido.</p></div></main></body></html>`);
    const cook = extractPosting(cocinero, 'https://empleo.example.es/oferta/cocinero-valencia-8812', null);
    if (!cook.ok) throw new Error(cook.reason);
    expect(cook.posting.sections.flatMap((s) => s.lines).join(' ')).toContain('Funciones: elaboración de platos');
    // A title with its pay ("Landscape Crew Member - $18/hr"), a classified that "seeks" its hire, a start-up's "As our
    // second support specialist, you'll…" (markup set 140: each read as no job).
    const crew = domFromHtml(`<html><body><main><h1>Landscape Crew Member - $18/hr</h1><section id="postingbody">Green Valley Landscaping is hiring crew members for the spring season.<br><br>You will mow, edge and trim residential and commercial properties, plant shrubs and flowers, spread mulch and load equipment onto trailers.<br><br>Must have a valid driver's license and be able to lift 60 lbs.<br><br>Call or text Mike at 555-201-3344.</section></main></body></html>`);
    const tech = domFromHtml(`<html><body><main><h1>Maintenance Technician</h1><div class="classified-ad"><p>Riverside Apartments seeks full-time maintenance tech for 220-unit community. Duties include make-ready of vacant units, HVAC, plumbing and electrical repairs, and responding to resident work orders. On-call rotation required. EPA Universal certification a plus. EOE.</p></div></main></body></html>`);
    const support = domFromHtml(`<html><body><main><h1>Customer Support Specialist</h1><div class="posting"><p>Hi, we're Parcelly, a small team building shipping software for independent online shops.</p><p>As our second support specialist, you'll answer merchants' questions over chat and email, reproduce and document bugs for our engineers, and write and update help-center articles.</p><p>You've worked in customer support at a software company for at least a year and you write clearly.</p></div></main></body></html>`);
    for (const [doc, line] of [[crew, 'You will mow'], [tech, 'Duties include make-ready'], [support, "you'll answer merchants"]] as const) {
      const ad = extractPosting(doc, 'https://www.classifieds.example/jobs/4471', null);
      if (!ad.ok) throw new Error(ad.reason);
      expect(ad.posting.sections.flatMap((s) => s.lines).join(' ')).toContain(line);
    }
    // A page that names its hire by the title in the third person ("The custodian is responsible for…", "Substitutes
    // follow…") beside two job words, a forum post's "You'd cut my raw footage…" (markup set 141: each read as no job).
    const custodian = domFromHtml(`<html><body><main><h1>Part-Time Custodian</h1><article><p>St. Mark's Lutheran Church is seeking a part-time custodian.</p><p>The custodian is responsible for cleaning the sanctuary, classrooms, restrooms and fellowship hall each week and setting up tables and chairs for events.</p><p>The custodian also unlocks the building for Sunday services and reports needed repairs to the property committee.</p><p>The position is about 15 hours a week, including Sunday mornings, and pays $17 per hour.</p><p>To apply, email a letter of interest to the church office.</p></article></main></body></html>`);
    const substitute = domFromHtml(`<html><body><main><h1>Substitute Teacher</h1><div id="main-content"><p>Substitute teachers keep learning going when our regular teachers are away.</p><p>Substitutes follow the lesson plans left by the classroom teacher, take attendance, supervise students in class and at recess, and leave a short note on the day for the teacher.</p><p>Applicants need a bachelor's degree and a substitute permit from the state board of education.</p><p>Daily rate: $140, or $165 for long-term assignments.</p><p>Apply online through our applicant portal.</p></div></main></body></html>`);
    const editor = domFromHtml(`<html><body><main><h1>[Hiring] Video Editor for YouTube cooking channel</h1><div class="post-body"><p>I run a cooking channel with 80k subscribers and I'm looking for a video editor for two videos a week.</p><p>You'd cut my raw footage (about 40 minutes per video) down to 10-12 minutes, add captions, music and simple title cards, and export thumbnails from frames I pick.</p><p>You need to be fluent in Premiere Pro or DaVinci Resolve.</p><p>I pay $60 per video via PayPal.</p></div></main></body></html>`);
    for (const [doc, line] of [[custodian, 'The custodian also unlocks'], [substitute, 'Substitutes follow the lesson plans'], [editor, "You'd cut my raw footage"]] as const) {
      const ad = extractPosting(doc, 'https://www.community.example/posts/8812', null);
      if (!ad.ok) throw new Error(ad.reason);
      expect(ad.posting.sections.flatMap((s) => s.lines).join(' ')).toContain(line);
    }
    // A salon's poster in <br> lines that names its 美容师 twice beside 招聘 and 经验 (markup set 142: no job).
    const salon = domFromHtml(`<html lang="zh-CN"><body><main><h1>美容师</h1><div class="job-content">美丽人生美容院招聘美容师3名！<br>为顾客提供面部护理、身体按摩和皮肤管理服务。<br>向顾客介绍店内项目和产品，维护老顾客。<br>有美容师资格证优先，无经验可带薪培训。<br>底薪3500元+提成+全勤奖，综合收入6000-10000元。</div></main></body></html>`);
    const beauty = extractPosting(salon, 'https://www.tongcheng.example/cd/meirong/5512.shtml', null);
    if (!beauty.ok) throw new Error(beauty.reason);
    expect(beauty.posting.sections.flatMap((s) => s.lines).join(' ')).toContain('为顾客提供面部护理');
    // "Vous l'aiderez…" says what the reader will do; "Tuyển nhân viên…" titles a Vietnamese post (markup set 143: no job).
    const aide = domFromHtml(`<html lang="fr"><body><main><h1>Aide à domicile H/F</h1><div class="description"><p>Famille à Nantes recherche une aide à domicile pour une dame de 88 ans.</p><p>Vous l'aiderez pour la toilette, les repas et les courses, et lui tiendrez compagnie l'après-midi.</p><p>Expérience auprès des personnes âgées souhaitée.</p><p>15 heures par semaine, paiement en CESU, 14 € de l'heure.</p></div></main></body></html>`);
    const cafe = domFromHtml(`<html lang="vi"><body><main><h1>Tuyển nhân viên phục vụ ca tối</h1><div class="post-content"><p>Quán cà phê Mộc ở quận 3 cần tuyển 2 bạn nhân viên phục vụ ca tối.</p><p>Công việc: order và mang đồ uống cho khách, dọn bàn và giữ quán sạch sẽ.</p><p>Không cần kinh nghiệm, sẽ được hướng dẫn.</p><p>Lương 25.000đ/giờ, thưởng theo doanh thu.</p></div></main></body></html>`);
    // "Wir suchen…" calls, "Zu Ihren Aufgaben gehören…" says what the reader will do (markup set 143: no job before).
    const putz = domFromHtml(`<html lang="de"><body><main><h1>Reinigungskraft (m/w/d) Minijob</h1><div id="viewad-description-text">Wir suchen ab sofort eine zuverlässige Reinigungskraft (m/w/d) für unsere Zahnarztpraxis in Köln.<br>Zu Ihren Aufgaben gehören die Reinigung der Behandlungsräume, des Wartezimmers und der Sanitäranlagen zweimal pro Woche am Abend.<br>Minijob auf 538-Euro-Basis.<br>Bitte melden Sie sich telefonisch bei Frau Becker.</div></main></body></html>`);
    // A 小红书 note titled "招咖啡师！…" says 工作内容 and 时薪 (markup set 150: no job before).
    const note = domFromHtml(`<html lang="zh-CN"><body><main><h1>招咖啡师！静安寺店</h1><div class="desc">📍门店：上海静安寺店<br>💼工作内容：<br>制作咖啡和饮品，保证出品标准；<br>接待顾客点单收银；<br>门店清洁和物料盘点。<br>✅我们希望你：<br>热爱咖啡，有咖啡师证优先；<br>能接受早晚班轮换。<br>💰薪资：时薪25-30元，包工作餐</div></main></body></html>`);
    for (const [doc, line] of [[aide, "Vous l'aiderez"], [cafe, 'Công việc: order'], [putz, 'Zu Ihren Aufgaben'], [note, '制作咖啡和饮品']] as const) {
      const ad = extractPosting(doc, 'https://www.annonces.example/emploi/4471', null);
      if (!ad.ok) throw new Error(ad.reason);
      expect(ad.posting.sections.flatMap((s) => s.lines).join(' ')).toContain(line);
    }
    // A staff profile and an article about the work name it as often, with one job word or none: no posting.
    const profile = domFromHtml(`<html><body><main><h1>Head Custodian</h1><p>Meet Tom Alvarez, our head custodian since 1998. As a custodian Tom has kept three generations of classrooms sparkling, and students know him for his jokes at lunch.</p><p>Join us in thanking Tom at his retirement party on June 12 in the school gym. Every custodian who worked with him over the years is invited, and families are welcome to bring cards and photos to share. Cake and coffee will be served in the library after the assembly, and the school band will play a few of his favourite songs.</p></main></body></html>`);
    const article = domFromHtml(`<html><body><main><h1>Substitute Teacher</h1><p>Substitute teachers are a vital part of every school. In this post we look at how substitute teachers plan their day and what makes a good substitute teacher, from classroom management to building trust with students quickly.</p><p>If you want to apply these ideas in your own class, download our free guide for substitute teachers and share it with colleagues. Our next post covers lesson plans for the first day of a long-term assignment and how to keep notes for the regular teacher.</p></main></body></html>`);
    // (Titled as a job, each is read as a main text under no heading; its lines list no work, so it is no posting.)
    for (const doc of [profile, article]) expect(analyzeDocument(doc, 'https://www.example-school.org/news/1', null)).toMatchObject({ kind: 'none', tasks: [] });
    // A page about cooks, with no job in it, stays no posting.
    const blog = domFromHtml(`<html><body><main><h1>The Line Cook - A Short History</h1><p>${'Line cooks have worked the grill since the first diners opened. '.repeat(8)}</p></main></body></html>`);
    expect(extractPosting(blog, 'https://food-history.example/line-cooks', null).ok).toBe(false);
  });

  it('reads an Italian classified ad under "Cercasi pizzaiolo" with its "Si richiede:" and "Si offre:" (it read as no job; markup set 115)', () => {
    const page = domFromHtml(`<html lang="it"><body><main><h1>Cercasi pizzaiolo</h1><div class="AdDescription"><p>Pizzeria a Bologna cerca pizzaiolo per il turno serale.<br>
      La persona si occuperà della preparazione degli impasti e della cottura nel forno a legna.<br>Si richiede:<br>esperienza di almeno 2 anni nel ruolo<br>disponibilità nei fine settimana<br>
      Si offre:<br>contratto a tempo indeterminato, 1.600 euro netti al mese<br>Inviare curriculum tramite messaggio.</p></div></main></body></html>`);
    const r = extractPosting(page, 'https://www.annunci.example/bologna/offerte-lavoro/cercasi-pizzaiolo-5512.htm', null);
    if (!r.ok) throw new Error(r.reason);
    const kinds = Object.fromEntries(r.posting.sections.map((s) => [s.kind, s.lines]));
    expect(kinds.requirements).toEqual(['esperienza di almeno 2 anni nel ruolo', 'disponibilità nei fine settimana']);
    expect(kinds.benefits?.[0]).toBe('contratto a tempo indeterminato, 1.600 euro netti al mese');
  });

  it("reads short postings in one <br> paragraph with a lead-in before their first heading, in German, Japanese, Portuguese, Italian and French (no English, Spanish or Chinese job words on the page: they read as no job; markup set 122)", () => {
    const pages: [lang: string, title: string, body: string, duty: string][] = [
      ['de', 'Fachkraft für Lagerlogistik (m/w/d)', 'Zur Verstärkung unseres Teams in Kassel suchen wir ab sofort eine Fachkraft für Lagerlogistik (m/w/d) in Vollzeit.<br><br>Ihre Aufgaben:<br>- Annahme und Kontrolle eingehender Waren<br>- Einlagerung der Ware mit dem Gabelstapler<br>- Kommissionierung und Verpackung von Kundenaufträgen<br><br>Ihr Profil:<br>- Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik<br>- Staplerschein<br><br>Wir bieten:<br>- Unbefristeter Arbeitsvertrag<br>- 30 Tage Urlaub<br><br>Interesse geweckt? Dann senden Sie uns Ihre Bewerbungsunterlagen per E-Mail.', 'Einlagerung der Ware mit dem Gabelstapler'],
      ['ja', '倉庫内作業スタッフ', '当社の物流センターで一緒に働く仲間を募集しています。<br><br>仕事内容<br>・入荷した商品の検品<br>・ピッキングと梱包作業<br>・フォークリフトでの荷物の移動<br><br>応募資格<br>・未経験者歓迎<br>・フォークリフト免許をお持ちの方優遇<br><br>給与<br>時給1,300円〜', 'ピッキングと梱包作業'],
      ['pt-BR', 'Auxiliar de Estoque', 'Empresa do ramo de distribuição contrata auxiliar de estoque para atuar em Campinas.<br><br>Atividades:<br>- Receber e conferir mercadorias<br>- Organizar o estoque<br>- Separar pedidos para expedição<br><br>Requisitos:<br>- Ensino médio completo<br><br>Benefícios:<br>- Vale transporte<br>Salário: R$ 1.800,00', 'Separar pedidos para expedição'],
      ['it', 'Magazziniere', 'Azienda di logistica in provincia di Verona ricerca un magazziniere da inserire nel proprio organico.<br><br>Mansioni:<br>- Carico e scarico merci<br>- Preparazione degli ordini<br>- Utilizzo del muletto<br><br>Si richiede:<br>- Patentino del muletto<br>- Disponibilità su turni<br><br>Si offre:<br>- Contratto a tempo determinato', 'Preparazione degli ordini'],
      ['fr', 'Préparateur de commandes', "Notre client, acteur de la logistique, recherche un préparateur de commandes pour son entrepôt de Lyon.<br><br>Vos missions :<br>- Préparer les commandes<br>- Charger les camions<br>- Conduire un chariot élévateur<br><br>Votre profil :<br>- CACES 1 exigé<br><br>Rémunération : 11,88 € brut de l'heure", 'Charger les camions'],
    ];
    for (const [lang, title, body, duty] of pages) {
      const page = domFromHtml(`<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><div class="d"><p>${body}</p></div></main></body></html>`);
      const r = extractPosting(page, 'https://karriere.example-firma.com/jobs/100', null);
      if (!r.ok) throw new Error(`${lang}: ${r.reason}`);
      expect(r.posting.sections.find((s) => s.kind === 'responsibilities')?.lines, lang).toContain(duty);
    }
    // Advice on applications, in the same words, is no posting.
    const advice = domFromHtml(`<html lang="de"><body><main><h1>Die perfekte Bewerbung</h1><p>${'Wer eine Bewerbung schreibt, sollte Erfahrung, Aufgaben im letzten Job und das gewünschte Gehalt klar nennen. '.repeat(6)}</p></main></body></html>`);
    expect(analyzeDocument(advice, 'https://ratgeber.example/bewerbung', null)).toMatchObject({ kind: 'none', tasks: [] });
  });

  it('reads the duties under "About the job" in the block before the asks\' (only the asks and the offer were read; markup set 122)', () => {
    const page = domFromHtml(`<html><body><main><h1>Customer Onboarding Specialist</h1><div class="description"><h2>About us</h2><p>Parcelo builds shipping software used by 4,000 online shops across Europe.</p>
      <h2>About the job</h2><p>As our Customer Onboarding Specialist you will guide new customers through their first 60 days with Parcelo.</p><ul><li>Run onboarding video calls with new merchants and configure their shipping rules</li><li>Write help-centre articles for common setup questions</li></ul></div>
      <div class="requirements"><h2>What we're looking for</h2><ul><li>2+ years in customer support or onboarding at a SaaS company</li><li>Fluent English and Dutch; German is a plus</li></ul><h2>What we offer</h2><ul><li>€3,400 – €4,100 gross per month</li></ul></div></main></body></html>`);
    const text = readByHeadings(page)?.textContent ?? '';
    expect(text).toContain('Write help-centre articles');
    expect(text).toContain('2+ years in customer support');
  });

  it('reads a paragraph that opens with its heading as one section of the description its sibling paragraphs make up (the lead-in and the terms were left out; markup set 119)', () => {
    const page = domFromHtml(`<html lang="fr"><body><main><h1>Vendeur / Vendeuse en boulangerie</h1><div id="jobDescriptionText"><p>Notre boulangerie artisanale recherche un(e) vendeur(se) pour renforcer son équipe.</p>
      <p><b>Vos missions :</b><br>- Accueillir et conseiller la clientèle<br>- Mettre en place les produits en vitrine<br>- Encaisser les ventes et tenir la caisse</p>
      <p>Type d'emploi : CDI, Temps partiel<br>Salaire : 1 450,00€ à 1 600,00€ par mois<br>Horaires : Travail le week-end</p></div><aside><div>Offres similaires</div></aside></main></body></html>`);
    const text = readByHeadings(page)?.textContent ?? '';
    expect(text).toContain('Notre boulangerie artisanale');
    expect(text).toContain('Salaire : 1 450,00€');
    expect(text).not.toContain('Offres similaires');
  });

  it('widens the duties to the asks in the next block though a duty item names eligibility ("Review grant applications for eligibility…" is no heading; markup set 110)', () => {
    const page = domFromHtml(`<html><body><main><h1>Grants Operations Associate</h1><div class="section"><h3>What you'll do</h3><ul><li>Review grant applications for eligibility and completeness</li><li>Draft award letters and grant agreements from our templates</li><li>Run payment schedules and reconcile disbursements with finance</li></ul></div>
      <div class="section"><h3>What you'll need</h3><ul><li>2+ years in grants administration or a similar operations role</li><li>Comfort with spreadsheets and a CRM like Salesforce</li></ul></div></main></body></html>`);
    expect(readByHeadings(page)?.textContent).toContain('Comfort with spreadsheets');
  });
});

