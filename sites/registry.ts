import type { SiteAdapter } from '../engine/adapter';
import { linkedin } from './linkedin';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { glassdoor } from './glassdoor';
import { lever } from './lever';
import { workday } from './workday';
import { ashby } from './ashby';
import { ziprecruiter } from './ziprecruiter';
import { stepstone } from './stepstone';
import { totaljobs } from './totaljobs';
import { reed } from './reed';
import { smartrecruiters } from './smartrecruiters';
import { welcometothejungle } from './welcometothejungle';
import { zhipin } from './zhipin';
import { zhaopin } from './zhaopin';
import { job51 } from './51job';
import { liepin } from './liepin';
import { lagou } from './lagou';
import { usajobs } from './usajobs';
import { upwork } from './upwork';
import { weworkremotely } from './weworkremotely';
import { successfactors } from './successfactors';
import { remoteok } from './remoteok';
import { workable } from './workable';
import { icims } from './icims';
import { paylocity } from './paylocity';
import { teamtailor } from './teamtailor';
import { personio } from './personio';
import { taleo } from './taleo';
import { jobvite } from './jobvite';
import { seek } from './seek';
import { jobstreet } from './jobstreet';
import { breezy } from './breezy';
import { recruitee } from './recruitee';
import { bamboohr } from './bamboohr';
import { jazzhr } from './jazzhr';
import { wellfound } from './wellfound';
import { naukri } from './naukri';
import { job58 } from './58';
import { radancy } from './radancy';
import { phenom } from './phenom';

export const adapters: SiteAdapter[] = [linkedin, greenhouse, indeed, glassdoor, lever, workday, ashby, ziprecruiter, stepstone, totaljobs, reed, smartrecruiters, welcometothejungle,
  zhipin, zhaopin, job51, liepin, lagou, usajobs, upwork, weworkremotely, successfactors, remoteok, workable, icims, paylocity,
  teamtailor, personio, taleo, jobvite, seek, jobstreet, breezy, recruitee,
  bamboohr, jazzhr, wellfound, naukri, job58, radancy, phenom];

/**
 * The adapter for a page URL, or null when no adapter knows the site (the engine then reads JSON-LD / Readability).
 * Given the page, a career-site platform on a company's own domain is known by its markup too (SiteAdapter.ownsPage).
 */
export function adapterFor(url: string, doc?: Document): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return adapters.find((a) => a.test(parsed)) ?? (doc ? adapterByMarkup(doc) : null);
}

/** The career-site platform whose markup the page carries, or null. */
export function adapterByMarkup(doc: Document): SiteAdapter | null {
  return adapters.find((a) => a.ownsPage?.(doc)) ?? null;
}
