import { USAGE, usageError } from './usage';

// Commands load lazily: classify never pays for the DOM and the site adapters.

/** Value of `--name value` or `--name=value`; undefined when absent. */
function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

function positionals(args: string[], valued: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('-') && !valued.includes(args[i - 1] ?? ''));
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '-h' || command === '--help' || args.includes('--help')) {
    if (command === undefined) return usageError('no command given');
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'classify') {
    const { parseLang, runClassify } = await import('./classify');
    const raw = option(args, '--lang');
    const lang = raw === undefined ? 'auto' : parseLang(raw);
    if (!lang) return usageError(`--lang must be auto, en or zh (got ${raw})`);
    return runClassify(lang);
  }
  if (command === 'analyze') {
    const paths = positionals(args, ['--url']);
    if (paths.length === 0) return usageError('analyze takes one or more FILE.html or DIRECTORY');
    const unknown = args.find((a) => a.startsWith('-') && !/^--(url|summary)(=|$)/.test(a));
    if (unknown) return usageError(`analyze does not know ${unknown}`);
    const url = option(args, '--url');
    if (url !== undefined) {
      try {
        new URL(url);
      } catch {
        return usageError(`--url is not a valid URL: ${url}`);
      }
    }
    const { runAnalyze } = await import('./analyze');
    return runAnalyze(paths, { url, summary: args.includes('--summary') });
  }
  if (command === 'title') {
    const [title, ...extra] = positionals(args, []);
    if (extra.length) return usageError('title takes one "<job title>" (quote it), or titles on stdin');
    return (await import('./title')).runTitle(title);
  }
  if (command === 'occupations') {
    if (positionals(args, []).length) return usageError('occupations takes no arguments');
    return (await import('./title')).runOccupations();
  }
  if (command === 'skills') {
    const { runSkills } = await import('./skills');
    return runSkills();
  }
  if (command === 'recommend') {
    const [file, ...extra] = positionals(args, ['--url', '--profile']);
    const profile = option(args, '--profile');
    if (!profile) return usageError('recommend needs --profile PROFILE.json');
    if (!file || extra.length) return usageError('recommend takes exactly one FILE.html');
    const { runRecommend } = await import('./recommend');
    return runRecommend(profile, file, option(args, '--url'));
  }
  return usageError(`unknown command: ${command}`);
}
