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
    return err.getResponse();
  }
  const code = pgCode(err);
  if (code === '23505') return c.json(errorBody('CONFLICT'), 409);
  if (code === '23503') return c.json(errorBody('CONFLICT', [{ field: '(reference)', code: 'foreign_key', vi: 'Bản ghi liên quan không tồn tại hoặc đang được sử dụng', en: 'A referenced record is missing or still in use' }]), 409);
  console.error('[ntm-hub] unhandled error', err);
  return c.json(errorBody('INTERNAL'), 500);
}
