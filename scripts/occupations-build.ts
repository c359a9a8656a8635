// Recomputes data/occupations/priors.json (with alias-keys.json, the precleaned aliases, and title-index.json, the title index's token counts and head lists) from the occupations' typical tasks with the current engine.
// Usage: npm run titles:build   (tests/unit/titles-priors.test.ts fails when the file is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeAliasKeys, serializeAliasKeys } from '../engine/titles/alias-keys';
import { computePriors, serializePriors } from '../engine/titles/compute-priors';
import { parseOccupationFiles } from '../engine/titles/occupations';
import { TitleIndex } from '../engine/titles/title-index';
import { serializeTitleIndexData } from '../engine/titles/title-index-data';

const file = fileURLToPath(new URL('../data/occupations/priors.json', import.meta.url));
const occupations = parseOccupationFiles().flatMap((cluster) => cluster.occupations);
const priors = computePriors(occupations);
writeFileSync(file, serializePriors(priors));
const keys = computeAliasKeys(occupations);
writeFileSync(fileURLToPath(new URL('../data/occupations/alias-keys.json', import.meta.url)), serializeAliasKeys(keys));
// Over the occupations the matcher indexes: those with a prior.
const index = new TitleIndex(occupations.filter((o) => priors[o.id]));
writeFileSync(fileURLToPath(new URL('../data/occupations/title-index.json', import.meta.url)), serializeTitleIndexData(index.data));
console.log(`titles:build: ${index.data.keys} alias keys, ${Object.keys(index.data.heads).length} head words → data/occupations/title-index.json`);
console.log(`titles:build: ${Object.keys(keys).length} alias keys that differ from their lower case → data/occupations/alias-keys.json`);
console.log(`titles:build: ${Object.keys(priors).length} occupation priors → data/occupations/priors.json`);
