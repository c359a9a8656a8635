import titleIndexJson from '../../data/occupations/title-index.json';
import { checkedData } from '../data-files';
import type { TitleIndexData } from './title-index';

// Every title key (3 MB): shipped with the background and the CLI, never the page or the side panel, Zod-checked
// by the build and the tests (scripts/data-check.ts).
export const TITLE_INDEX: TitleIndexData = checkedData<TitleIndexData>(titleIndexJson);
