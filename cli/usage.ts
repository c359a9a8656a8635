export const USAGE = `Usage: skillshift <command> [options]

Commands:
  classify [--lang auto|en|zh]   Read task statements from stdin, one per line; write one JSON object
                                 per input line, in order: {"text","label","exposure","rules"}.
                                 A blank line gets the neutral "no-signal" result, so line N of the
                                 output always answers line N of the input.
  analyze PATH... [--url URL] [--summary]
                                 Read saved pages (files, or directories: the .html/.htm under them)
                                 and print one JSON analysis per page, one per line (kind posting,
                                 listing or none). The URL picks the site adapter; without --url, each
                                 page's canonical link or og:url (else its file:// URL). --summary
                                 prints a tab-separated table instead (file, kind, title, company,
                                 exposure, counts, cards). A page that can't be read gets a line on
                                 stderr and the rest are still read (exit 2); a site adapter that
                                 fails gets a line on stderr, and exit 3.
  title ["<job title>"]          Map a job title (EN or ZH) to an occupation and print one JSON object:
                                 {"title","normalized","occupation","matched","exposure"}; occupation
                                 {"id","soc","isco"?,"cn"?,"en","zh","new"?}, or null (with a "reason")
                                 when nothing matches. With no title, reads titles on stdin, one per
                                 line, and answers each on its own line.
  occupations                    Print every occupation (O*NET-SOC 2019 and China's 2022 classification)
                                 as JSON lines: {"occupation","exposure":{"score","label","counts"}}.
  skills                         Read text on stdin; print the skills it names as one JSON array of
                                 {"id","en","zh","matched"}.
  recommend --profile PROFILE.json FILE.html [--url URL]
                                 Read a saved posting and an exported profile; print {"url","posting",
                                 "match","gap","paths"}: missing skills ranked, with courses. Exit 2
                                 when either file cannot be read or the profile is invalid.

Options:
  -h, --help                     Show this help.
`;

/** Writes the usage (after an optional error) to stderr and returns exit code 2. */
export function usageError(message?: string): number {
  if (message) process.stderr.write(`skillshift: ${message}\n\n`);
  process.stderr.write(USAGE);
  return 2;
}
