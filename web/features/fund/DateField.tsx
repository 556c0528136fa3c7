// A date input shown as dd/mm/yyyy whatever the browser's language (the native date input follows
// the operating system's locale), holding the API's 'YYYY-MM-DD' string ('' when empty).
import { DateInput } from '@mantine/dates';
import { isIsoDate } from '../../../domain/dates';

/** Typed dates are read as the office writes them: 18/10/2021 (or 18-10-2021, 18.10.2021). */
function parseVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function DateField({ label, value, onChange, error, miw, required = true }: {
  label: string; value: string; onChange: (v: string) => void; error?: string; miw?: number; required?: boolean;
}) {
  return <DateInput label={label} value={value || null} onChange={(v) => onChange(v ?? '')} valueFormat="DD/MM/YYYY" dateParser={parseVnDate} required={required} clearable={!required} error={error} miw={miw} />;
}
