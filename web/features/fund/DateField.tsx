// A date input shown as dd/mm/yyyy whatever the browser's language (the native date input follows
// the operating system's locale), holding the API's 'YYYY-MM-DD' string.
import { DateInput } from '@mantine/dates';

export function DateField({ label, value, onChange, error, miw }: { label: string; value: string; onChange: (v: string) => void; error?: string; miw?: number }) {
  return <DateInput label={label} value={value || null} onChange={(v) => onChange(v ?? '')} valueFormat="DD/MM/YYYY" required error={error} miw={miw} />;
}
