// AppError carries a catalogue code (domain/errors.ts); the error handler turns any thrown error
// into the one JSON shape. A 500 never carries internals.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ERRORS, type ErrorBody, type ErrorCode, type FieldError } from '../../domain/errors.js';
import { zodMessage } from './zod-messages.js';

export class AppError extends Error {
  constructor(readonly code: ErrorCode, readonly fields: FieldError[] = [], readonly detail?: string) {
    super(detail ?? ERRORS[code].en);
  }
  get status(): number { return ERRORS[this.code].status; }
}

/** Throws the catalogue error; `field` names the input it is about, with its own message. */
export function fail(code: ErrorCode, field?: string, vi?: string, en?: string): never {
  const def = ERRORS[code];
  throw new AppError(code, field ? [{ field, code, vi: vi ?? def.vi, en: en ?? def.en }] : []);
}

export function errorBody(code: ErrorCode, fields: FieldError[] = []): ErrorBody {
  const def = ERRORS[code];
  const detail = fields.length ? `: ${fields.map((f) => `${f.field} — ${f.vi}`).join('; ')}` : '';
  const detailEn = fields.length ? `: ${fields.map((f) => `${f.field} — ${f.en}`).join('; ')}` : '';
  return { error: { code, message: def.vi + detail, messageEn: def.en + detailEn, fields } };
}

const viLocale = z.locales.vi();
const enLocale = z.locales.en();

function localised(map: { localeError: unknown }, issue: z.core.$ZodIssue): string {
  const fn = map.localeError as (i: unknown) => string | { message: string } | undefined;
  const out = fn({ ...issue, input: undefined });
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

/** Converts zod issues to field errors with Vietnamese and English messages. */
export function zodFields(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    field: prefix + (issue.path.length ? issue.path.join('.') : '(body)'),
    code: issue.code,
    vi: zodMessage(issue, 'vi') ?? localised(viLocale, issue),
    en: zodMessage(issue, 'en') ?? localised(enLocale, issue),
  }));
}

const DATA_ERRORS: Record<string, { code: string; vi: string; en: string }> = {
  '22003': { code: 'number_out_of_range', vi: 'Một giá trị số vượt quá giới hạn cho phép', en: 'A number is out of the allowed range' },
  '22008': { code: 'date_out_of_range', vi: 'Một giá trị ngày giờ nằm ngoài giới hạn cho phép', en: 'A date or time is out of the allowed range' },
  '22007': { code: 'invalid_date', vi: 'Một giá trị ngày giờ không hợp lệ', en: 'A date or time is not valid' },
  '22P05': { code: 'text_invalid', vi: 'Văn bản chứa ký tự không được phép', en: 'The text contains a character that is not allowed' },
  '22021': { code: 'text_invalid', vi: 'Văn bản chứa ký tự không được phép', en: 'The text contains a character that is not allowed' },
  '22001': { code: 'too_long', vi: 'Một giá trị văn bản quá dài', en: 'A text value is too long' },
  '54000': { code: 'too_large', vi: 'Một giá trị quá lớn', en: 'A value is too large' },
};

function pgCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return undefined;
}

export function handleError(err: Error, c: Context): Response {
  if (err instanceof AppError) {
    return c.json(errorBody(err.code, err.fields), err.status as ContentfulStatusCode);
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return c.json(errorBody('PAYLOAD_TOO_LARGE'), 413);
    if (err.status === 400) return c.json(errorBody('VALIDATION', [{ field: '(body)', code: 'invalid_json', vi: 'Nội dung không phải JSON hợp lệ', en: 'The body is not valid JSON' }]), 400);
    if (err.status === 415) return c.json(errorBody('UNSUPPORTED_MEDIA_TYPE', [{ field: 'Content-Type', code: 'unsupported_media_type', vi: 'Hãy gửi JSON (application/json) hoặc tệp (multipart/form-data) như tài liệu API mô tả', en: 'Send JSON (application/json) or a file (multipart/form-data) as the API document describes' }]), 415);
    if (err.status === 401) return c.json(errorBody('UNAUTHENTICATED'), 401);
    if (err.status === 403) return c.json(errorBody('FORBIDDEN'), 403);
    if (err.status === 404) return c.json(errorBody('NOT_FOUND'), 404);
    return c.json(errorBody(err.status >= 500 ? 'INTERNAL' : 'VALIDATION'), err.status);
  }
  const code = pgCode(err);
  // The database refused a value the validation let through (a bound no schema states yet): the
  // request is at fault, not the server. Which value is not known here, hence '(value)'.
  const refused = code ? DATA_ERRORS[code] : undefined;
  if (refused) return c.json(errorBody('VALIDATION', [{ field: '(value)', code: refused.code, vi: refused.vi, en: refused.en }]), 400);
  if (code === '23505') return c.json(errorBody('CONFLICT'), 409);
  if (code === '23503') return c.json(errorBody('CONFLICT', [{ field: '(reference)', code: 'foreign_key', vi: 'Bản ghi liên quan không tồn tại hoặc đang được sử dụng', en: 'A referenced record is missing or still in use' }]), 409);
  console.error('[ntm-hub] unhandled error', err);
  return c.json(errorBody('INTERNAL'), 500);
}
