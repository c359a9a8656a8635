import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { detectLanguage } from '../../engine/extract/language';
import { glossed } from '../../engine/lines/gloss';
import type { Label } from '../../engine/types';

type Lang = 'ja' | 'vi' | 'es' | 'fr' | 'it' | 'de' | 'pt';
type Fixture = { sets: Record<string, Record<Lang, [string, Label][]>> };
const load = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`../fixtures/duty-labels/${name}`, import.meta.url), 'utf8')) as Fixture;
const FIXTURE = load('intl.json');
/** Lines across fourteen occupations written to measure the gloss's reach (sets written before and after it widened). */
const REACH = load('intl-reach.json');
/** Lines of salons, childcare, gardens, cafés, dental chairs, tax desks, furniture and buses (before the trades' words, and held out after). */
const TRADES = load('intl-trades.json');
/** Six fresh lines a language (warehouses, calls, care, hotel desks, IT support, bookkeeping), labelled before the engine read them. */
const FRESH = load('intl-fresh.json');
/** Twenty Vietnamese and ten Japanese fresh lines (offices, shops, warehouses, care, hotels, factories), labelled before the engine read them. */
const ASIA_FRESH = load('intl-asia-fresh.json');

// A posting as a board abroad shows it: the page's language, a title, a duties heading in that language, the list.
const POSTING: Record<Lang, [title: string, heading: string, url: string]> = {
  ja: ['スタッフ募集（事務・物流・販売・介護・技術）', '仕事内容', 'https://careers.sakura-works.jp/jobs/1024'],
  vi: ['Tuyển dụng nhân viên nhiều vị trí', 'Mô tả công việc', 'https://tuyendung.hoangminh-group.vn/viec-lam/77'],
  es: ['Personal para varias áreas', 'Funciones', 'https://empleo.grupoalvarez.es/oferta/311'],
  fr: ['Collaborateurs polyvalents (H/F)', 'Vos missions', 'https://recrutement.maison-durand.fr/offre/58'],
  it: ['Addetti vari reparti', 'Mansioni', 'https://lavora.ferraribros.it/annuncio/902'],
  de: ['Mitarbeiter (m/w/d) für verschiedene Bereiche', 'Ihre Aufgaben', 'https://karriere.mueller-gruppe.de/stelle/415'],
  pt: ['Colaboradores para diversas áreas', 'Atividades', 'https://vagas.grupo-silva.com.br/vaga/66'],
};

const squeeze = (text: string): string => text.toLowerCase().replace(/[\s\p{P}]+/gu, '');

/** Duties labelled as written, and duties the engine could not tell (`unclear`), over each set's posting. */
function agreement(lang: Lang, fixture: Fixture = FIXTURE): { agree: number; unclear: number; lines: number } {
  const [title, heading, url] = POSTING[lang];
  let agree = 0;
  let unclear = 0;
  let lines = 0;
  for (const set of Object.values(fixture.sets)) {
    const duties = set[lang];
    const html = `<html lang="${lang}"><body><main><h1>${title}</h1><h2>${heading}</h2><ul>${duties.map(([text]) => `<li>${text}</li>`).join('')}</ul></main></body></html>`;
    const { tasks } = analyzeDocument(parseHTML(html).document as unknown as Document, url, null);
    for (const [text, label] of duties) {
      lines++;
      const task = tasks.find((t) => squeeze(t.text).includes(squeeze(text)) || squeeze(text).includes(squeeze(t.text)));
      if (task?.label === label) agree++;
      if (task?.unclear) unclear++;
    }
  }
  return { agree, unclear, lines };
}

/** Per language: at least `floor` duties agree with their labels, at most `ceiling` are unclear. */
function expectFloors(fixture: Fixture, rows: [Lang, floor: number, ceiling: number][]): void {
  it.each(rows)('%s: at least %i duties agree, at most %i unclear', (lang, floor, ceiling) => {
    const { agree, unclear } = agreement(lang, fixture);
    expect(agree).toBeGreaterThanOrEqual(floor);
    expect(unclear).toBeLessThanOrEqual(ceiling);
  });
}

describe('duties of postings in Japanese, Vietnamese and five European languages, labelled as a reader would', () => {
  // Measured with the gloss of Japanese and Vietnamese (and the wider European one): agreement less a line, unclear
  // duties plus one (ja 42/49 with 4 unclear, vi 40/48 · 4, es 38/45 · 3, fr 41/44 · 2, it 35/44 · 6, de 39/44 · 3,
  // pt 33/44 · 6). Before it: ja 23 · 38, vi 19 · 47, es 29 · 10, fr 30 · 10, it 24 · 19, de 18 · 26, pt 15 · 25.
  expectFloors(FIXTURE, [
    ['ja', 41, 5],
    ['vi', 39, 5],
    ['es', 37, 4],
    ['fr', 40, 3],
    ['it', 34, 7],
    ['de', 38, 4],
    ['pt', 32, 7],
  ]);
});

describe('duties in wording the gloss was not built from, across fourteen occupations (intl-reach.json)', () => {
  // Measured with the common duty verbs and objects of each language (three sets of 15, 10 and 8 lines a language):
  // agreement less a line, unclear plus one (ja 25/33 with 6 unclear, vi 25 · 3, es 27 · 3, fr 25 · 6, it 22 · 5,
  // de 32 · 0, pt 28 · 3). Before it: ja 23 · 8, vi 24 · 5, es 23 · 9, fr 23 · 7, it 13 · 15, de 29 · 8, pt 22 · 9.
  expectFloors(REACH, [
    ['ja', 24, 7],
    ['vi', 24, 4],
    ['es', 26, 4],
    ['fr', 24, 7],
    ['it', 21, 6],
    ['de', 31, 1],
    ['pt', 27, 4],
  ]);

  it('reads receipts as receipts, and a prefix key does not swallow a longer word or a compound', () => {
    expect(glossed('Suivi des encaissements clients', 'fr')).toBe('track cash receipts customers');
    expect(glossed('Pflege der Patientenakten', 'de')).toBe('maintain patients files');
    expect(glossed('Soporte de internet', 'es')).toBe('support internet');
    expect(glossed('Responder mensagens', 'pt')).toBe('respond messages');
  });
});

describe('duties of salons, childcare, gardens, cafés, dental chairs, tax desks, furniture and buses (intl-trades.json)', () => {
  // Measured with the words of those trades (two sets of 8 lines a language; the second written after the widening and
  // never used to choose words): agreement less a line, unclear plus one (ja 15/16 with 4 unclear, vi 16 · 2, es 14 · 4,
  // fr 13 · 4, it 16 · 3, de 12 · 6, pt 16 · 2). Before: ja 7 · 7, vi 15 · 5, es 15 · 6, fr 12 · 7, it 8 · 6, de 10 · 8, pt 14 · 4.
  expectFloors(TRADES, [
    ['ja', 14, 5],
    ['vi', 15, 3],
    ['es', 13, 5],
    ['fr', 12, 5],
    ['it', 15, 4],
    ['de', 11, 7],
    ['pt', 15, 3],
  ]);

  it('reads the words of those trades, and tax is not steering', () => {
    expect(glossed('Preparare caffè al banco', 'it')).toBe('prepare coffee counter');
    expect(glossed('Tondre les pelouses', 'fr')).toBe('mow lawns');
    expect(glossed('Controlar o fluxo de caixa', 'pt')).toContain('cash flow');
    expect(glossed('歯科医院での診療アシスタント業務', 'ja')).toBe('dental clinic treatment assist');
    expect(glossed('Erstellung von Umsatzsteuervoranmeldungen', 'de')).toBe('create tax returns');
  });
});

describe('fresh duties of warehouses, calls, care, hotel desks, IT support and bookkeeping (intl-fresh.json)', () => {
  // Measured when written (es fr de it pt, six lines each): 29 of 30 agree, none unclear, after "atender llamadas" read as
  // answering calls (it had been serving customers in person) and "accompany" as work with people (acompañar a los
  // residentes had been unclear). Floors: agreement less a line, unclear plus one.
  expectFloors(FRESH, [
    ['es', 4, 1],
    ['fr', 5, 1],
    ['it', 5, 1],
    ['de', 5, 1],
    ['pt', 5, 1],
  ]);
});

describe('fresh Vietnamese and Japanese duties (intl-asia-fresh.json)', () => {
  // Measured when written: vi 13 of 20 agree (3 unclear) before the Vietnamese glosses of greeting, teaching, organising,
  // timekeeping…, 16 (1 unclear) after; ja 8 of 10, none unclear. Floors: agreement less a line, unclear plus one.
  expectFloors(ASIA_FRESH, [
    ['vi', 15, 2],
    ['ja', 7, 1],
  ]);
});

describe('Japanese and Vietnamese duty wording read in English words', () => {
  it('reads Japanese terms inside the line, longest first, the action first', () => {
    expect(glossed('請求書の作成および発送', 'ja')).toBe('prepare ship invoices');
    expect(glossed('3D CADを用いた機械設計業務', 'ja')).toBe('design mechanical 3d cad');
    expect(glossed('利用者様の食事・入浴・排泄の介助', 'ja')).toBe('provide personal care residents meals bathing toileting');
  });

  it('reads Vietnamese phrases of syllables, with or without their tones', () => {
    expect(glossed('Thực hiện nhập liệu đơn hàng', 'vi')).toBe('perform enter data orders');
    expect(glossed('Thuc hien nhap lieu don hang', 'vi')).toBe('perform enter data orders');
  });

  it('knows the words of kitchens, building trades and care as well as of offices', () => {
    expect(glossed('Pose de carrelage', 'fr')).toBe('install tiles');
    expect(glossed('Mantenimiento preventivo y correctivo de las líneas', 'es')).toBe('preventive corrective maintenance line');
    expect(glossed('Manutenzione preventiva degli impianti', 'it')).not.toMatch(/quotes/);
    expect(glossed('Lavaggio stoviglie', 'it')).toBe('wash dishes');
    expect(glossed('Verlegung von Bodenbelägen', 'de')).toBe('lay floor coverings');
    expect(glossed('Sơ chế nguyên liệu', 'vi')).toBe('prep ingredients');
    expect(glossed('厨房での仕込み', 'ja')).toBe('prep food kitchen');
  });

  it('reads a German compound it does not know by its last part', () => {
    expect(glossed('Prüfung von Eingangsrechnungen', 'de')).toBe('check incoming invoices');
    expect(glossed('Auswertung von Verkaufszahlen', 'de')).toBe('analyze sales figures');
  });

  it('tells a Japanese posting of kanji-heavy duties from a Chinese one by the page language, and Vietnamese by its words', () => {
    const ja = '経理スタッフ\n仕事内容\n経理業務全般\n月次決算業務\n仕訳入力\n請求書発行\n支払処理\n売掛金管理\n経費精算\n簿記2級以上';
    expect(detectLanguage(ja, 'ja')).toBe('ja');
    expect(detectLanguage('负责仓库管理\n负责数据录入\n完成上级交办的其他工作', 'ja')).toBe('zh');
    expect(detectLanguage('Thực hiện nhập liệu đơn hàng vào hệ thống\nSắp xếp hàng hóa trong kho\nBốc xếp hàng hóa lên xe cho khách', null)).toBe('vi');
  });
});
