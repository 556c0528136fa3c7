// i18next set-up: Vietnamese first, English second. The choice is kept in localStorage and mirrored
// on <html lang> and in dayjs (used by the date pickers).
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ERRORS } from '../../domain/errors';
import en from './en.json';
import { mergeTrees, type Tree } from './merge';
import vi from './vi.json';

const featureStrings = import.meta.glob<Tree>('../features/*/i18n/*.json', { eager: true, import: 'default' });
function withFeatures(base: Tree, lang: 'vi' | 'en'): Tree {
  const parts = Object.entries(featureStrings).filter(([file]) => file.endsWith(`/${lang}.json`)).map(([, tree]) => tree);
  return mergeTrees(base, ...parts);
}

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'ntm-hub.lang';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function apply(lang: string) {
  document.documentElement.lang = lang;
  dayjs.locale(lang);
}

/**
 * Error texts come from the one catalogue the server answers with (domain/errors.ts), so a code
 * added there is translated here at once; the JSON files add the client's own (NETWORK, UNKNOWN).
 */
function withErrors<T extends { errors: Record<string, string> }>(strings: T, lang: 'vi' | 'en'): T {
  const fromCatalogue = Object.fromEntries(Object.entries(ERRORS).map(([code, def]) => [code, def[lang]]));
  return { ...strings, errors: { ...fromCatalogue, ...strings.errors } };
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: withErrors(withFeatures(vi, 'vi') as typeof vi, 'vi') },
    en: { translation: withErrors(withFeatures(en, 'en') as typeof en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
apply(i18n.language);

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  apply(lang);
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;
