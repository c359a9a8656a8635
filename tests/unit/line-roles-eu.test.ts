import { describe, expect, it } from 'vitest';
import { postingLines } from '../../engine/lines/roles';
import type { LineRole } from '../../engine/types';

/** Each line alone in a section with no heading: the role its own words give it (no section prior, no vote). */
function ownRoles(language: string, said: Record<string, LineRole>): void {
  const read = postingLines({ title: 'Operario/a', company: 'Transalp', location: null, language, sections: Object.keys(said).map((line) => ({ heading: null, kind: 'other' as const, lines: [line] })) });
  const role = new Map(read.map((l) => [l.text.replace(/[.!?]\s*$/u, ''), l.role]));
  for (const [line, want] of Object.entries(said)) expect([line, role.get(line.replace(/[.!?]\s*$/u, ''))]).toEqual([line, want]);
}

// Hand-written lines of non-tech postings (warehouse, care, retail, cleaning, accounting) in five languages.
describe('line roles of European non-tech postings, by the line alone', () => {
  it.each([
    ['es', { 'Ubicación de mercancía en estanterías.': 'duty', 'Gestión de devoluciones y cambios.': 'duty', 'Formación en Administración y Finanzas.': 'requirement', 'Remuneración según convenio.': 'benefit' }],
    ['fr', { 'Établissement des factures clients.': 'duty', 'Conditionnement et expédition des colis.': 'duty' }],
    ['it', { 'Osservazione e documentazione dei progressi dei bambini.': 'duty', 'Risoluzione di reclami telefonici.': 'duty', 'Predisposizione delle liquidazioni IVA.': 'duty' }],
    ['pt', { 'Coleta e separação do lixo reciclável.': 'duty', 'Reconciliações bancárias e de fornecedores.': 'duty' }],
    ['de', { 'Kommissionierung von Waren nach Lieferschein.': 'duty', 'Fehlersuche und Störungsbeseitigung.': 'duty', 'Hilfe bei der Nahrungsaufnahme.': 'duty', 'Erfahrung in der Lagerlogistik.': 'requirement', 'Vergütung nach Haustarif.': 'benefit' }],
  ] as const)('reads a %s duty named by an action noun and what it acts on as a duty, not a noun of the terms or the profile', (language, said) => {
    ownRoles(language, said);
  });

  it.each([
    ['es', { 'Contrato por ETT de 6 meses.': 'benefit', 'Descuentos en todas nuestras tiendas.': 'benefit', 'Plan de formación continua.': 'benefit' }],
    ['fr', { 'Un 13e mois et une prime de fin d’année.': 'benefit' }],
    ['it', { 'Contratto di somministrazione con possibilità di proroga.': 'benefit', 'Inserimento con contratto a tempo determinato.': 'benefit' }],
    ['pt', { 'Contrato sem termo.': 'benefit', 'Plano de saúde e odontológico.': 'benefit', 'Escala 12x36.': 'benefit', 'Horário: segunda a sexta, das 8h às 17h.': 'benefit', 'Vale-transporte e vale-refeição.': 'benefit' }],
    ['de', { 'Übertarifliche Bezahlung und Urlaubsgeld.': 'benefit', 'Montag bis Freitag, keine Wochenendarbeit.': 'benefit', 'Teilzeit oder Vollzeit möglich.': 'benefit', 'Zuschläge für Nacht- und Feiertagsdienste.': 'benefit' }],
  ] as const)('reads %s contracts, pay, perks, weekdays and shifts as the terms', (language, said) => {
    ownRoles(language, said);
  });

  it.each([
    ['es', { 'Disponibilidad para trabajar fines de semana.': 'requirement', 'Persona dinámica y resolutiva.': 'requirement', 'Carnet de carretillero en vigor.': 'requirement', 'Estudios mínimos: ESO.': 'requirement', 'Vehículo propio.': 'requirement' }],
    ['fr', { 'Rigoureux(se) et organisé(e).': 'requirement' }],
    ['it', { 'Predisposizione al lavoro in team.': 'requirement', 'Predisposizione ai rapporti con il cliente.': 'requirement' }],
    ['pt', { 'CNH categoria D.': 'requirement', 'Ensino médio completo.': 'requirement', 'Inglês intermediário.': 'requirement', 'Cartão de tacógrafo válido.': 'requirement' }],
    ['de', { 'Führerschein Klasse B.': 'requirement', 'Du arbeitest gerne im Team.': 'requirement', 'Freude am Umgang mit Menschen.': 'requirement', 'Selbstständige und sorgfältige Arbeitsweise.': 'requirement' }],
  ] as const)('reads %s availability, licences held, studies, traits and languages as requirements', (language, said) => {
    ownRoles(language, said);
  });

  it.each([
    ['de', { 'Wir begrüßen Bewerbungen unabhängig von Geschlecht, Herkunft und Alter.': 'legal', 'Haben wir Ihr Interesse geweckt?': 'meta', 'Wir freuen uns auf deine Bewerbung!': 'meta', 'Zur Verstärkung unseres Teams suchen wir einen Lagerhelfer (m/w/d).': 'company' }],
    ['pt', { 'Vaga também para PcD.': 'legal', 'Os dados serão tratados de acordo com a LGPD.': 'legal', 'Interessados enviar currículo pelo WhatsApp.': 'meta' }],
    ['fr', { 'Poste basé à Orléans (45).': 'meta', 'Le poste est situé à Lyon.': 'meta', 'Poste à pourvoir dès que possible.': 'meta', 'Le cabinet Martin accompagne depuis 30 ans les artisans de la région.': 'company', 'Spécialiste du transport frigorifique, notre entreprise compte 200 salariés.': 'company' }],
    ['es', { 'Si te interesa formar parte del equipo, inscríbete en la oferta.': 'meta', 'Puesto ubicado en Pamplona.': 'meta' }],
  ] as const)('reads %s equal-treatment and data notices, calls to apply and the company as no duty', (language, said) => {
    ownRoles(language, said);
  });

  it('reads French duties in the present tense ("vous préparez", "vous êtes le référent") as duties, "vous maîtrisez" as a requirement', () => {
    ownRoles('fr', { 'Vous préparez les commandes et gérez les retours.': 'duty', 'Vous êtes le référent technique du site.': 'duty', 'Rattaché(e) au chef comptable, vous prenez en charge un portefeuille de clients.': 'duty', 'Vous maîtrisez Excel.': 'requirement' });
  });

  it.each([
    ['es', { 'También deberá resolver las reclamaciones de los huéspedes.': 'duty', 'Deberá tener carnet de conducir.': 'requirement', 'Buena presencia y don de gentes.': 'requirement', 'La empresa garantiza la igualdad de trato entre mujeres y hombres.': 'legal' }],
    ['fr', { 'Vous intervenez au domicile de personnes en situation de handicap.': 'duty', 'Aide à la toilette et à l’habillage.': 'duty', 'L’ADMR recrute un(e) auxiliaire de vie pour son antenne de Nantes.': 'company', 'Indemnités kilométriques.': 'benefit' }],
    ['it', { 'Utilizzo di macchinari per la pulizia dei pavimenti.': 'duty', 'Iscrizione all’albo OPI.': 'requirement' }],
    ['pt', { 'Colaborar na formação de novos profissionais.': 'duty', 'Registo dos cuidados no processo clínico.': 'duty', 'Ter experiência em caixa.': 'requirement' }],
    ['de', { 'Verkauf unserer Backwaren und Snacks.': 'duty', 'Beratung unserer Kunden.': 'duty', 'Kassieren und Abrechnen der Kasse.': 'duty', '20 bis 30 Stunden pro Woche.': 'benefit', 'Mitarbeiterrabatt und kostenlose Getränke.': 'benefit' }],
  ] as const)('reads %s duties the hire "must" do, care and shop work, and registration, hours and perks by their own words', (language, said) => {
    ownRoles(language, said);
  });

  it.each([
    ['es', { 'Asesoría Martínez es una gestoría con más de 25 años de trayectoria.': 'company', 'Acompañamiento a los residentes en las actividades diarias.': 'duty', 'Ayuda en la alimentación.': 'duty', 'Empatía, paciencia y vocación por el trabajo con mayores.': 'requirement', 'Certificado de profesionalidad de Atención Sociosanitaria.': 'requirement' }],
    ['fr', { 'Pose de chemins de câbles et raccordement des tableaux.': 'duty', 'Mise en service des installations.': 'duty', 'Merci d’adresser votre candidature au service RH.': 'meta', 'Une première expérience dans le nettoyage est souhaitée.': 'requirement' }],
    ['de', { 'Warenannahme und Lagerkontrolle.': 'duty', 'Mitarbeit bei der Menüplanung.': 'duty', 'Sie überwachen die Einhaltung der Hygieneregeln.': 'duty', 'Du nimmst Anrufe von Kunden entgegen.': 'duty', 'Sicherer Umgang mit dem PC.': 'requirement' }],
    ['pt', { 'Subsídio de alimentação.': 'benefit', 'Prémios de produtividade.': 'benefit' }],
  ] as const)('reads %s company history, care and trade duties, German "Sie/du" duties, applications and allowances by their own words', (language, said) => {
    ownRoles(language, said);
  });

  it('reads an offer announced ("Si offre contratto…", "Se ofrece contrato…") as the terms, German knowledge and reliability nouns as requirements under a duties heading', () => {
    ownRoles('it', { 'Si offre contratto iniziale in somministrazione con possibilità di proroghe.': 'benefit' });
    ownRoles('es', { 'Se ofrece incorporación en empresa estable.': 'benefit' });
    const lines = ['Grundkenntnisse der deutschen Sprache.', 'Zuverlässigkeit und Sorgfalt.', 'Teamfähigkeit.', 'Reinigung von Sanitäranlagen.'];
    const read = postingLines({ title: 'Reinigungskraft', company: 'Klar', location: null, language: 'de', sections: [{ heading: 'Ihre Aufgaben', kind: 'responsibilities', lines }] });
    expect(read.filter((l) => l.role !== 'heading').map((l) => l.role)).toEqual(['requirement', 'requirement', 'requirement', 'duty']);
  });

  // Markup set 75: Indeed's fields in Italian, Spanish and French, a Gupy posting's announcement.
  it.each([
    ['it', { 'Sede di lavoro: In presenza': 'benefit', 'vendita al dettaglio: 1 anno (Preferenziale)': 'requirement' }],
    ['es', { 'Lugar de trabajo: Empleo presencial': 'benefit', 'camarero/a: 1 año (Obligatorio)': 'requirement', 'Tipo de puesto: Jornada completa, Contrato indefinido': 'benefit' }],
    ['pt', { 'Etapa 4: Contratação': 'meta' }],
    ['de', { 'Pensum: 80–100%': 'benefit', 'Wir freuen uns über Bewerbungen von Menschen aller Hintergründe.': 'legal', 'Betreuung von Menschen aller Altersgruppen.': 'duty' }],
    ['fr', { 'Lieu du poste : En présentiel': 'benefit', "Type d'emploi : Intérim": 'benefit', 'Durée du contrat : 3 mois': 'benefit', 'Titre-restaurant': 'benefit' }],
    // A Swiss workload in French and Italian, as "Pensum" in German (markup set 122: it read as a figure of the page).
    ['fr', { "Taux d'occupation : 80 – 100%": 'benefit', "Taux d'activité : 60%": 'benefit' }],
    ['it', { 'Grado di occupazione: 100%': 'benefit' }],
  ] as const)('reads %s work-place, contract and experience fields as the terms and the asks, the steps of the selection as how to apply', (language, said) => {
    ownRoles(language, said);
  });

  it('reads an announcement saying what the hire will do ("… para apoiar a rotina do escritório") as work, one seeking staff to work in a shop or to fill a role as the employer\'s', () => {
    ownRoles('pt', { 'Estamos em busca de uma pessoa Assistente Administrativa para apoiar a rotina do escritório da nossa fábrica em Jundiaí.': 'duty' });
    ownRoles('es', { 'Buscamos dependientes para trabajar en nuestra tienda de Gijón.': 'company' });
    ownRoles('it', { 'Stiamo cercando una persona precisa, organizzata e orientata al cliente per ricoprire il ruolo di Inventory Controller.': 'company' });
    ownRoles('fr', { 'Nous recherchons un commercial pour développer notre portefeuille de clients en Bretagne.': 'duty' });
  });

  it('keeps a full stop inside brackets, after an abbreviation before a number or after a title within its sentence', () => {
    const lines = ['Arbeitsvertrag in Vollzeit (40 Std./Woche).', 'Ansprechpartnerin: Frau Schmidt, Tel. 0221 123456.', 'Ai sensi della L. 903/77 e del D.Lgs. 198/2006.', 'Ansprechpartner: Hr. Weber, Personalabteilung.', 'Contact Ms. Lan on 0912 345 678.', 'Ansprechpartnerin: Mag. Julia Hofer, HR.', 'Referente: Dott. Marco Rossi.'];
    const read = postingLines({ title: 'Lagerhelfer', company: 'Acme', location: null, language: 'de', sections: [{ heading: null, kind: 'other', lines }] });
    expect(read.map((l) => l.text)).toEqual(lines);
  });
});
