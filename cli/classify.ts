import { classify } from '../engine/rules/classify';
import { eachStdinLine } from './stdin-lines';

type LangOption = 'auto' | 'en' | 'zh';

export function parseLang(value: string | undefined): LangOption | null {
  return value === 'auto' || value === 'en' || value === 'zh' ? value : null;
}

function answer(text: string, lang: LangOption): string {
  const { label, exposure, rules } = classify(text, lang);
  return JSON.stringify({ text, label, exposure, rules });
}

/** One JSON object per stdin line, in order. */
export async function runClassify(lang: LangOption): Promise<number> {
  await eachStdinLine((line) => answer(line, lang));
  return 0;
}
