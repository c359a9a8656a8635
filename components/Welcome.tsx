import { useState } from 'preact/hooks';
import type { LocaleChoice } from '../engine/language';
import type { RegionChoice } from '../engine/region';
import type { MessageKey, Translate } from './i18n';
import { RegionSelect } from './RegionSelect';

export interface WelcomeData {
  language: LocaleChoice;
  /** The profile's region (absent: automatic) and the browser's locale ("en-GB") an automatic one is read from. */
  region?: RegionChoice;
  browserLocale: string;
  /** Whether the browser has granted reading every site (the optional host permission). */
  anySite: boolean;
}

export interface WelcomeActions {
  setLanguage(language: LocaleChoice): Promise<void>;
  setRegion(region: RegionChoice): Promise<void>;
  /** Asks the browser for the permission (on) or gives it back (off); resolves to whether it is held after. */
  setAnySite(on: boolean): Promise<boolean>;
}

const LANGUAGES: Record<LocaleChoice, MessageKey> = { auto: 'welcomeLanguageAuto', en: 'welcomeLanguageEn', zh_CN: 'welcomeLanguageZh' };
const isChoice = (value: string): value is LocaleChoice => value in LANGUAGES;

/** The first-run page: what SkillShift does, what stays private, language, region, and reading any site (off by default). */
export function Welcome({ data, actions, t }: { data: WelcomeData; actions: WelcomeActions; t: Translate }) {
  const [language, setLanguage] = useState(data.language);
  const [languageSaved, setLanguageSaved] = useState(false);
  const [region, setRegion] = useState(data.region);
  const [regionSaved, setRegionSaved] = useState(false);
  const [anySite, setAnySite] = useState(data.anySite);
  const [refused, setRefused] = useState(false);
  const chooseLanguage = async (value: string) => {
    if (!isChoice(value)) return;
    setLanguage(value);
    setLanguageSaved(false);
    await actions.setLanguage(value);
    setLanguageSaved(true);
  };
  const chooseRegion = async (value: RegionChoice) => {
    setRegion(value);
    setRegionSaved(false);
    await actions.setRegion(value);
    setRegionSaved(true);
  };
  const flip = async (on: boolean) => {
    const held = await actions.setAnySite(on);
    setAnySite(held);
    setRefused(on && !held);
  };
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <ul class="welcome__what">
        <li>{t('welcomeWhat1')}</li>
        <li>{t('welcomeWhat2')}</li>
        <li>{t('welcomeWhat3')}</li>
      </ul>
      <h2>{t('welcomePrivacyHeading')}</h2>
      <p>{t('welcomePrivacy')}</p>
      <h2>{t('welcomeLanguageHeading')}</h2>
      <label>
        {t('welcomeLanguageLabel')}{' '}
        <select data-testid="welcome-language" value={language} onChange={(e) => void chooseLanguage(e.currentTarget.value)}>
          {(Object.keys(LANGUAGES) as LocaleChoice[]).map((choice) => (
            <option key={choice} value={choice}>
              {t(LANGUAGES[choice])}
            </option>
          ))}
        </select>
      </label>
      <p role="status" class="muted">{languageSaved ? t('welcomeLanguageSaved') : ''}</p>
      <h2>{t('welcomeRegionHeading')}</h2>
      <RegionSelect testid="welcome-region" choice={region} language={language} browserLocale={data.browserLocale} t={t} onChange={(value) => void chooseRegion(value)} />
      <p role="status" class="muted">{regionSaved ? t('welcomeLanguageSaved') : ''}</p>
      <h2>{t('welcomeAnySiteHeading')}</h2>
      <label class="check">
        <input type="checkbox" data-testid="welcome-any-site" checked={anySite} aria-describedby="any-site-hint" onChange={(e) => void flip(e.currentTarget.checked)} />{' '}
        {t('welcomeAnySiteLabel')}
      </label>
      <p id="any-site-hint" class="muted">{t('welcomeAnySiteHint')}</p>
      {refused && <p role="alert">{t('welcomeAnySiteRefused')}</p>}
      <p>{t('welcomeDone')}</p>
    </main>
  );
}
