#!/usr/bin/env node
// Launcher: lets node run the TypeScript CLI straight from a checkout (tsx is installed with the devDependencies).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
