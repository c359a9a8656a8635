import type { GigAspect, GigKind } from '../../engine/types';
import { E2E_PAGES, type PostingCase } from './cases';

export interface GigCase extends PostingCase {
  kinds: GigKind[];
  /** What the notice should report per aspect: the value read, or 'omitted'. */
  aspects: Record<GigAspect, string>;
  /** Words of the posting the notice quotes as its reason. */
  triggers: string[];
  /** A rights page the notice should link to, for the posting's language. */
  link: string;
}

/** Gig postings we wrote, each at a real board URL: one read from JSON-LD, one by the board's adapter. */
export const gigCases: GigCase[] = [
  {
    name: 'courier paid per delivery, Lever with JSON-LD (ours)',
    url: 'https://jobs.lever.co/swiftdrop/6a1f3c2e-4b7d-4e9a-9c1b-2f8e5d7a0b13',
    file: `${E2E_PAGES}lever-gig-courier.html`,
    title: 'Delivery Courier (Independent Contractor)',
    kinds: ['gig', 'contract', 'platform'],
    aspects: { pay: 'per-delivery', hours: 'flexible', insurance: 'omitted', contract: 'independent-contractor', employer: 'platform' },
    triggers: ['per delivery', 'independent contractor'],
    link: 'https://www.gov.uk/employment-status',
  },
  {
    name: '众包骑手 兼职, BOSS直聘 (ours)',
    url: 'https://www.zhipin.com/job_detail/3f9c1a7e5b2d48c61nR92t-5FFRY.html',
    file: `${E2E_PAGES}zhipin-gig-rider.html`,
    title: '外卖骑手（兼职众包）',
    kinds: ['gig', 'platform', 'part-time'],
    aspects: { pay: 'per-delivery', hours: 'flexible', insurance: 'omitted', contract: 'omitted', employer: 'platform' },
    triggers: ['骑手', '兼职', '按单结算'],
    link: 'https://www.mohrss.gov.cn/',
  },
];

/** An employed delivery job (salary, pension, company van): near the gig cases in words, not in terms. */
export const employedDriver: PostingCase = {
  name: 'employed delivery driver, Greenhouse (ours)',
  url: 'https://job-boards.greenhouse.io/northwindgrocers/jobs/4100000002',
  file: `${E2E_PAGES}greenhouse-employed-driver.html`,
  title: 'Delivery Driver',
};
