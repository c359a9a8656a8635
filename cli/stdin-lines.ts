/** Answers stdin line by line (one output line per input line, in order), reading in chunks so big inputs stay fast. */
export async function eachStdinLine(answer: (line: string) => string): Promise<void> {
  process.stdin.setEncoding('utf8');
  let rest = '';
  const strip = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    if (lines.length) process.stdout.write(`${lines.map((l) => answer(strip(l))).join('\n')}\n`);
  }
  if (rest !== '') process.stdout.write(`${answer(strip(rest))}\n`);
}
