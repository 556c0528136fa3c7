// Turns API errors into text in the user's language: the catalogue code through i18n
// (errors.<CODE>), field errors from the answer's vi/en pair, matched to the form's own fields.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from './api';

/** The message for any thrown error, in the current language. */
export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    const fallback = t('errors.UNKNOWN');
    return t(`errors.${err.code}`, { defaultValue: fallback });
  }
  return t('errors.UNKNOWN');
}

/** A field error's message in the current language. */
export function fieldText(f: { vi: string; en: string }, lang: string): string {
  return lang === 'en' ? f.en : f.vi;
}

/**
 * Keeps the last error of a form. `field(name)` gives the message for one input (several joined);
 * `general` gives the catalogue message plus the field errors no input of this form shows.
 */
export function useFormErrors(formFields: readonly string[]) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const lang = i18n.language;

  const byField = useMemo(() => {
    const out: Record<string, string[]> = {};
    if (error instanceof ApiError) {
      for (const f of error.fields) {
        // "communeIds.0" belongs to the "communeIds" input.
        const key = formFields.find((name) => f.field === name || f.field.startsWith(`${name}.`)) ?? '';
        (out[key] ??= []).push(fieldText(f, lang));
      }
    }
    return out;
  }, [error, formFields, lang]);

  const field = useCallback((name: string) => byField[name]?.join('; ') || undefined, [byField]);
  const general = useMemo(() => {
    if (!error) return null;
    const headline = errorText(error, t);
    // Said once: the headline is dropped when an input already shows the same words.
    const shownOnInputs = Object.entries(byField).some(([k, texts]) => k !== '' && texts.includes(headline));
    const parts = [...(shownOnInputs ? [] : [headline]), ...(byField[''] ?? [])];
    return parts.length ? parts.join(' — ') : null;
  }, [error, byField, t]);
  const clear = useCallback(() => setError(null), []);
  return { error, setError, field, general, clear };
}
