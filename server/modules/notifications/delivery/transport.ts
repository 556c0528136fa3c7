// What a channel's sender looks like to the worker, and how it reports a failure: retry later
// (receiver down, 5xx, 408, 429, 4xx SMTP) or give up now (a 4xx refusal, a 5xx SMTP answer).
import type { ClaimedDelivery } from '../outbox.repository.js';

export interface Transport {
  /** Delivers once; throws DeliveryError (or any error, taken as temporary) when it did not. */
  send(delivery: ClaimedDelivery, now: Date): Promise<void>;
  close?(): void;
}

export class DeliveryError extends Error {
  constructor(message: string, readonly permanent: boolean, readonly retryAfterMs?: number) {
    super(message);
  }
}
