import { GIG_ASPECTS, type GigAspect, type GigKind, type GigReport } from '../engine/types';
import type { Locale } from '../engine/language';
import { joinList, type MessageKey, type Translate } from './i18n';

export interface GigNoticeProps {
  gig: GigReport;
  lang: Locale;
  t: Translate;
}

const ASPECT_KEYS: Record<GigAspect, MessageKey> = {
  pay: 'gigAspectPay',
  hours: 'gigAspectHours',
  insurance: 'gigAspectInsurance',
  contract: 'gigAspectContract',
  employer: 'gigAspectEmployer',
};

const KIND_KEYS: Record<GigKind, MessageKey> = {
  gig: 'gigKindGig',
  platform: 'gigKindPlatform',
  freelance: 'gigKindFreelance',
  contract: 'gigKindContract',
  agency: 'gigKindAgency',
  'part-time': 'gigKindPartTime',
};

/** Informational: what a gig/contract/platform posting says and omits on its terms, with official rights pages. */
export function GigNotice({ gig, lang, t }: GigNoticeProps) {
  return (
    <section class="gig" data-testid="gig-notice" data-kinds={gig.kinds.join(',')}>
      <h2>{t('gigTitle')}</h2>
      <p>{gig.kinds.map((k) => t(KIND_KEYS[k])).join(' · ')}</p>
      <p class="muted" data-testid="gig-triggers">
        {t('gigTriggeredBy', [joinList(t, gig.triggers.map((tr) => `“${tr.phrase}”`))])}
      </p>
      <p>{t('gigIntro')}</p>
      <dl>
        {GIG_ASPECTS.map((aspect) => {
          const said = gig.says.find((s) => s.aspect === aspect);
          return (
            <div key={aspect} data-aspect={aspect} data-value={said?.value ?? 'omitted'}>
              <dt>{t(ASPECT_KEYS[aspect])}</dt>
              <dd class={said ? undefined : 'gig__omitted'}>{said ? `“${said.phrase}”` : t('gigNotStated')}</dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('gigLinks')}</h3>
      <ul>
        {gig.links.map((link) => (
          <li key={link.id}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" data-testid="gig-link">
              {link.title[lang]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
