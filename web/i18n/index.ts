// i18next set-up: Vietnamese first, English second. The choice is kept in localStorage and mirrored
// on <html lang> and in dayjs (used by the date pickers). Only the Vietnamese strings are in the
// entry script: the English ones are a chunk of their own, fetched when English is chosen (or was
// chosen before), so a clerk's phone does not download a language it does not show.
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ERRORS } from '../../domain/errors';
import { mergeTrees, type Tree } from './merge';
import vi from './vi.json';

const viFeatures = import.meta.glob<Tree>('../features/*/i18n/vi.json', { eager: true, import: 'default' });
const enFeatures = import.meta.glob<Tree>('../features/*/i18n/en.json', { import: 'default' });

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

let english: Promise<void> | null = null;

/** Fetches the English strings once (the base file and every feature's own) and adds them. */
function loadEnglish(): Promise<void> {
  english ??= Promise.all([import('./en.json').then((m) => m.default as Tree), ...Object.values(enFeatures).map((load) => load())])
    .then(([base, ...parts]) => {
      i18n.addResourceBundle('en', 'translation', withErrors(mergeTrees(base, ...parts) as { errors: Record<string, string> }, 'en'), true, true);
    })
    .catch((e: unknown) => {
      english = null; // offline and not on the phone yet: Vietnamese stays, the next choice tries again
      throw e;
    });
  return english;
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: withErrors(mergeTrees(vi, ...Object.values(viFeatures)) as typeof vi, 'vi') } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
apply('vi');
if (storedLanguage() === 'en') void switchTo('en');

async function switchTo(lang: Language): Promise<void> {
  if (lang === 'en') await loadEnglish();
  apply(lang);
  await i18n.changeLanguage(lang);
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void switchTo(lang).catch(() => undefined);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export default i18n;
