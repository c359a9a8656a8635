#!/usr/bin/env node
// Launcher: runs the TypeScript CLI straight from a checkout, bundled by esbuild once and cached (cli/bundle.mjs),
// or through tsx when it can't be bundled (both are installed with the devDependencies).
import { loadMain } from './bundle.mjs';

// A reader that stops early (`skillshift analyze dir | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
