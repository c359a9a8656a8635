// Recomputes data/occupations/priors.json (and alias-keys.json, the precleaned aliases) from the occupations' typical tasks with the current engine.
// Usage: npm run titles:build   (tests/unit/titles-priors.test.ts fails when the file is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeAliasKeys, serializeAliasKeys } from '../engine/titles/alias-keys';
import { computePriors, serializePriors } from '../engine/titles/compute-priors';
import { parseOccupationFiles } from '../engine/titles/occupations';

const file = fileURLToPath(new URL('../data/occupations/priors.json', import.meta.url));
const occupations = parseOccupationFiles().flatMap((cluster) => cluster.occupations);
const priors = computePriors(occupations);
writeFileSync(file, serializePriors(priors));
const keys = computeAliasKeys(occupations);
writeFileSync(fileURLToPath(new URL('../data/occupations/alias-keys.json', import.meta.url)), serializeAliasKeys(keys));
console.log(`titles:build: ${Object.keys(keys).length} alias keys that differ from their lower case → data/occupations/alias-keys.json`);
console.log(`titles:build: ${Object.keys(priors).length} occupation priors → data/occupations/priors.json`);
