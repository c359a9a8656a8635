import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSkills, skillIds } from '../../engine/skills/extract';
import { SKILL_CLUSTERS } from '../../engine/skills/schema';
import { SKILL_FILES, SKILLS, skillById } from '../../engine/skills/taxonomy';
import { termsOf } from '../../engine/skills/terms';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
interface Paragraph { lang: 'en' | 'zh'; text: string; expected: string[] }
const PARAGRAPHS = JSON.parse(readFileSync(`${ROOT}tests/fixtures/skills/paragraphs.json`, 'utf8')) as Paragraph[];

const ids = (text: string) => findSkills(text).map((f) => `${f.id}:${f.matched}`);

describe('skill taxonomy', () => {
  it('loads every file in data/skills, ≥400 skills across all clusters', () => {
    expect(Object.keys(SKILL_FILES).sort()).toEqual(readdirSync(`${ROOT}data/skills`).filter((f) => f.endsWith('.json')).sort());
    expect(SKILLS.length).toBeGreaterThanOrEqual(400);
    const byCluster = Object.fromEntries(SKILL_CLUSTERS.map((c) => [c, SKILLS.filter((s) => s.cluster === c).length]));
    console.log(`skills: ${SKILLS.length}`, byCluster);
    for (const cluster of SKILL_CLUSTERS) expect(byCluster[cluster]).toBeGreaterThan(10);
  });

  it('gives no name to two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of SKILLS.flatMap(termsOf)) {
      const key = term.mode === 'any-case' ? term.text : term.text.toLowerCase();
      const prev = owner.get(key);
      if (prev && prev !== term.skill.id) clashes.push(`${term.text}: ${prev} / ${term.skill.id}`);
      owner.set(key, term.skill.id);
    }
    expect(clashes).toEqual([]);
  });

  it('has a Chinese name and a note on AI in both languages for every skill', () => {
    for (const s of SKILLS) {
      expect(s.zh, s.id).toBeTruthy();
      expect(s.ai.zh_CN, s.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('rates physical and care work more resilient to AI than data entry', () => {
    const r = (id: string) => SKILLS.find((s) => s.id === id)?.aiResilience ?? -1;
    expect(r('data-entry')).toBeLessThan(0.2);
    expect(r('personal-care')).toBeGreaterThan(0.8);
    expect(r('plumbing')).toBeGreaterThan(r('excel'));
  });
});

describe('findSkills', () => {
  it('keeps near-names apart: Java/JavaScript, C/C#/C++', () => {
    expect(ids('Java and JavaScript')).toEqual(['java:Java', 'javascript:JavaScript']);
    expect(ids('C, C++ or C#')).toEqual(['c-lang:C', 'cpp:C++', 'csharp:C#']);
    expect(ids('Node.js, .NET and ASP.NET Core; CI/CD')).toEqual(['nodejs:Node.js', 'dotnet:.NET', 'dotnet:ASP.NET Core', 'ci-cd:CI/CD']);
  });

  it('takes R, Go and C only in a list of languages or after "in"/"using"', () => {
    expect(skillIds('Python, R and SQL')).toEqual(['python', 'r-lang', 'sql']);
    expect(skillIds('R/Python')).toEqual(['r-lang', 'python']);
    expect(skillIds('statistical analysis in R.')).toEqual(['statistics', 'r-lang']);
    expect(skillIds('R programming and Golang')).toEqual(['r-lang', 'go']);
    expect(skillIds('Rachel from R&D will Go to the C-suite. Grade C. Plan B or R.')).toEqual([]);
  });

  it('matches Excel only as the product, and whole words only', () => {
    expect(skillIds('excel at teamwork')).toEqual(['teamwork']);
    expect(skillIds('Advanced Excel')).toEqual(['excel']);
    expect(skillIds('Javanese, Scalable, Rusty')).toEqual([]);
  });

  it('takes the tools Chinese design and C++ postings name bare: 3DMAX, SketchUp, Premiere, Nginx, QT; not a quart of milk', () => {
    expect(skillIds('熟练使用CAD、3DMAX、SketchUp')).toEqual(['cad-2', 'autodesk-3ds-max', 'trimble-sketchup-pro']);
    expect(skillIds('能熟练使用Premiere剪辑')).toEqual(['adobe-premiere-pro', 'video-editing']);
    expect(skillIds('了解Linux、Nginx运维')).toEqual(['linux', 'nginx']);
    expect(skillIds('熟悉C++、QT开发')).toEqual(['cpp', 'qt']);
    expect(skillIds('Add 2 qt of milk. The premiere of the film.')).toEqual([]);
    // Oracle in a list of databases is the database; a name with Chinese words after another skill's is a phrase of both.
    expect(skillIds('熟悉Oracle、MySQL数据库')).toEqual(['oracle-database', 'mysql', 'databases']);
    expect(skillIds('Oracle is hiring')).toEqual([]);
    expect(skillIds('精通Python数据分析')).toEqual(['python', 'data-analysis']);
    // An acronym in the sense the taxonomy gives it: a clinic's EMR is its medical records, not Amazon EMR.
    expect(skillIds('Experience with Epic EMR')).toEqual(['health-records']);
  });

  it('takes a product named in lower case inside Chinese text ("办公软件word、excel、ppt"), a list-only name still in its list', () => {
    expect(skillIds('熟练使用办公软件word、excel、ppt')).toEqual(['office-software', 'microsoft-word', 'excel', 'microsoft-powerpoint']);
    expect(skillIds('熟悉 excel 函数')).toEqual(['excel']);
    expect(skillIds('会做ppt')).toEqual([]);
    expect(skillIds('a、b、c三类客户')).toEqual([]);
    expect(skillIds('You will excel at this and word your emails well')).toEqual([]);
  });

  it('reads Chinese requirements', () => {
    expect(skillIds('良好的沟通能力，持有驾照或驾驶证，普通话标准，熟练使用Excel，前端JS')).toEqual(
      ['communication', 'driving-licence', 'mandarin', 'excel', 'javascript'],
    );
  });

  it('reports where each mention is', () => {
    const text = '熟悉Python、SQL';
    for (const f of findSkills(text)) expect(text.slice(f.index, f.index + f.matched.length)).toBe(f.matched);
  });

  it('finds the labelled skills of our paragraphs (precision and recall)', () => {
    const score = (rows: Paragraph[]) => {
      let tp = 0, fp = 0, fn = 0;
      for (const row of rows) {
        // A tool found ("MySQL") answers for the broader skill the paragraph was labelled with ("databases").
        const found = skillIds(row.text);
        const got = new Set(found.flatMap((id) => [id, skillById(id)?.parent ?? id]));
        const want = new Set(row.expected);
        tp += [...want].filter((id) => got.has(id)).length;
        fp += found.filter((id) => !want.has(id) && !want.has(skillById(id)?.parent ?? id)).length;
        fn += [...want].filter((id) => !got.has(id)).length;
      }
      return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
    };
    expect(PARAGRAPHS.length).toBeGreaterThanOrEqual(50);
    const all = score(PARAGRAPHS);
    const en = score(PARAGRAPHS.filter((p) => p.lang === 'en'));
    const zh = score(PARAGRAPHS.filter((p) => p.lang === 'zh'));
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`skills P/R on ${PARAGRAPHS.length} paragraphs: all ${pct(all.precision)}/${pct(all.recall)}, ` +
      `en ${pct(en.precision)}/${pct(en.recall)}, zh ${pct(zh.precision)}/${pct(zh.recall)}`);
    expect(all.precision).toBeGreaterThan(0.95);
    expect(all.recall).toBeGreaterThan(0.93);
  });

  it('is fast (chars/s printed, not asserted)', () => {
    const text = PARAGRAPHS.map((p) => p.text).join('\n').repeat(40);
    findSkills(text);
    const start = performance.now();
    const runs = 5;
    for (let i = 0; i < runs; i++) findSkills(text);
    const seconds = (performance.now() - start) / 1000;
    console.log(`findSkills: ${Math.round((text.length * runs) / seconds).toLocaleString('en')} chars/s on ${text.length} chars`);
  });
});

describe('tools and products as skills of their own (data/skills/tools-*.json, npm run skills:build)', () => {
  it('holds at least 1,500 skills, each with an English and a Chinese name; every tool under a broader skill that exists', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(1500);
    for (const s of SKILLS) expect(s.en && s.zh, s.id).toBeTruthy();
    const tools = SKILLS.filter((s) => s.parent);
    expect(tools.length).toBeGreaterThan(1000);
    for (const tool of tools) expect(skillById(tool.parent!)?.parent, `${tool.id} → ${tool.parent}`).toBeUndefined();
  });

  it('finds MySQL, PowerPoint, AutoCAD, SAP, 金蝶, 用友 and 抖音运营 as themselves, under their broader skill', () => {
    const found = (text: string) => skillIds(text).map((id) => `${id}<${skillById(id)?.parent ?? ''}`);
    expect(found('熟练使用MySQL、PowerPoint和AutoCAD')).toEqual(['mysql<databases', 'microsoft-powerpoint<presentation-software', 'autocad<cad']);
    expect(found('精通金蝶、用友财务软件，会抖音运营')).toEqual(['kingdee<erp-systems', 'yonyou<erp-systems', 'douyin-operations<social-media']);
    expect(skillIds('Experience with SAP and PostgreSQL')).toEqual(['sap', 'postgresql']);
  });

  it('finds a product by the name people write without its vendor (Photoshop, Visio), and by its abbreviation in a list (PS, PPT)', () => {
    const found = (text: string) => skillIds(text).map((id) => `${id}<${skillById(id)?.parent ?? ''}`);
    expect(found('Photoshop retouching; diagrams in Visio')).toEqual(['adobe-photoshop<graphic-design', 'microsoft-visio<project-management']);
    expect(skillIds('会用AutoCAD、PS、PPT、WPS')).toEqual(['autocad', 'adobe-photoshop', 'microsoft-powerpoint', 'wps-office']);
    expect(skillIds('熟练使用PS，有美工经验')[0]).toBe('adobe-photoshop');
    expect(found('React Native, Flutter, Spring Cloud')).toEqual(['react-native<react', 'flutter<mobile-development', 'spring-cloud<spring']);
    expect(skillIds('Skills: Photoshop, Illustrator, InDesign')).toEqual(['adobe-photoshop', 'adobe-illustrator', 'adobe-indesign']);
    // Outside a list of tools the same words are a postscript, a job title, a word and groups of people.
    expect(skillIds('PS: we also offer lunch. Illustrator wanted for children\'s books; Teams of three')).toEqual([]);
  });

  it('stays boundary-aware with two thousand names: no Go, R, Word or Access in plain English', () => {
    expect(skillIds('go to the warehouse for R&D parts')).toEqual(['warehouse-operations']);
    expect(skillIds('Access the database; manage the project; word the reports clearly')).toEqual([]);
    expect(skillIds('Microsoft Access and Microsoft Project')).toEqual(['microsoft-access', 'microsoft-project']);
  });
});

describe('the derived tool files', () => {
  const shared = existsSync(new URL('../../../shared/data/onet/software_skills.csv', import.meta.url));
  it.skipIf(!shared)('are what `npm run skills:build` makes from ../shared today (skipped without ../shared)', async () => {
    const { toolFiles } = await import('../../scripts/skills-build');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    for (const [path, text] of toolFiles()!) expect(readFileSync(`${root}${path}`, 'utf8') === text, `${path} is stale: run npm run skills:build`).toBe(true);
  });
});

describe('acronyms that are plain words', () => {
  it.each([
    'You can work remotely and we can offer flexible hours',
    'max 20 hours a week, 9am-5pm, answering to the PM',
    'Sr. Engineer; Mr. Smith will send the icon',
  ])('find no skill in "%s"', (text) => {
    expect(skillIds(text)).toEqual([]);
  });
  it('still find the skills written in capitals (CAN bus, 3ds MAX)', () => {
    expect(skillIds('Experience with CAN bus; 熟悉CAN总线协议')).toContain('can');
    expect(skillIds('Modelling in 3ds MAX')).toContain('autodesk-3ds-max');
  });
});

describe('a CV pasted in English finds what the same CV in Chinese finds', () => {
  it('a retail assistant manager: store, shifts, stock, training, complaints, till, merchandising', () => {
    const en = 'Assistant store manager, 6 years. Managed a store of 25 staff, supervised shifts and rotas, ran inventory counts and stock control, trained new hires, handled customer complaints, cash handling and visual merchandising.';
    const zh = '门店副店长6年。负责门店管理，带领25名员工，排班与班次管理，库存盘点与库存管理，培训新员工，处理顾客投诉，收银与陈列。';
    const found = (text: string) => [...new Set(skillIds(text))].sort();
    expect(found(en)).toEqual(found(zh));
    expect(found(en)).toEqual(expect.arrayContaining(['store-management', 'shift-supervision', 'corporate-training', 'complaint-handling', 'retail-service']));
  });
});
