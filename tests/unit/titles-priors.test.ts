import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeAliasKeys, serializeAliasKeys } from '../../engine/titles/alias-keys';
import { computePriors, serializePriors } from '../../engine/titles/compute-priors';
import { OCCUPATIONS } from '../../engine/titles/occupations';
import { priorOf } from '../../engine/titles/priors';
import { TitleIndex } from '../../engine/titles/title-index';
import { serializeTitleIndexData } from '../../engine/titles/title-index-data';

const PRIORS = fileURLToPath(new URL('../../data/occupations/priors.json', import.meta.url));
const DATA = fileURLToPath(new URL('../../data/occupations/', import.meta.url));

describe('data/occupations/priors.json', () => {
  it('is what the current engine computes from the typical tasks (else run `npm run titles:build`)', () => {
    expect(readFileSync(PRIORS, 'utf8')).toBe(serializePriors(computePriors(OCCUPATIONS)));
  });

  it('alias-keys.json holds exactly the aliases whose cleaned key is not their lower case (else run `npm run titles:build`)', () => {
    const file = fileURLToPath(new URL('../../data/occupations/alias-keys.json', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(serializeAliasKeys(computeAliasKeys(OCCUPATIONS)));
  });

  it('title-index.json holds the token counts and head lists of the indexed aliases (else run `npm run titles:build`)', () => {
    const file = fileURLToPath(new URL('../../data/occupations/title-index.json', import.meta.url));
    const computed = new TitleIndex(OCCUPATIONS.filter((o) => priorOf(o.id))).data;
    expect(readFileSync(file, 'utf8')).toBe(serializeTitleIndexData(computed));
  });

  it('keeps occupations + priors within ~120 KB of minified JSON (printed)', () => {
    const files = ['care-health', 'education-public', 'office-business', 'services', 'tech-data', 'trades-industry', 'priors'];
    const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(JSON.stringify(JSON.parse(readFileSync(`${DATA}${f}.json`, 'utf8')))), 0);
    console.log(`occupations + priors: ${(bytes / 1024).toFixed(1)} KiB minified`);
    expect(bytes).toBeLessThan(125 * 1024);
  });
});
