// Bounds every validated input meets, checked in one place (the router's validation hook) so no
// schema can forget them: text holds no NUL and no lone UTF-16 surrogate (PostgreSQL refuses the
// first; the second is silently turned into U+FFFD or refused in JSON columns), ids fit the
// database's `integer` keys, and calendar dates lie in a sane window. Each problem names its field
// in Vietnamese and English. The zod pieces below say the same in the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { DATE_MAX, DATE_MIN, ID_MAX } from '../../domain/limits.js';
import type { FieldError } from '../../domain/errors.js';

/** A record id: a positive 32-bit integer. */
export const Id = z.number().int().positive().max(ID_MAX);
/** A record id sent as text (path, query, multipart field). */
export const IdText = z.coerce.number().int().positive().max(ID_MAX);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const ID_KEY = /^(id|.*Id|.*Ids)$/;

export const TEXT_NUL: Omit<FieldError, 'field'> = { code: 'text_nul', vi: 'Văn bản chứa ký tự NUL (mã 0), không được phép', en: 'The text contains a NUL character, which is not allowed' };
export const TEXT_SURROGATE: Omit<FieldError, 'field'> = { code: 'text_surrogate', vi: 'Văn bản chứa ký tự Unicode không hợp lệ (nửa cặp UTF-16)', en: 'The text contains an invalid Unicode character (a lone UTF-16 surrogate)' };
const ID_TOO_BIG: Omit<FieldError, 'field'> = { code: 'id_out_of_range', vi: `Mã số phải là số nguyên dương không quá ${ID_MAX}`, en: `An id is a positive whole number up to ${ID_MAX}` };
const DATE_OUT: Omit<FieldError, 'field'> = { code: 'date_out_of_range', vi: 'Ngày phải trong khoảng từ 01/01/2000 đến 31/12/2100', en: `The date must lie between ${DATE_MIN} and ${DATE_MAX}` };

/** The problem with one piece of text, if any. */
export function textProblem(text: string): Omit<FieldError, 'field'> | null {
  if (text.includes('\u0000')) return TEXT_NUL;
  if (LONE_SURROGATE.test(text)) return TEXT_SURROGATE;
  return null;
}

/**
 * Every bound broken inside a validated value (body, query, path or form), with the field's path.
 * Walks iteratively, so a deeply nested body cannot exhaust the stack.
 */
export function boundsProblems(value: unknown, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  const stack: Array<{ v: unknown; path: string; key: string }> = [{ v: value, path: '', key: '' }];
  while (stack.length && problems.length < 20) {
    const { v, path, key } = stack.pop()!;
    const field = prefix + (path || '(body)');
    if (typeof v === 'string') {
      const p = textProblem(v);
      if (p) problems.push({ field, ...p });
      else {
        const m = ISO_DATE.exec(v);
        if (m && (v < DATE_MIN || v > DATE_MAX)) problems.push({ field, ...DATE_OUT });
      }
    } else if (typeof v === 'number') {
      if (ID_KEY.test(key) && v > ID_MAX) problems.push({ field, ...ID_TOO_BIG });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: path ? `${path}.${i}` : String(i), key }));
    } else if (v && typeof v === 'object' && !(v instanceof Blob)) {
      for (const [k, item] of Object.entries(v)) {
        const p = textProblem(k);
        if (p) problems.push({ field: prefix + (path ? `${path}.(key)` : '(key)'), ...p });
        stack.push({ v: item, path: path ? `${path}.${k}` : k, key: k });
      }
    }
  }
  return problems;
}

/** An optional id in a multipart form, where "not given" may arrive as an empty field. */
export const OptionalIdText = z.union([z.literal(''), IdText]).optional();
