// Recomputes data/occupations/priors.json from the occupations' typical tasks with the current engine.
// Usage: npm run titles:build   (tests/unit/titles-priors.test.ts fails when the file is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computePriors, serializePriors } from '../engine/titles/compute-priors';
import { parseOccupationFiles } from '../engine/titles/occupations';

const file = fileURLToPath(new URL('../data/occupations/priors.json', import.meta.url));
const priors = computePriors(parseOccupationFiles().flatMap((cluster) => cluster.occupations));
writeFileSync(file, serializePriors(priors));
console.log(`titles:build: ${Object.keys(priors).length} occupation priors → data/occupations/priors.json`);
