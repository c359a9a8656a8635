import type { Translate } from './i18n';

/** Where SkillShift's occupation data comes from, with the attributions its licences ask for. */
export function AboutData({ t }: { t: Translate }) {
  return (
    <section class="about" data-testid="about-data">
      <h2>{t('aboutTitle')}</h2>
      <p>{t('aboutOnet')}</p>
      <p>{t('aboutEloundou')}</p>
      <p>{t('aboutChina')}</p>
      <p>{t('aboutBls')}</p>
      <p>{t('aboutSkills')}</p>
    </section>
  );
}
