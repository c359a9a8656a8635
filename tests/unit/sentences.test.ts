import { describe, expect, it } from 'vitest';
import { joinWrapped, sentencesOf, splitSentences } from '../../engine/lines/units';
import { freshSetNames, loadFreshSet } from '../../scripts/fresh-postings';

describe('a posting line cut into sentences', () => {
  it('keeps a word that opens with a full stop (.NET) in its sentence, in every language', () => {
    expect(splitSentences('Dominio avanzado de .NET Core y C#.', 'es')).toEqual(['Dominio avanzado de .NET Core y C#.']);
    expect(splitSentences('Knowledge of .NET, .NET Core and VB.NET.', 'en')).toEqual(['Knowledge of .NET, .NET Core and VB.NET.']);
    expect(splitSentences('Experience with .NET and Node.js required. Build APIs in ASP.NET Core.', 'en')).toEqual([
      'Experience with .NET and Node.js required. ',
      'Build APIs in ASP.NET Core.',
    ]);
  });
  it('still ends a sentence at a full stop, with or without a space before it', () => {
    expect(splitSentences('Ends here . Next one starts.', 'en')).toEqual(['Ends here . ', 'Next one starts.']);
    expect(splitSentences('First. Second.', 'fr')).toEqual(['First. ', 'Second.']);
  });
  it('cuts a long flattened description where an item starts, never inside brackets', () => {
    const list = 'Assigned Departments include all access areas (Hospital Registration, Financial Resource Specialists, Registration Specialists, Precertification Specialists, Patient Access Specialists, Training Specialists, Seniors Program Coordinators etc.) ';
    expect(splitSentences(`${list}This position will also provide oversight to other front-end operations such as reception.`, 'en')).toEqual([
      list,
      'This position will also provide oversight to other front-end operations such as reception.',
    ]);
    const runOn = 'We are a growing team of engineers and designers who care about reliable software and the people using it every day Design and build services for payments Review code of the team and mentor new engineers';
    expect(splitSentences(runOn, 'en')).toEqual([
      'We are a growing team of engineers and designers who care about reliable software and the people using it every day',
      'Design and build services for payments',
      'Review code of the team and mentor new engineers',
    ]);
  });
  it('keeps a name in title case inside a long sentence whole, and still cuts before a verb that opens an item before a name', () => {
    const names = [
      'The COVID Eviction Legal Help Project is accepting applications for Paralegal positions to provide legal support to staff attorneys representing income-eligible tenants facing eviction across the Commonwealth of Massachusetts',
      'Public Works Maintenance Workers work under the immediate supervision of a Public Works Leader, Public Works Supervisor or Utility Supervisor who lay out the work and check it upon completion',
      '(a) To liaise with schools, relevant Education Bureau sections/divisions and The Standing Committee on Language Education and Research (SCOLAR) Members on schools proposals and their implementation',
    ];
    for (const line of names) expect(splitSentences(line, 'en')).toEqual([line]);
    const runOn = 'Evangelize our strategy, vision and technology to customers, analysts, journalists, partners and other key stakeholders Support Autodesk at key industry events and with key industry bodies across the region';
    expect(splitSentences(runOn, 'en')).toEqual(['Evangelize our strategy, vision and technology to customers, analysts, journalists, partners and other key stakeholders', 'Support Autodesk at key industry events and with key industry bodies across the region']);
  });
  it('reads a word ending in -er, -ir, -re or -ar as an infinitive that opens an item only where the words are French, Spanish, Italian or Portuguese', () => {
    const english =
      'In this role, the Senior Software Engineer works closely with cross-functional teams, including product management, quality assurance and technical support, to deliver reliable systems that customers depend on every day';
    expect(splitSentences(english, 'en')).toEqual([english]);
    const modal =
      'Qualifying state employees in the employee Upward Mobility Program may complete combinations of specific proficiency tests and training programs leading to a certificate of proficiency in lieu of the stated requirements';
    expect(splitSentences(modal, 'en')).toEqual([modal]);
    const french =
      "Effectuer une analyse approfondie des tendances du secteur et des concurrents afin de guider les processus de planification Représenter la société lors d'événements clés de l'industrie et auprès des organismes clés";
    // A French description a page declares English is still cut where its next infinitive opens an item.
    for (const locale of ['fr', 'en'])
      expect(splitSentences(french, locale)).toEqual([
        'Effectuer une analyse approfondie des tendances du secteur et des concurrents afin de guider les processus de planification',
        "Représenter la société lors d'événements clés de l'industrie et auprès des organismes clés",
      ]);
  });
  it('cuts a list of work kept apart by semicolons into its items, and nothing else that has semicolons', () => {
    expect(splitSentences('drafting press releases and catalogue copy; scheduling posts across our channels; sending review copies to booksellers.', 'en')).toEqual([
      'drafting press releases and catalogue copy',
      'scheduling posts across our channels',
      'sending review copies to booksellers.',
    ]);
    for (const whole of [
      'Anchorage has offices in New York, New York; Porto, Portugal; Singapore; and Sioux Falls.',
      'If you make a false statement, you may not be hired; you may be fired after you begin work; or you may face charges.',
      'The study covers design and analysis; data acquisition and management; statistical analysis of findings.',
    ])
      expect(splitSentences(whole, 'en')).toEqual([whole]);
  });
  it('cuts Chinese at its own stops', () => {
    expect(splitSentences('熟悉.NET开发；有团队协作精神。', 'zh')).toEqual(['熟悉.NET开发；', '有团队协作精神。']);
  });
});

describe('Japanese sentences wrapped over several lines', () => {
  it('are put back together where a line ends in a comma, a particle or an open bracket', () => {
    expect(
      joinWrapped([
        '今回募集するのは、',
        'お客様に直接サービスを提供するスタッフです。',
        '何よりも、お客様にいかに楽しんでいただけるかを',
        '考えられる方をお待ちしています。',
        '＜スタジオツアー東京',
        'メイキング・オブ・ハリー・ポッター＞',
      ]),
    ).toEqual(['今回募集するのは、お客様に直接サービスを提供するスタッフです。', '何よりも、お客様にいかに楽しんでいただけるかを考えられる方をお待ちしています。', '＜スタジオツアー東京メイキング・オブ・ハリー・ポッター＞']);
  });
  it('keep an item of its own, and leave Chinese and English lines alone', () => {
    expect(joinWrapped(['歓迎するスキルは', '・接客の経験'])).toEqual(['歓迎するスキルは', '・接客の経験']);
    expect(joinWrapped(['负责产品的设计，', '参与需求评审'])).toEqual(['负责产品的设计，', '参与需求评审']);
    expect(joinWrapped(['Build the data platform and', 'Review code'])).toEqual(['Build the data platform and', 'Review code']);
  });
});

describe('a line with nowhere a sentence can end, taken whole without the segmenter (session 45)', () => {
  it('cuts every hand-read line of the fresh sets and the saved postings as the sentence segmenter does, in every language we read', () => {
    const lines: string[] = [];
    for (const name of freshSetNames()) {
      for (const p of loadFreshSet(name).postings) lines.push(...('html' in p ? p.rows.map(([t]) => t) : p.sections.flatMap(([heading, rows]) => [heading, ...rows.map(([t]) => t)])));
    }
    lines.push('Salary $40k – $50k', 'Use C#, F# and Go', 'Work with AI… and data', 'e.g. this', 'Ask questions? Yes', 'Line one\nline two', 'Ends here。', 'Para\u2029graph', 'Tab\there', ' leading', 'trailing ');
    let whole = 0;
    for (const locale of ['en', 'fr', 'de', 'es', 'it', 'pt', 'vi', 'ja', 'zh']) {
      const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
      for (const line of lines.filter(Boolean)) {
        const cut = sentencesOf(line, locale);
        if (cut.length === 1 && cut[0] === line) whole++;
        expect([line, cut]).toEqual([line, Array.from(segmenter.segment(line), (s) => s.segment)]);
      }
    }
    expect(whole).toBeGreaterThan(1000);
  });
});
