import { findSkills } from '../engine/skills/extract';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `skillshift skills`: the skills named in stdin, as one JSON array of {id, en, zh, matched}. */
export async function runSkills(): Promise<number> {
  // Each skill once, as first named ("Go语言 … golang" is Go once).
  const seen = new Set<string>();
  const found = findSkills(await readStdin()).flatMap(({ id, en, zh, matched }) => (seen.has(id) ? [] : (seen.add(id), [{ id, en, zh, matched }])));
  process.stdout.write(`${JSON.stringify(found)}\n`);
  return 0;
}
