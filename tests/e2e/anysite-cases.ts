import { FIXTURE_PAGES } from '../sites/helpers';
import type { ServedPage } from './offline';

// Career sites of platforms known by their markup, served on a company's own domain, which no board script matches:
// only the any-site script, injected while "read job postings on any site" is granted, reads them.
const COMPANY = 'https://careers.example-company.com';

export interface CompanyJobPage extends ServedPage {
  name: string;
  title: string;
  /** Duties the page lists, as the side panel should show them. */
  duties: string[];
}

export interface CompanySearchPage extends ServedPage {
  name: string;
  /** The results' ids, as the platform's adapter gives them. */
  cards: string[];
}

export const companyJobPages: CompanyJobPage[] = [
  {
    name: 'Radancy job page',
    url: `${COMPANY}/en/job/leeds/data-analyst/48210/91234567890`,
    file: `${FIXTURE_PAGES}radancy-style.html`,
    title: 'Data Analyst',
    duties: ['Build and maintain weekly dashboards on freight volumes', 'Check the quality of data coming in from partner carriers'],
  },
  {
    name: 'Phenom job page',
    url: `${COMPANY}/us/en/job/R-55102/Warehouse-Team-Lead`,
    file: `${FIXTURE_PAGES}phenom-style.html`,
    title: 'Warehouse Team Lead',
    duties: ['Lead a shift of twelve pickers and packers', 'Train new starters on the scanners and safety rules'],
  },
];

export const companySearchPages: CompanySearchPage[] = [
  {
    name: 'Radancy search page',
    url: `${COMPANY}/en/search-jobs?k=analyst`,
    file: `${FIXTURE_PAGES}radancy-search-style.html`,
    cards: ['91234567890', '91234567001', '91234567003'],
  },
  {
    name: 'Phenom search page',
    url: `${COMPANY}/us/en/search-results?keywords=warehouse`,
    file: `${FIXTURE_PAGES}phenom-search-style.html`,
    cards: ['R-55102', 'R-55090', 'R-55077'],
  },
];

export const companyPages: ServedPage[] = [...companyJobPages, ...companySearchPages];
