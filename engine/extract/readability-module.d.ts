// The library's class alone: its package index also bundles isProbablyReaderable, which SkillShift never calls, into
// every content script that reads a page (CommonJS, so no bundler can leave it out).
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
