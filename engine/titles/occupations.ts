import care from '../../data/occupations/care-health.json';
import education from '../../data/occupations/education-public.json';
import office from '../../data/occupations/office-business.json';
import services from '../../data/occupations/services.json';
import tech from '../../data/occupations/tech-data.json';
import trades from '../../data/occupations/trades-industry.json';
import { parseDataFile } from '../data-files';
import { OccupationFileSchema, type Occupation, type OccupationFile } from './schema';

/** Every cluster file in data/occupations/ (priors.json aside); a test keeps this list and the folder in step. */
export const OCCUPATION_FILES = {
  'care-health.json': care,
  'education-public.json': education,
  'office-business.json': office,
  'services.json': services,
  'tech-data.json': tech,
  'trades-industry.json': trades,
} as const;

// The files ship inside the extension and are Zod-checked by the build and the tests (scripts/data-check.ts);
// parsing them again on every page would cost the content script ~200 ms, so the matcher reads them as typed.
export const OCCUPATIONS: Occupation[] = Object.values(OCCUPATION_FILES).flatMap((file) => file.occupations);

/** Validates every cluster file; throws naming the file and the path of the first problem. */
export function parseOccupationFiles(): OccupationFile[] {
  return Object.entries(OCCUPATION_FILES).map(([file, json]) => parseDataFile(OccupationFileSchema, json, `data/occupations/${file}`));
}
