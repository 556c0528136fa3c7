// Validation messages in plain Vietnamese and English for the issues people meet in forms. Zod's
// own locales leave type names untranslated ("mong đợi string") and, since the issues the API
// reports carry no input, always say "received undefined"; these say what is expected instead.
// Issues not listed here keep zod's localised text.
import type { z } from 'zod';

type Lang = 'vi' | 'en';
const TYPES: Record<string, [string, string]> = {
  string: ['văn bản', 'text'], number: ['một số', 'a number'], int: ['một số nguyên', 'a whole number'], bigint: ['một số nguyên', 'a whole number'],
  boolean: ['có hoặc không', 'yes or no'], array: ['một danh sách', 'a list'], object: ['một nhóm thông tin', 'a set of fields'],
  date: ['một ngày', 'a date'], file: ['một tệp', 'a file'],
};
const FORMATS: Record<string, [string, string]> = {
  date: ['ngày (YYYY-MM-DD)', 'a date (YYYY-MM-DD)'], datetime: ['ngày giờ', 'a date and time'], time: ['giờ (HH:MM)', 'a time (HH:MM)'],
  email: ['địa chỉ e-mail', 'an e-mail address'], url: ['địa chỉ web', 'a web address'], uuid: ['mã UUID', 'a UUID'], regex: ['đúng định dạng', 'the expected format'],
};
const i = (lang: Lang, pair: [string, string] | undefined, fallback: string) => (pair ? pair[lang === 'vi' ? 0 : 1] : fallback);
const num = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v));

/** A message for the issue in the language, or null to keep zod's own. */
export function zodMessage(issue: z.core.$ZodIssue, lang: Lang): string | null {
  const vi = lang === 'vi';
  switch (issue.code) {
    case 'invalid_type': {
      const what = i(lang, TYPES[issue.expected], issue.expected);
      return vi ? `Thiếu hoặc không đúng kiểu: cần ${what}` : `Missing or of the wrong kind: ${what} is expected`;
    }
    case 'too_small': {
      const n = num(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? (vi ? 'Không được để trống' : 'Must not be empty') : (vi ? `Cần ít nhất ${n} ký tự` : `At least ${n} characters`);
      if (issue.origin === 'array' || issue.origin === 'set') return vi ? `Cần ít nhất ${n} mục` : `At least ${n} ${issue.minimum === 1 ? 'item' : 'items'}`;
      return issue.inclusive ? (vi ? `Phải từ ${n} trở lên` : `Must be ${n} or more`) : (vi ? `Phải lớn hơn ${n}` : `Must be more than ${n}`);
    }
    case 'too_big': {
      const n = num(issue.maximum);
      if (issue.origin === 'string') return vi ? `Tối đa ${n} ký tự` : `At most ${n} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return vi ? `Tối đa ${n} mục` : `At most ${n} items`;
      return issue.inclusive ? (vi ? `Phải từ ${n} trở xuống` : `Must be ${n} or less`) : (vi ? `Phải nhỏ hơn ${n}` : `Must be less than ${n}`);
    }
    case 'invalid_value':
      return vi ? `Chỉ nhận một trong các giá trị: ${issue.values.map(String).join(', ')}` : `Must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format': {
      const what = i(lang, FORMATS[issue.format], issue.format);
      return vi ? `Không đúng định dạng: cần ${what}` : `Wrong format: ${what} is expected`;
    }
    case 'not_multiple_of':
      return vi ? `Phải là bội số của ${num(issue.divisor)}` : `Must be a multiple of ${num(issue.divisor)}`;
    default:
      return null;
  }
}
