import { browser } from 'wxt/browser';

// WXT types getURL/getMessage from generated .wxt/types, which the typecheck may not load;
// these plain signatures hold either way.
interface UntypedApis {
  runtime: { getURL(path: string): string };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}
const apis = browser as unknown as UntypedApis;

export const extensionUrl = (path: string): string => apis.runtime.getURL(path);
export const getMessage = (key: string, substitutions?: string[]): string => apis.i18n.getMessage(key, substitutions);
