import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { E2EPage } from './session';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string }[];
}

/** Loads axe-core into the page (once) and runs every default rule on the whole document. */
const RUN_AXE = `(async () => {
  if (!window.axe) (() => { ${AXE_SOURCE}\n })();
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact ?? null, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160) })),
  }));
})()`;

export async function axeViolations(page: E2EPage): Promise<AxeViolation[]> {
  return page.evaluate<AxeViolation[]>(RUN_AXE);
}

/** One line per violation and node count, then the first nodes: what a failing run prints. */
export function describeViolations(view: string, violations: AxeViolation[]): string {
  const nodes = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  const lines = violations.map((v) => `  ${v.impact ?? '?'} ${v.id} ×${v.nodes.length}: ${v.help}\n${v.nodes.slice(0, 3).map((n) => `    ${n.target}  ${n.html}`).join('\n')}`);
  return `${view}: ${violations.length} axe violations (${nodes} nodes)${lines.length ? `\n${lines.join('\n')}` : ''}`;
}
