import { classify } from '../engine/rules/classify';

type LangOption = 'auto' | 'en' | 'zh';

export function parseLang(value: string | undefined): LangOption | null {
  return value === 'auto' || value === 'en' || value === 'zh' ? value : null;
}

function answer(line: string, lang: LangOption): string {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  const { label, exposure, rules } = classify(text, lang);
  return JSON.stringify({ text, label, exposure, rules });
}

/** One JSON object per stdin line, in order. Reads in chunks (not readline) so big inputs stay fast. */
export async function runClassify(lang: LangOption): Promise<number> {
  process.stdin.setEncoding('utf8');
  let rest = '';
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    if (lines.length) process.stdout.write(`${lines.map((l) => answer(l, lang)).join('\n')}\n`);
  }
  if (rest !== '') process.stdout.write(`${answer(rest, lang)}\n`);
  return 0;
}
