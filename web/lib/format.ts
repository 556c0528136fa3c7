// vi-VN display formats for the web app: numbers 1.234.567, dates dd/MM/yyyy, times in
// Asia/Ho_Chi_Minh whatever the browser's own zone is. The same in both languages, as the office uses.
import { formatDate, formatInteger, formatVnd } from '../../domain/format';
import { VN_TIME_ZONE } from '../../domain/dates';

export { formatDate, formatInteger, formatVnd };

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

/** @example formatDateTime('2021-09-09T01:30:00Z') === '09/09/2021 08:30' */
export function formatDateTime(iso: string): string {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

/** @example formatPeriod('2021-09-11', '2021-12-25') === '11/09/2021 – 25/12/2021' */
export function formatPeriod(start: string, end: string): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}
