// Sends one queued write as it was first made: the same Idempotency-Key, the same body and the
// record's version as If-Match, so a retry after a lost answer is answered, not done twice. A photo
// goes by XMLHttpRequest, the only browser API that reports upload progress.
import { API_BASE, ApiError, currentCsrfToken } from '../../lib/api';
import type { FieldError } from '../../../domain/errors';
import { fieldDb, type OutboxItem } from './db';
import { setProgress } from './progress';

/** A JSON write that has had no answer in this time is given up and retried later. */
const JSON_TIMEOUT_MS = 45_000;
/** A photo of ≤ 400 kB takes about 10 s at 400 kbit/s; beyond this the link is as good as dead. */
const UPLOAD_TIMEOUT_MS = 180_000;

function headersOf(item: OutboxItem): Record<string, string> {
  const h: Record<string, string> = { accept: 'application/json', 'idempotency-key': item.key };
  const csrf = currentCsrfToken();
  if (csrf) h['x-csrf-token'] = csrf;
  if (item.version !== null) h['if-match'] = `W/"${item.version}"`;
  return h;
}

function apiError(status: number, text: string): ApiError {
  let e: { code?: string; message?: string; messageEn?: string; fields?: FieldError[] } | undefined;
  try {
    e = (JSON.parse(text) as { error?: typeof e }).error;
  } catch {
    e = undefined;
  }
  return new ApiError(status, e?.code ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN'), e?.fields ?? [], e?.message ?? '', e?.messageEn ?? '');
}

async function sendJson(item: OutboxItem): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${item.path}`, {
      method: item.method, credentials: 'same-origin', signal: AbortSignal.timeout(JSON_TIMEOUT_MS),
      headers: { ...headersOf(item), 'content-type': 'application/json' }, body: JSON.stringify(item.body ?? {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', [], '', 'Network error');
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw apiError(res.status, text);
  return text ? JSON.parse(text) : null;
}

async function sendPhoto(item: OutboxItem): Promise<unknown> {
  const photo = item.photoId !== null ? await fieldDb.photos.get(item.photoId) : undefined;
  if (!photo) throw new ApiError(422, 'VALIDATION', [], 'Ảnh không còn trên máy', 'The photo is no longer on the phone');
  const form = new FormData();
  form.set('phase', photo.phase);
  form.set('file', photo.blob, photo.name);
  if (photo.takenAt) form.set('takenAt', photo.takenAt);
  if (photo.lat !== null && photo.lng !== null) {
    form.set('lat', String(photo.lat));
    form.set('lng', String(photo.lng));
    if (photo.accuracy !== null) form.set('accuracy', String(Math.round(photo.accuracy)));
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${item.path}`);
    xhr.withCredentials = true;
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    for (const [k, v] of Object.entries(headersOf(item))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(item.id, e.loaded / e.total);
    };
    const lost = () => reject(new ApiError(0, 'NETWORK', [], '', 'Network error'));
    xhr.onerror = lost;
    xhr.ontimeout = lost;
    xhr.onabort = lost;
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.responseText ? JSON.parse(xhr.responseText) : null);
      else reject(apiError(xhr.status, xhr.responseText));
    };
    setProgress(item.id, 0);
    xhr.send(form);
  }).finally(() => setProgress(item.id, null));
}

/** Sends the item once; throws ApiError (status 0 when there was no answer). */
export function sendItem(item: OutboxItem): Promise<unknown> {
  return item.kind === 'workday.photo' ? sendPhoto(item) : sendJson(item);
}
