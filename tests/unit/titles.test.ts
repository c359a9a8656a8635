import { describe, expect, it } from 'vitest';
import { matchTitle } from '../../engine/titles/match';
import { normalizeTitle, titleSegments, titleTokens } from '../../engine/titles/normalize';

describe('normalizeTitle strips decorations', () => {
  it.each([
    ['Sr. Software Engineer II (m/w/d)', 'software engineer'],
    ['Senior Staff AI Engineer', 'ai engineer'],
    ['Lead Data Scientist - Remote', 'data scientist'],
    ['Warehouse Associate - Night Shift', 'warehouse associate'],
    ['Software Engineer – San Diego, CA', 'software engineer'],
    ['Director, Regulatory Affairs - remote or San Diego, CA', 'director - regulatory affairs'],
    ['Chef de Partie (H/F)', 'chef de partie'],
    ['Retail Sales Associate - $17/hr', 'retail sales associate'],
    ['Principal Product Manager', 'product manager'],
    ['School Principal', 'school principal'],
    ['Junior Accountant III, Full-Time', 'accountant'],
    ['Engineering Manager -Salesforce,AWS', 'engineering manager - salesforce - aws'],
    ['Account Executive for Recruiting Firm', 'account executive - recruiting firm'],
    ['急聘 外卖骑手', '外卖骑手'],
    ['高级Java开发工程师', 'java开发工程师'],
    ['【北京】资深算法工程师（NLP方向）', '算法工程师 - nlp方向'],
    ['普工 包吃住 月入8000+', '普工'],
    ['大数据分析员 双休五险一金加绩效奖励', '大数据分析员'],
    ['营业员兼收银', '营业员 - 收银'],
    ['《25万顶薪》初级游戏策划', '游戏策划'],
    ['Summer Intern 2026 - Finance', 'finance'],
    ['Marketing & Publicity Internships - Academic Year', 'marketing publicity'],
    // A decoration word that is part of the occupation stays; "lead" last is the role, first a level.
    ['Data Entry Clerk', 'data entry clerk'],
    ['General Contractor', 'general contractor'],
    ['Senior Project Lead (Remote)', 'project lead'],
    ['Patient Access Lead', 'patient access lead'],
    ['Lead Engineer', 'engineer'],
    ['Bar Staff - Weekends', 'bar staff'],
    ['Staff Nurse - Contract', 'nurse'],
    ['Contractor - Electrician', 'electrician'],
  ])('%s → %s', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });

  it('leaves nothing of a title that is all decoration', () => {
    expect(titleSegments('Senior (m/w/d) - Remote')).toEqual([]);
  });

  it('keeps technologies whole and splits words run together with a dot', () => {
    expect(titleTokens('node.js asp.net developer')).toEqual(['node.js', 'asp.net', 'developer']);
    expect(titleTokens('python dev.engineer')).toEqual(['python', 'dev', 'engineer']);
  });
});

describe('matchTitle', () => {
  it.each([
    ['ICU Registered Nurse', '29-1141.03'],
    ['Registered Nurse (RN) - PRN Nights', '29-1141.00'],
    ['Nurses', '29-1141.00'],
    ['护士', '29-1141.00'],
    ['Warehouse Associate - Night Shift', '53-7062.00'],
    ['Sr. Software Engineer II (m/w/d)', '15-1252.00'],
    ['高级Java开发工程师', '15-1252.00'],
    ['Python Developer', '15-1252.00'],
    ['Sviluppatore Python', '15-1252.00'],
    ['React Developers', '15-1254.00'],
    ['CDL-A Truck Driver - Home Weekly', '53-3032.00'],
    ['Junior Accountant III, Full-Time', '13-2011.00'],
    ['会计', '13-2011.00'],
    ['幼儿园老师', '25-2011.00'],
    ['School Principal', '11-9032.00'],
    ['Data Entry Clerk', '43-9021.00'],
    ['Bar Staff', '35-3011.00'],
    ['Engineering Manager -Salesforce,AWS', '11-3021.00'],
    // "Director" of a function is its manager when no title names the director.
    ['Director, Regulatory Affairs - remote or San Diego, CA', '11-9199.01'],
    ['VP Sales', '11-2022.00'],
    // O*NET gives "Project Engineer" to seventeen kinds of engineer: their catch-all.
    ['Project Engineer', '17-2199.00'],
    // A later segment that a longer key holds refines the first segment's exact match.
    ['Research Scientist, Machine Learning', '15-1221.00'],
    ['Nurse - ICU', '29-1141.03'],
    // Writer and editor name their occupations on their own; help desk is IT support.
    ['Freelance Writer', '27-3043.00'],
    ['Editor', '27-3041.00'],
    ['Help Desk', '15-1232.00'],
  ])('%s → %s', (title, id) => {
    expect(matchTitle(title)?.occupation.id).toBe(id);
  });

  it('recognises the new AI-era and platform occupations in both languages and says they are new', () => {
    for (const [titles, zh] of [
      [['人工智能训练师', 'AI Trainer', 'Data Annotator', '数据标注员（可兼职）'], '人工智能训练师'],
      // Rating and writing for model training goes by many names; none of them is a billing clerk or an appraiser.
      [['Remote AI Training - $20/hr - United States', 'AI Writing Evaluator', 'LLM Evaluator', 'Search Quality Rater', 'Personalized Internet Ads Assessor', 'RLHF Writer', 'Video Annotator', 'Data Labeling Associate', '大模型评测', 'AI评测员'], '人工智能训练师'],
      [['生成式人工智能系统应用员', 'Generative AI System Operator', 'AIGC运营', 'AI Operations Specialist'], '生成式人工智能系统应用员'],
      [['网约配送员', '急聘 外卖骑手', 'Delivery Rider'], '网约配送员'],
    ] as const)
      for (const title of titles) {
        const found = matchTitle(title)?.occupation;
        expect(found?.zh, title).toBe(zh);
        expect(found?.new, title).toBeGreaterThanOrEqual(2019);
      }
  });

  it('reads a title in Italian, Spanish, Portuguese, French or German that no key matches through its English gloss', () => {
    for (const [title, id] of [
      ['Addetto magazzino PART TIME', '53-7062.00'],
      ['OPERAIO/A ADDETTO/A AL MAGAZZINO - NO MULETTO', '53-7062.00'],
      ['Cameriere/a di sala', '35-3031.00'],
      ['Desarrollador/a Java Junior (MADRID)', '15-1252.00'],
      ['Auxiliar de enfermería', '31-1131.00'],
      ['Motorista entregador', '53-3033.00'],
      ['Préparateur de commandes H/F', '53-7065.00'],
      ['Chef de projet informatique', '15-1299.09'],
      ['Buchhalter / Steuerfachangestellte (M/W/D)', '43-3031.00'],
      ['Sachbearbeiter Buchhaltung (m/w/d)', '43-3031.00'],
    ]) expect(matchTitle(title!)?.occupation.soc, title).toBe(id);
    // An English title is matched as written; one in a language without a gloss gets nothing rather than a guess.
    expect(matchTitle('Warehouse Associate')?.matchedAlias).toBe('warehouse associate');
    expect(matchTitle('Lao Động Phổ Thông')).toBeNull();
  });

  it('reads a title that says more than a broad role word as that role\'s catch-all, at the lowest score', () => {
    for (const [title, id] of [
      ['Generative AI Manager', '11-9199.00'],
      ['大卖场经理', '11-9199.00'],
      ['Senior Tender Executive', '13-1199.00'],
    ]) {
      const found = matchTitle(title!);
      expect(found?.occupation.id, title).toBe(id);
      expect(found?.score, title).toBe(0.6);
    }
  });

  it('gives the titles that used to say "No estimate" an occupation of the right group', () => {
    for (const [title, group] of [
      ['Production Team Member', '51'],
      ['Project Engineer', '17'],
      ['Team Manager', '11'],
      ['React Developers', '15'],
    ]) {
      const soc = matchTitle(title!)?.occupation.soc;
      expect(soc?.slice(0, 2), title).toBe(group);
    }
    for (const title of ['Senior Healthcare Assistant', 'Customer Liaison Officer', 'Caretaker', 'Brand Specialist']) expect(matchTitle(title), title).not.toBeNull();
  });

  it("reads an intern's title that names only the field as that field's junior role", () => {
    for (const [title, id] of [
      ['Universal Pictures Marketing & Publicity Internships - Academic Year', '13-1161.00'],
      ['Front Office Intern – September 2026', '43-4171.00'],
      ['College Intern - Enterprise Supply Chain Solutions', '13-1081.00'],
    ]) {
      const found = matchTitle(title!);
      expect(found?.occupation.id, title).toBe(id);
      expect(found?.score, title).toBeLessThan(0.9);
    }
    // Not without an intern word: the field alone is not a job.
    expect(matchTitle('Front Office')?.occupation.id).not.toBe('43-4171.00');
  });

  it('a weak key in a long Chinese title gives way to its domain and role', () => {
    expect(matchTitle('大数据分析员 双休五险一金加绩效奖励')?.occupation.soc?.slice(0, 2)).toBe('15');
    expect(matchTitle('北京连锁店招聘：营业员兼收银导购新手即可')?.occupation.id).toBe('41-2031.00');
  });

  it('finds a Chinese job word among chatter no key knows, as an English one among unknown words', () => {
    // Board titles coded by hand (tests/fixtures/titles): the job is two characters of six or ten.
    expect(matchTitle('招俩超市店员干到过年')?.occupation.id).toBe('41-2031.00');
    expect(matchTitle('前台客服大使')?.occupation.id).toBe('43-4171.00');
    // Chatter alone, or a job word lost mid-way in a long run of it, still names nothing.
    for (const title of ['招俩人干到过年', '另有惊喜店员等你来干到过年哈哈哈']) expect(matchTitle(title), title).toBeNull();
  });

  it('reads a Chinese title that names the work without its doer\'s 师 or 员 as that doer', () => {
    for (const [work, doer] of [['婚礼策划', '婚礼策划师'], ['外卖配送', '外卖配送员'], ['宠物美容', '宠物美容师'], ['骨骼动画', '动画师']]) {
      const id = matchTitle(doer!)?.occupation.id;
      expect(id, doer).toBeDefined();
      expect(matchTitle(work!)?.occupation.id, work).toBe(id);
    }
    // A board title coded by hand (tests/fixtures/titles): Spine skeletal animation for a mobile game.
    expect(matchTitle('spine骨骼动画(手游项目)')?.occupation.id).toBe('27-1014.00');
    // Generic doers stay too vague: 技术员, 业务员, 操作员 are no occupation.
    for (const title of ['技术', '业务', '操作']) expect(matchTitle(title), title).toBeNull();
  });

  it('common one-word titles of Chinese boards get the occupation their English counterparts get', () => {
    for (const [zh, en] of [
      ['店员', 'Shop Assistant'],
      ['司机', 'Driver'],
      ['老师', 'Teacher'],
      ['主播', 'Streamer'],
      ['采购', 'Purchasing'],
      ['跟单', 'Order Follow-up Clerk'],
    ]) {
      const id = matchTitle(en!)?.occupation.id;
      expect(id, en).toBeDefined();
      expect(matchTitle(zh!)?.occupation.id, zh).toBe(id);
    }
    // And the platform-era ones their own new occupations.
    expect(matchTitle('抖音运营')?.occupation.zh).toBe('全媒体运营师');
    expect(matchTitle('配送员')?.occupation.zh).toBe('网约配送员');
    expect(matchTitle('养生师')?.occupation.id).toBe('31-9011.00');
  });

  it('never guesses from a bare generic word, nonsense or nothing', () => {
    for (const title of ['Blorf Quantum Wizard', 'Engineer', 'Manager', 'Associate', 'Senior Manager (m/w/d)', '专员', '经理', '普工', 'Hello World', '哈哈哈', '', 'Senior (m/w/d)'])
      expect(matchTitle(title), title).toBeNull();
  });

  it('returns the occupation, the key that matched and the stored prior', () => {
    const match = matchTitle('ICU Registered Nurse');
    expect(match?.occupation).toMatchObject({ id: '29-1141.03', soc: '29-1141.03', en: 'Critical Care Nurses', zh: expect.stringMatching(/\p{Script=Han}/u) });
    expect(match?.score).toBeGreaterThanOrEqual(0.6);
    expect(match?.score).toBeLessThan(1);
    expect(match?.matchedAlias).toContain('nurse');
    expect(match?.exposure.score).toBeGreaterThanOrEqual(0);
    expect(match?.exposure.score).toBeLessThanOrEqual(1);
    const counted = Object.values(match?.exposure.counts ?? {}).reduce((a, b) => a + b, 0) + (match?.exposure.unclear ?? 0);
    expect(counted).toBeGreaterThan(5);
    expect(matchTitle('Registered Nurse')?.score).toBe(1);
  });
});
