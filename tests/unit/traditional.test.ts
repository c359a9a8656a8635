import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { headingKind } from '../../engine/extract/headings';
import { classify } from '../../engine/rules/classify';
import { findSkills } from '../../engine/skills/extract';
import { normalizeTitle } from '../../engine/titles/normalize';
import { simplified, simplifiedForExtraction } from '../../engine/traditional';
import { ENGINE_PAIRS, EXTRACTION_PAIRS } from '../../engine/traditional-data';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const pairsOf = (pairs: string): string[] => pairs.match(/../gu) ?? [];

describe('traditional characters read as the simplified ones the engine knows', () => {
  it('holds pairs of two Han characters, no character both sides, the extraction a share of the engine', () => {
    const engine = pairsOf(ENGINE_PAIRS);
    expect(engine.length).toBeGreaterThan(500);
    for (const pair of engine) expect(pair).toMatch(/^\p{Script=Han}{2}$/u);
    expect(engine).not.toContain('著着');
    const targets = new Set(engine.map((p) => p[1]));
    expect(engine.filter((p) => targets.has(p[0]!))).toEqual([]);
    expect(pairsOf(EXTRACTION_PAIRS).filter((p) => !engine.includes(p))).toEqual([]);
  });

  it('is current: each character the extraction matches has its Taiwan and Hong Kong forms there (npm run traditional:build)', () => {
    const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const source = ['headings.ts', 'readability.ts']
      .map((name) => readFileSync(new URL(`../../engine/extract/${name}`, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''))
      .join('');
    const han = [...new Set(source)].filter((ch) => /\p{Script=Han}/u.test(ch));
    expect(han.length).toBeGreaterThan(100);
    // Left out by design: characters simplified Chinese writes too (GB 2312's hanzi: 於).
    const gbk = new TextDecoder('gbk');
    const gb2312 = new Set(Array.from({ length: 0xf7 - 0xb0 + 1 }, (_, r) => Array.from({ length: 0xfe - 0xa1 + 1 }, (_, c) => gbk.decode(new Uint8Array([0xb0 + r, 0xa1 + c])))).flat());
    const missing = han.flatMap((s) => [toTaiwan(s), toHongKong(s)].filter((t) => t !== s && t.length === 1 && !gb2312.has(t) && !EXTRACTION_PAIRS.includes(t + s)).map((t) => t + s));
    expect(missing).toEqual([]);
  });

  it('folds a Taiwan posting line one character for one, and leaves simplified and English text as it is', () => {
    const line = '負責公司文件收發、歸檔；學歷要求：專科以上';
    expect(simplified(line)).toBe('负责公司文件收发、归档；学历要求：专科以上');
    expect(simplified(line)).toHaveLength(line.length);
    expect(simplifiedForExtraction('工作內容 條件要求')).toBe('工作内容 条件要求');
    for (const text of ['负责公司文件收发', 'Answer phones and greet visitors']) expect(simplified(text)).toBe(text);
  });

  it('folds 後 and 於, which simplified text writes only in names, in the engine but not in the content script', () => {
    expect(simplified('負責售後服務及關於退貨的諮詢')).toBe('负责售后服务及关于退货的咨询');
    expect(simplifiedForExtraction('售後')).toBe('售後');
    expect(simplified('显著提升')).toBe('显著提升');
  });

  it('names sections by their traditional headings, and Japanese headings as before', () => {
    const kinds = Object.fromEntries(['工作內容', '崗位職責', '條件要求', '任職資格', '福利制度', '薪資待遇', '公司簡介', '仕事内容', '応募資格', '給与', '会社概要'].map((h) => [h, headingKind(h)]));
    expect(kinds).toEqual({ 工作內容: 'responsibilities', 崗位職責: 'responsibilities', 條件要求: 'requirements', 任職資格: 'requirements', 福利制度: 'benefits', 薪資待遇: 'benefits', 公司簡介: 'about', 仕事内容: 'responsibilities', 応募資格: 'requirements', 給与: 'benefits', 会社概要: 'about' });
  });

  it('classifies the Chinese O*NET-style lines alike in either script', () => {
    const lines = ['负责门店商品陈列和卫生管理', '在公司系统中录入房源信息', '带客户实地看房，讲解房屋情况', '每月编制资金报表，报财务经理审核', '根据教学大纲备课，制作课件和教具'];
    for (const line of lines) {
      const [s, t] = [classify(line, 'zh'), classify(toTaiwan(line), 'zh')];
      expect([line, t.label, t.rules]).toEqual([line, s.label, s.rules]);
    }
  });

  it('finds skills and cleans titles written in traditional characters, quoting the page', () => {
    expect(findSkills('熟練使用Excel，熟悉數據分析').map((f) => [f.id, f.matched])).toEqual(findSkills('熟练使用Excel，熟悉数据分析').map((f) => [f.id, toTaiwan(f.matched)]));
    expect(normalizeTitle('會計助理（急聘）')).toBe(normalizeTitle('会计助理（急聘）'));
    expect(normalizeTitle('門店店長')).toBe('门店店长');
  });
});
