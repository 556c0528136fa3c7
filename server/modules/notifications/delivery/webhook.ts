// The signed webhook: a JSON POST to WEBHOOK_URL for a deployer's bridge (Zalo, SMS…).
// X-Ntm-Signature: sha256=<hex HMAC-SHA256 of "<X-Ntm-Timestamp>.<raw body>"> with WEBHOOK_SECRET;
// the timestamp inside the signed string lets receivers refuse replays of old requests.
// X-Ntm-Delivery-Id (also "id" in the body) is the same on every retry: receivers drop duplicates.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { absoluteLink, type ChannelSettings } from '../channels.js';
import type { ClaimedDelivery } from '../outbox.repository.js';
import { DeliveryError, type Transport } from './transport.js';

export const SIGNATURE_HEADER = 'x-ntm-signature';
export const TIMESTAMP_HEADER = 'x-ntm-timestamp';
export const DELIVERY_HEADER = 'x-ntm-delivery-id';
const TIMEOUT_MS = 10_000;

/** The signature header's value. @example signWebhook('k', 1700000000, '{}').startsWith('sha256=') */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/**
 * For receivers (and the tests): true when the signature matches and the timestamp is within
 * `toleranceSec` of `now`.
 */
export function verifyWebhookSignature(secret: string, o: { signature: string | null | undefined; timestamp: string | null | undefined; rawBody: string; now?: Date; toleranceSec?: number }): boolean {
  if (!o.signature || !o.timestamp || !/^\d+$/.test(o.timestamp)) return false;
  const ts = Number(o.timestamp);
  const nowSec = Math.floor((o.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSec - ts) > (o.toleranceSec ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, ts, o.rawBody));
  const given = Buffer.from(o.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The JSON body: the same on every attempt of one delivery. */
export function webhookPayload(d: ClaimedDelivery, settings: ChannelSettings) {
  const n = d.notification;
  return {
    id: d.deliveryId,
    event: n.event,
    createdAt: n.createdAt.toISOString(),
    notification: {
      id: n.id,
      title: { vi: n.titleVi, en: n.titleEn },
      body: { vi: n.bodyVi, en: n.bodyEn },
      link: absoluteLink(n.link, settings),
      entity: n.entityType ? { type: n.entityType, id: n.entityId } : null,
    },
    recipient: { id: d.recipient.id, username: d.recipient.username, displayName: d.recipient.displayName, email: d.recipient.email, role: d.recipient.role },
  };
}

function retryAfterMs(res: Response): number | undefined {
  const raw = res.headers.get('retry-after');
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function createWebhookTransport(settings: ChannelSettings): Transport {
  const { webhookUrl: url, webhookSecret: secret } = settings;
  if (!url || !secret) throw new Error('WEBHOOK_URL and WEBHOOK_SECRET must both be set');
  return {
    async send(d, now) {
      const body = JSON.stringify(webhookPayload(d, settings));
      const timestamp = Math.floor(now.getTime() / 1000);
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'user-agent': 'ntm-hub-webhook/1',
            [DELIVERY_HEADER]: d.deliveryId,
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
            'x-ntm-event': d.notification.event,
            'x-ntm-attempt': String(d.attempt),
          },
          body,
        });
      } catch (err) {
        throw new DeliveryError(`webhook: ${(err as Error).message}`, false);
      }
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return;
      // 408 and 429 say "later"; any other 4xx says this request will never be accepted.
      const permanent = res.status >= 300 && res.status < 500 && res.status !== 408 && res.status !== 429;
      throw new DeliveryError(`webhook: HTTP ${res.status}`, permanent, retryAfterMs(res));
    },
  };
}
