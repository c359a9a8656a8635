#!/usr/bin/env node
// Launcher: lets node run the TypeScript CLI straight from a checkout (tsx is installed with the devDependencies).
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`skillshift analyze dir | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
