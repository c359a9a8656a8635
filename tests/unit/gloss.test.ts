import { describe, expect, it } from 'vitest';
import { glossed, glossLang } from '../../engine/lines/gloss';
import { statementFor } from '../../engine/lines/statement';
import { classify } from '../../engine/rules/classify';
import { mainVerbOf } from '../../engine/rules/main-verb';

describe('duties in European languages read in English words', () => {
  it('glosses French, Italian, Spanish, German and Portuguese duty wording', () => {
    expect(glossed('Rédaction de courriers et de notes', 'fr')).toBe('draft letters notes');
    expect(glossed('Saisie et suivi des règlements', 'fr')).toBe('enter data track payments');
    expect(glossed('Inserire ordini e aggiornare i dati nei sistemi aziendali', 'it')).toBe('enter data orders update data systems company');
    expect(glossed('Gestión de la agenda y atención al cliente', 'es')).toBe('manage schedule customer service');
    expect(glossed('Erstellung von Berichten und Pflege der Kundendaten', 'de')).toContain('create');
    expect(glossed('Atendimento ao cliente e elaboração de relatórios', 'pt')).toBe('customer service prepare reports');
  });

  // A recruiter's, a stock clerk's and a buyer's wording (interviews are no upkeep, "presencial" is in person); German
  // said to "du", with its separable verbs and care words (Pflege here is nursing, not upkeep).
  it.each([
    ['fr', 'Présélectionner les candidatures et mener les entretiens téléphoniques', 'screen applications conduct phone interviews'],
    ['fr', 'Suivre les indicateurs de recrutement', 'track metrics recruit'],
    ['es', 'Alistar pedidos y realizar inventarios cíclicos', 'pick orders perform cycle counts'],
    // Mexico's "capturar" is keying in (markup set 126: the line read as no rule's).
    ['es', 'Capturar entradas y salidas en el sistema SAP', 'enter data incoming goods outgoing goods systems sap'],
    ['it', 'Sollecito delle consegne e confronto di preventivi', 'expedite deliveries compare quotes'],
    // E-mails and requests for information answered, daily care forms filled in (markup set 136: both read as no rule's).
    ['pt', 'Resposta a e-mails e pedidos de informação', 'respond email information requests'],
    ['es', 'Atender solicitudes de información por e-mail', 'serve customers information requests email'],
    ['it', 'Compilazione delle schede di assistenza giornaliere', 'complete records assist daily'],
    ['pt', 'Organizar treinamentos presenciais', 'organize train in person'],
    ['pt', 'Conduzir o processo de admissão', 'run the process onboarding'],
    ['pt', 'Instalar e configurar computadores e impressoras', 'install configure computers printers'],
    ['de', 'Retouren annehmen und Geräte reparieren', 'returns receive devices repair'],
    ['it', 'Gestione del centralino e delle prenotazioni', 'manage switchboard bookings'],
    ['fr', 'Traiter les retours et les réclamations clients', 'process returns complaints customers'],
    ['vi', 'Kiểm đếm và nhập hàng vào kho', 'count receive goods warehouse'],
    // A café's drinks brought to guests and tables cleared, not a network (mạng) carried (markup set 143).
    ['vi', 'Mang đồ uống cho khách và dọn bàn', 'serve drinks guests clear tables'],
    ['vi', 'Gặp gỡ, tư vấn và báo giá cho khách hàng', 'meet advise quotes customers'],
    ['vi', 'Nhập số liệu xuất nhập kho vào phần mềm', 'enter data stock movements software'],
    ['vi', 'Cập nhật thông tin khách hàng trên hệ thống CRM', 'update information customers systems crm'],
    ['vi', 'Làm việc với cơ quan thuế khi có kiểm tra', 'work with tax authorities during inspections'],
    ['fr', 'Remonter les bugs et mettre à jour la base de connaissances', 'escalate bugs update knowledge base'],
    ['de', 'Du arbeitest eng mit Ärzten und Angehörigen zusammen', 'collaborate closely with physicians families'],
    ['de', 'Du leitest Pflegehelfer und Auszubildende an', 'lead nursing aides trainees'],
    // Duties said in the future ("vous animerez", "gestirai", "realizará"): read as the verb's infinitive (the Italian
    // optician's "Accoglierai i clienti…" read as no verb's, and a forklift "utilizzerà" as desk work).
    ['fr', 'Vous animerez les réseaux sociaux et tiendrez le registre', 'vous lead social media keep records'],
    ['it', 'Accoglierai i clienti e gestirai la cassa', 'greet customers manage cash register'],
    ['es', 'Gestionarás la agenda y atenderás a los pacientes', 'manage schedule serve customers patients'],
    ['pt', 'Você organizará a agenda', 'voce organize schedule'],
    // Data keyed in on a handheld scanner is records kept, not a cash register (markup set 172: read hands-on).
    ['ja', 'ハンディ端末を使った入出荷データの登録', 'record handheld scanner shipments data'],
    // German care work (markup set 173): Pflege in a compound is care, not upkeep ("Pflegemaßnahmen" read as
    // "maintain"), and a home carer's day (dressing, shopping, laundry, changes reported) had no English words.
    ['de', 'Durchführung von Pflegemaßnahmen nach ärztlicher Anordnung', 'carry out nursing care nach physicians anordnung'],
    ['de', 'Pflegedokumentation in Vivendi', 'document patient records vivendi'],
    ['de', 'Unterstützung beim An- und Auskleiden', 'support dressing'],
    ['de', 'Hauswirtschaftliche Tätigkeiten wie Einkaufen und Wäsche', 'housekeeping tasks shopping laundry'],
    ['de', 'Meldung von Veränderungen an die Pflegefachkraft', 'report changes nurses'],
    // Pflege on its own stays upkeep where it is done to data.
    ['de', 'Pflege der Kundendaten im CRM', 'maintain customer data crm'],
    // Words that only end like a future stay themselves.
    ['es', 'Carrera para escaleras', 'carrera for escaleras'],
  ] as const)('glosses %s "%s" as "%s"', (lang, line, gloss) => {
    expect(glossed(line, lang)).toBe(gloss);
  });

  it('keeps the words it does not know (cognates, tools) and drops lead-ins', () => {
    expect(glossed('Vous serez en charge de le tableau Kubernetes', 'fr')).toBe('tableau kubernetes');
  });

  it('leaves English lines and unglossed languages to the English reading', () => {
    expect(statementFor('You will draft weekly reports for the team', 'fr')).toBe('draft weekly reports for the team');
    expect(statementFor('负责数据录入', 'zh')).toBe('负责数据录入');
    expect(glossLang('fr-FR')).toBe('fr');
    expect(glossLang('ja')).toBe('ja');
    expect(glossLang('ko')).toBeNull();
  });

  it("sets aside the share of the job a duty takes (\"(40%) Plan…\", \"25% - Recruit…\") and whose direction it is done under", () => {
    expect(statementFor('(40%) Plan and lead daily after-school activities', 'en')).toBe('Plan and lead daily after-school activities');
    expect(statementFor('25% - Recruit, train and schedule volunteer tutors', 'en')).toBe('Recruit, train and schedule volunteer tutors');
    expect(mainVerbOf(statementFor('(15%) Meet with parents and school staff about student progress', 'en'))).toBe('people');
    expect(statementFor('Under the direction of the Finance Manager, prepares monthly reports.', 'en')).toBe('prepares monthly reports.');
  });

  it('keeps a label that is the work itself ("Write press materials: news releases…"), and sets a name\'s label aside ("Calendar Management: Own…")', () => {
    expect(statementFor('Write press materials: news releases, talking points and memos;', 'en')).toBe('Write press materials: news releases, talking points and memos;');
    expect(classify(statementFor('Write press materials: news releases, talking points and memos;', 'en')).label).not.toBe('human-led');
    expect(statementFor("Calendar Management: Own the CEO's schedule and travel", 'en')).toBe("Own the CEO's schedule and travel");
    expect(statementFor('Lead Generation – Identify and qualify new prospects', 'en')).toBe('Identify and qualify new prospects');
  });

  it("reads Japanese care duties as personal care given in person (介助 is help with a person's body: 食事介助, 入浴介助)", () => {
    expect(mainVerbOf(statementFor('食事、入浴、排せつの介助', 'ja'))).toBe('people');
    expect(mainVerbOf(statementFor('特別養護老人ホームでの介護業務全般をお任せします。', 'ja'))).toBe('people');
  });

  it('reads a studio tour\'s visitors and guests served in Japanese as service in person (a refit left the lines to the posting\'s lean)', () => {
    expect(glossed('今回募集するのは、ビジター（お客様）に直接サービスを提供するスタッフ', 'ja')).toBe('serve visitors customers staff');
    for (const line of ['ビジターの案内や、世界観に入り込むサポートを行います', 'ゲストをお席へご案内します']) {
      const result = classify(statementFor(line, 'ja'));
      expect([line, result.label, result.unclear]).toEqual([line, 'human-led', false]);
    }
  });

  it('lets the classifier tell a clerical French duty from a hands-on one', () => {
    const clerical = classify(statementFor('Saisie et suivi des règlements', 'fr'));
    const handsOn = classify(statementFor('Nettoyage et manutention des marchandises', 'fr'));
    expect(clerical.label).not.toBe('human-led');
    expect(clerical.unclear).toBe(false);
    expect(handsOn.label).toBe('human-led');
  });
});

describe('a line in another language than its posting', () => {
  it('is glossed from the language its own words name', () => {
    const line = "Collaborer avec les équipes produits pour évaluer en permanence l'adéquation produit-marché";
    expect(statementFor(line, 'en')).toMatch(/^collaborate with team/);
    expect(statementFor('Analyze the data for the sales team', 'en')).toBe('Analyze the data for the sales team');
  });

  it("counts French elisions among its words (\"lors d'événements\"), not an English apostrophe", () => {
    expect(statementFor("Représenter l'entreprise lors d'événements et auprès d'organismes professionnels", 'en')).toMatch(/^represent /);
    expect(statementFor("Don't hesitate to design the API and its data model", 'en')).toBe("Don't hesitate to design the API and its data model");
  });
});

describe('people work in European languages is read as people work', () => {
  it.each([
    ['Guider les équipes commerciales lors des lancements', 'fr'],
    ["Représenter l'entreprise auprès des partenaires", 'fr'],
    ['Liderar equipos de soporte técnico', 'es'],
    ['Representar a la empresa en ferias del sector', 'es'],
    ["Rappresentare l'azienda presso i clienti", 'it'],
    ['Negoziare i contratti con i fornitori', 'it'],
    ['Liderar equipes de vendas', 'pt'],
  ])('%s (%s)', (line, lang) => {
    expect(mainVerbOf(statementFor(line, lang))).toBe('people');
  });
});
