// Readability's source without its debug logging, as plain JavaScript: the extension's bundles (through
// scripts/quiet-readability.ts, a Vite plugin) and the CLI's (cli/bundle.mjs, an esbuild plugin) both use it.

/**
 * @param {string} code
 * @param {number} open
 * @returns {number} The end of the call whose argument list opens at `open` (a "(" in `code`), past strings and nested brackets; -1 when unbalanced. */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const CALL = 'this.log(';
// The failed checks of _cleanConditionally, described for the log ("Too many inputs per p. (input=…)"): only their count is read.
const CHECK_MESSAGE = /errs\.push\(\s*`[^`]*`\s*\)/g;
const LOGGER = /if \(this\._debug\) \{[\s\S]*?\n {2}\} else \{\n {4}(this\.log = function \(\) \{\};)\n {2}\}/;

/**
 * Readability's source without its debug logging: every `this.log(…)` call becomes `void 0` (a no-op unless the
 * `debug` option is on, which nothing here sets; its arguments include three serialisations of the article), the
 * logger the option would build is left out, and the failed checks it would have described are counted bare. The
 * minifier then drops the statements.
 */
export function quietReadability(code) {
  let out = '';
  let from = 0;
  for (let at = code.indexOf(CALL); at >= 0; at = code.indexOf(CALL, from)) {
    const end = closing(code, at + CALL.length - 1);
    if (end < 0) return code;
    out += `${code.slice(from, at)}void 0`;
    from = end + 1;
  }
  return (out + code.slice(from)).replace(LOGGER, '$1').replace(CHECK_MESSAGE, 'errs.push(1)');
}

/**
 * Where Readability asks the DOM for more than it uses, as [what the library says, what the bundles run instead]: each
 * replacement answers as the original does, with less work (in a browser, and far less in linkedom, the CLI's DOM,
 * where a node's textContent or style is built on each ask).
 */
const LEANER = [
  // Its copy of the page, kept as cloned nodes, not markup: it serialised the whole page before its first attempt and
  // parsed it back before each retry (up to four attempts on a listing page); the round trip also dropped a no-break space.
  ['var pageCacheHtml = page.innerHTML;', 'var pageCache = Array.from(page.childNodes, function (node) { return node.cloneNode(true); });'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren.apply(page, pageCache.map(function (node) { return node.cloneNode(true); }));'],
  // A byline's length, only of a node that may be one: it took the text of every node of the page, ancestors included.
  ['var bylineLength = node.textContent.trim().length;\n', ''],
  ['!!bylineLength &&\n      bylineLength < 100', '(function (length) { return length > 0 && length < 100; })(node.textContent.trim().length)'],
  // "No text in it": the first non-blank text node below says no, without building the whole text (trim's blanks are \s's).
  ['!node.textContent.trim().length &&', '!(function hasText(n) { for (var c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4 ? /\\S/.test(c.data) : c.nodeType === 1 && hasText(c)) return true; return false; })(node) &&'],
  // An inline style hides a node only when it has one: no style object built for every node without.
  ['(!node.style || node.style.display != "none") &&\n      (!node.style || node.style.visibility != "hidden") &&', '(!node.style || !node.hasAttribute("style") || (node.style.display != "none" && node.style.visibility != "hidden")) &&'],
  // What SkillShift reads of the article is its title and markup: its excerpt, site name, publication time, text, byline
  // and direction are not computed (the byline read from the page's meta tags stays: it decides whether a byline node
  // in the text is dropped). Of the meta tags, only titles and authors are gathered.
  ['/\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*/gi', '/\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|title)\\s*/gi'],
  ['(author|creator|pub-date|description|title|site_name)\\s*$/i', '(author|creator|title)\\s*$/i'],
  [[
    '    // get description',
    '    metadata.excerpt =',
    '      jsonld.excerpt ||',
    '      values["dc:description"] ||',
    '      values["dcterm:description"] ||',
    '      values["og:description"] ||',
    '      values["weibo:article:description"] ||',
    '      values["weibo:webpage:description"] ||',
    '      values.description ||',
    '      values["twitter:description"];',
    '',
    '    // get site name',
    '    metadata.siteName = jsonld.siteName || values["og:site_name"];',
    '',
    '    // get article published time',
    '    metadata.publishedTime =',
    '      jsonld.datePublished ||',
    '      values["article:published_time"] ||',
    '      values["parsely-pub-date"] ||',
    '      null;',
    '',
    '',
  ].join('\n'), ''],
  [[
    '    metadata.excerpt = this._unescapeHtmlEntities(metadata.excerpt);',
    '    metadata.siteName = this._unescapeHtmlEntities(metadata.siteName);',
    '    metadata.publishedTime = this._unescapeHtmlEntities(metadata.publishedTime);',
    '',
  ].join('\n'), ''],
  [[
    "    // If we haven't found an excerpt in the article's metadata, use the article's",
    '    // first paragraph as the excerpt. This is used for displaying a preview of',
    "    // the article's content.",
    '    if (!metadata.excerpt) {',
    '      var paragraphs = articleContent.getElementsByTagName("p");',
    '      if (paragraphs.length) {',
    '        metadata.excerpt = paragraphs[0].textContent.trim();',
    '      }',
    '    }',
    '',
    '    var textContent = articleContent.textContent;',
    '    return {',
    '      title: this._articleTitle,',
    '      byline: metadata.byline || this._articleByline,',
    '      dir: this._articleDir,',
    '      lang: this._articleLang,',
    '      content: this._serializer(articleContent),',
    '      textContent,',
    '      length: textContent.length,',
    '      excerpt: metadata.excerpt,',
    '      siteName: metadata.siteName || this._articleSiteName,',
    '      publishedTime: metadata.publishedTime,',
    '    };',
  ].join('\n'), 'return { title: this._articleTitle, content: this._serializer(articleContent) };'],
  // SkillShift passes a document and its options, always in that order (an older calling convention passed an address
  // first). JSDOMParser, Readability's own DOM for its tests, is never the DOM here (a browser's, or linkedom in the
  // CLI): its checks for live node lists and its renaming of a node's tag in place go.
  ['  if (options && options.documentElement) {\n    doc = options;\n    options = arguments[2];\n  } else if (!doc || !doc.documentElement) {\n    throw new Error(\n      "First argument to Readability constructor should be a document object."\n    );\n  }\n', ''],
  ['  this._docJSDOMParser = this._doc.firstChild.__JSDOMParser__;\n', ''],
  ['if (this._docJSDOMParser && nodeList._isLiveNodeList) {\n      throw new Error("Do not pass live node lists to _removeNodes");\n    }', ''],
  ['if (this._docJSDOMParser && nodeList._isLiveNodeList) {\n      throw new Error("Do not pass live node lists to _replaceNodeTags");\n    }', ''],
  ['if (this._docJSDOMParser) {\n      node.localName = tag.toLowerCase();\n      node.tagName = tag.toUpperCase();\n      return node;\n    }', ''],
];

/**
 * Readability's source with the LEANER replacements, each made only where the library's source reads exactly so,
 * once (a later version that reads otherwise keeps its own code there; a unit test notices).
 * @param {string} code
 * @returns {string}
 */
export function leanReadability(code) {
  return LEANER.reduce((out, [from, to]) => (out.split(from).length === 2 ? out.replace(from, () => to) : out), code);
}

/** How many of the LEANER replacements `code` (the library's source) takes. */
export const leanReplacements = (code) => LEANER.filter(([from]) => code.split(from).length === 2).length;
export const LEAN_COUNT = LEANER.length;

/**
 * Readability's methods that SkillShift's use of it never needs, as [the method's first line, the body it keeps]:
 * JSON-LD SkillShift reads itself (it asks with disableJSONLD), classes it keeps (keepClasses) and clears itself,
 * images, addresses and presentation (it reads text; these only mend image addresses and placeholders, make links'
 * and images' addresses absolute, turn "javascript:" links into their text and drop inline styles and presentational
 * attributes from what it keeps: a node its style hides Readability has already dropped), and the folding of a <div> or
 * <section> into its only child (SkillShift reads the blocks inside, wrapped or not: every saved page reads the same).
 * The article's title, when the page has no og:title or like, is its <title> cut as the library cuts most: before the
 * last separator when more than four words remain ("Graduate Data Engineer | Flow Traders | LinkedIn"), else whole
 * (the library's other cuts, by ": " and by the page's headings, and its cut of "Lagerist (m/w/d) - Hansen Logistik"
 * to "w/d) - Hansen Logistik", go; SkillShift reads headings itself: every saved page and fresh set reads the same).
 */
const IDLE = [
  ['_getJSONLD(doc) {', 'return {};'],
  ['_cleanClasses(node) {', ''],
  ['_unwrapNoscriptImages(doc) {', ''],
  ['_isSingleImage(node) {', 'return false;'],
  ['_fixLazyImages(root) {', ''],
  ['_fixRelativeUris(articleContent) {', ''],
  ['_cleanStyles(e) {', ''],
  ['_simplifyNestedElements(articleContent) {', ''],
  ['_getArticleTitle() {', 'var t = this._doc.title.trim(), c = t.replace(/ [|\\-\\\\/>»–—] (?:(?! [|\\-\\\\/>»–—] ).)*$/, ""); return c.split(/\\s+/).length > 4 ? c : t;'],
];

/**
 * Readability's source with the IDLE methods' bodies emptied, each only where the library's source reads exactly so
 * (a method begins on its own line, two spaces in, and ends at the next line reading "  },").
 * @param {string} code
 * @returns {string}
 */
export function idleReadability(code) {
  return IDLE.reduce((out, [head, body]) => {
    const start = out.split(`\n  ${head}\n`);
    if (start.length !== 2) return out;
    const end = start[1].indexOf('\n  },\n');
    return end < 0 ? out : `${start[0]}\n  ${head} ${body}${start[1].slice(end + 1)}`;
  }, code);
}

/** How many of the IDLE methods `code` (the library's source) empties. */
export const idleMethods = (code) => IDLE.filter(([head]) => code.split(`\n  ${head}\n`).length === 2).length;
export const IDLE_COUNT = IDLE.length;

// One entry of Readability's REGEXPS table: its name, then its pattern up to the next entry (past the comments above
// it) or the table's end.
const PATTERN_ENTRY = /\n {4}([A-Za-z0-9]+):[\s\S]*?,(?=(?:\n {4}\/\/[^\n]*)*\n {4}[A-Za-z0-9]+:|\n {2}\},)/g;

/**
 * Where Readability's REGEXPS table sits in `code`, as [start, end) offsets, or null when it reads otherwise.
 * @param {string} code
 * @returns {[number, number] | null}
 */
function patternTable(code) {
  const start = code.indexOf('\n  REGEXPS: {');
  const end = start < 0 ? -1 : code.indexOf('\n  },', start);
  return end < 0 ? null : [start, end + 1];
}

/** Whether nothing in `code` reads the pattern `name`. */
const unread = (code, name) => !code.includes(`REGEXPS.${name}`);

/**
 * Readability's source without the patterns of its REGEXPS table that nothing in `code` reads any more (once the idle
 * methods are emptied: JSON-LD article types, image sources; and a few the library keeps unused).
 * @param {string} code
 * @returns {string}
 */
export function withoutUnusedPatterns(code) {
  const table = patternTable(code);
  if (!table) return code;
  const kept = code.slice(...table).replace(PATTERN_ENTRY, (entry, name) => (unread(code, name) ? '' : entry));
  return code.slice(0, table[0]) + kept + code.slice(table[1]);
}

/** The names of the patterns withoutUnusedPatterns drops from `code`. */
export const unusedPatterns = (code) => {
  const table = patternTable(code);
  return table ? [...code.slice(...table).matchAll(PATTERN_ENTRY)].map((m) => m[1]).filter((name) => unread(code, name)) : [];
};

// One of Readability's constant lists ("  PRESENTATIONAL_ATTRIBUTES: [ … ],"), its name and its items.
const CONSTANT_LIST = /\n {2}([A-Z][A-Z_]+): \[[^\]]*\],\n/g;

/** Whether nothing in `code` reads the constant list `name` (its definition has no dot before the name). */
const unreadList = (code, name) => !code.includes(`.${name}`);

/**
 * Readability's source without the constant lists nothing in `code` reads any more (once the idle methods are emptied:
 * the presentational attributes and the elements whose size attributes _cleanStyles dropped).
 * @param {string} code
 * @returns {string}
 */
export function withoutUnusedLists(code) {
  return code.replace(CONSTANT_LIST, (entry, name) => (unreadList(code, name) ? '\n' : entry));
}

/** The names of the constant lists withoutUnusedLists drops from `code`. */
export const unusedLists = (code) => [...code.matchAll(CONSTANT_LIST)].map((m) => m[1]).filter((name) => unreadList(code, name));

// The library's CommonJS export, at its end: a bundle that imports it carries the bundler's CommonJS interop besides.
const COMMONJS_EXPORT = /\nif \(typeof module === "object"\) \{\n(?: {2}\/\*[^\n]*\*\/\n)* {2}module\.exports = Readability;\n\}\s*$/;

/**
 * Readability's source as an ES module (its class the default export), so that a bundle carries no CommonJS interop
 * (jobs.js: 0.2 KB gzip); the source unchanged when it ends otherwise.
 * @param {string} code
 * @returns {string}
 */
export const asModule = (code) => code.replace(COMMONJS_EXPORT, '\nexport default Readability;\n');

// Readability's own members (`_grabArticle`, `_flags`…) and constants (`REGEXPS`, `FLAG_STRIP_UNLIKELYS`…): nothing
// outside the library reads them. ELEMENT_NODE and TEXT_NODE keep their names: the library also asks them of DOM nodes.
const OWN_MEMBERS = /^(_.*|[A-Z][A-Z_]+)$/;
const DOM_MEMBERS = /^(__.*|ELEMENT_NODE|TEXT_NODE)$/;

/**
 * Readability as the bundles carry it: without its logging (quietReadability), asking the DOM for no more than it uses
 * (leanReadability), without the methods SkillShift never needs (idleReadability) and the patterns and lists nothing
 * reads then (withoutUnusedPatterns, withoutUnusedLists), and its own members' names
 * shortened (esbuild's property mangling, which a minifier does not do: 4 KB of jobs.js, 0.8 KB gzip).
 * @param {string} code
 * @returns {Promise<string>}
 */
export async function bundledReadability(code) {
  const { transform } = await import('esbuild');
  const source = asModule(withoutUnusedLists(withoutUnusedPatterns(idleReadability(leanReadability(quietReadability(code))))));
  return (await transform(source, { mangleProps: OWN_MEMBERS, reserveProps: DOM_MEMBERS, loader: 'js' })).code;
}
