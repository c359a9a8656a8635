// Traditional characters (Taiwan, Hong Kong, Macau: 工作內容, 條件要求, 學歷) read as the simplified ones the engine's
// Chinese patterns, lexicon and skills are written in. Only for matching: the line shown keeps its own characters.
// Japanese shares many traditional forms (職務, 業務, 給与), so callers fold Chinese text only, or try the folded
// text after the text itself. Pairs: engine/traditional-data.ts (npm run traditional:build).
import { KANA } from './text';
import { ENGINE_PAIRS, EXTRACTION_PAIRS } from './traditional-data';

function folder(pairs: string): (text: string) => string {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  const any = new RegExp(`[${[...map.keys()].join('')}]`, 'g');
  return (text) => text.replace(any, (ch) => map.get(ch)!);
}

/** The extraction's characters only (what the content script carries). */
export const simplifiedForExtraction = folder(EXTRACTION_PAIRS);

let engineFold: ((text: string) => string) | undefined;
/** Every character the engine and its data match. */
export const simplified = (text: string): string => (engineFold ??= folder(ENGINE_PAIRS))(text);

/** A name or a line of unknown language: folded unless its kana say it is Japanese (職務経歴 stays). */
export const simplifiedUnlessJapanese = (text: string): string => (KANA.test(text) ? text : simplified(text));
