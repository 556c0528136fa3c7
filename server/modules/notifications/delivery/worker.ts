// The outbox worker: claims due deliveries, sends each through its channel and marks it sent at
// once; a failure is retried with backoff until maxAttempts, then marked failed. Delivery is
// at-least-once: a worker that dies after sending but before marking leaves the row claimed under
// a lease; when the lease ends the row is sent again with the SAME delivery id, which receivers
// use to drop the copy. Nothing is lost (the row stays pending) and nothing is doubled for a
// receiver that honours the id.
import type { Kysely } from 'kysely';
import type { OutboxChannel } from '../../../../domain/notifications.js';
import type { Database } from '../../../db/schema.js';
import { channelSettings, emailEnabled, webhookEnabled, type ChannelSettings } from '../channels.js';
import { claimDue, markFailed, markRetry, markSent, release, type ClaimedDelivery } from '../outbox.repository.js';
import { DEFAULT_BACKOFF, retryDelay, type BackoffOptions } from './backoff.js';
import { createEmailTransport } from './email.js';
import { DeliveryError, type Transport } from './transport.js';
import { createWebhookTransport } from './webhook.js';

export interface OutboxWorkerOptions {
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  batchSize?: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts?: number;
  /** How long a claimed row is left alone before another worker may take it again. */
  leaseMs?: number;
  backoff?: BackoffOptions;
  /** Senders per channel; by default built from the channel settings (SMTP_URL, WEBHOOK_URL). */
  transports?: Partial<Record<OutboxChannel, Transport>>;
  settings?: ChannelSettings;
  /** Called after a successful send, before the row is marked: tests throw here to play a crash. */
  afterSend?: (d: ClaimedDelivery) => void | Promise<void>;
  log?: (message: string) => void;
}

export interface RunSummary { claimed: number; sent: number; retried: number; failed: number }

export interface OutboxWorker {
  /** Delivers one batch of due rows. */
  runOnce(): Promise<RunSummary>;
  /** Delivers batches until none is due (bounded, so one tick cannot run forever). */
  drain(maxBatches?: number): Promise<RunSummary>;
  close(): void;
}

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_LEASE_MS = 5 * 60_000;
/** The longest one send may take (SMTP and webhook timeouts): no send starts closer to the lease's end. */
const SEND_BUDGET_MS = 60_000;

export function createOutboxWorker(db: Kysely<Database>, o: OutboxWorkerOptions = {}): OutboxWorker {
  const now = o.now ?? (() => new Date());
  const batchSize = o.batchSize ?? 50;
  const maxAttempts = o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseMs = o.leaseMs ?? DEFAULT_LEASE_MS;
  const backoff = o.backoff ?? DEFAULT_BACKOFF;
  const log = o.log ?? (() => undefined);
  const settings = o.settings ?? channelSettings();
  const transports: Partial<Record<OutboxChannel, Transport>> = { ...o.transports };
  const transportFor = (channel: OutboxChannel): Transport | null => {
    if (transports[channel]) return transports[channel]!;
    if (channel === 'email' && emailEnabled(settings)) return (transports.email = createEmailTransport(settings));
    if (channel === 'webhook' && webhookEnabled(settings)) return (transports.webhook = createWebhookTransport(settings));
    return null;
  };

  async function deliver(d: ClaimedDelivery, summary: RunSummary): Promise<void> {
    const at = now();
    if (d.attempt > maxAttempts) {
      // Its last attempt was claimed but never confirmed (the worker died): stop here.
      await markFailed(db, d.id, `no confirmation after ${maxAttempts} attempts`);
      summary.failed++;
      return;
    }
    const transport = transportFor(d.channel);
    try {
      if (!transport) throw new DeliveryError(`${d.channel} is not configured on this node`, false);
      await transport.send(d, at);
    } catch (err) {
      const e = err instanceof DeliveryError ? err : new DeliveryError((err as Error)?.message ?? String(err), false);
      if (e.permanent || d.attempt >= maxAttempts) {
        await markFailed(db, d.id, e.message);
        summary.failed++;
        log(`[notifications] delivery ${d.deliveryId} (${d.channel}) failed: ${e.message}`);
      } else {
        const wait = Math.max(retryDelay(d.attempt, backoff), e.retryAfterMs ?? 0);
        await markRetry(db, d.id, new Date(at.getTime() + wait), e.message);
        summary.retried++;
      }
      return;
    }
    // A throw here (a crash) leaves the row claimed: it is sent again, same id, after the lease.
    await o.afterSend?.(d);
    await markSent(db, d.id, now());
    summary.sent++;
  }

  async function runOnce(): Promise<RunSummary> {
    const summary: RunSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    const claimedAt = now();
    const claimed = await claimDue(db, { now: claimedAt, limit: batchSize, leaseMs });
    summary.claimed = claimed.length;
    const deadline = claimedAt.getTime() + leaseMs - SEND_BUDGET_MS;
    for (const [i, d] of claimed.entries()) {
      if (now().getTime() > deadline) {
        // Slow receivers ate the lease: hand the rest back rather than race another node for them.
        for (const rest of claimed.slice(i)) await release(db, rest.id, now());
        break;
      }
      await deliver(d, summary);
    }
    return summary;
  }

  return {
    runOnce,
    async drain(maxBatches = 20) {
      const total: RunSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 };
      for (let i = 0; i < maxBatches; i++) {
        const s = await runOnce();
        for (const k of Object.keys(total) as Array<keyof RunSummary>) total[k] += s[k];
        if (s.claimed < batchSize) break;
      }
      return total;
    },
    close() {
      for (const t of Object.values(transports)) t?.close?.();
    },
  };
}
