// E-mail through nodemailer to SMTP_URL. Every attempt of a delivery carries the same Message-ID
// (<delivery id@domain>) and X-Ntm-Delivery-Id, so a mail system that got a message twice can drop
// the copy. Vietnamese subject and body go out as UTF-8 (nodemailer encodes the headers).
import nodemailer from 'nodemailer';
import { absoluteLink, type ChannelSettings } from '../channels.js';
import type { ClaimedDelivery } from '../outbox.repository.js';
import { DeliveryError, type Transport } from './transport.js';

/** The domain of the From address, for Message-IDs. @example messageDomain('NTM <no-reply@quangbinh.gov.vn>') === 'quangbinh.gov.vn' */
export function messageDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'ntm-hub.local';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function composeEmail(d: ClaimedDelivery, settings: ChannelSettings) {
  const n = d.notification;
  const link = absoluteLink(n.link, settings);
  const text = [n.bodyVi, link ? `\n${link}` : '', '\n—\n', n.titleEn, n.bodyEn].filter(Boolean).join('\n');
  const html = `<p>${escapeHtml(n.bodyVi).replace(/\n/g, '<br>')}</p>`
    + (link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '')
    + `<hr><p lang="en"><strong>${escapeHtml(n.titleEn)}</strong><br>${escapeHtml(n.bodyEn).replace(/\n/g, '<br>')}</p>`;
  return {
    from: settings.smtpFrom,
    to: { name: d.recipient.displayName, address: d.recipient.email ?? '' },
    subject: n.titleVi,
    text,
    html,
    messageId: `<${d.deliveryId}@${messageDomain(settings.smtpFrom)}>`,
    headers: { 'X-Ntm-Delivery-Id': d.deliveryId, 'X-Ntm-Event': n.event },
  };
}

/** Temporary unless the server answered with a permanent (5xx) refusal. */
function classify(err: unknown): DeliveryError {
  const e = err as { responseCode?: number; message?: string };
  const code = typeof e?.responseCode === 'number' ? e.responseCode : null;
  const message = `smtp${code ? ` ${code}` : ''}: ${e?.message ?? String(err)}`;
  return new DeliveryError(message, code !== null && code >= 500 && code < 600);
}

export function createEmailTransport(settings: ChannelSettings): Transport {
  if (!settings.smtpUrl) throw new Error('SMTP_URL is not set');
  // Short timeouts: a hung server must not hold a claimed batch past its lease.
  const transporter = nodemailer.createTransport({ url: settings.smtpUrl, pool: true, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(d) {
      if (!d.recipient.email) throw new DeliveryError('the user has no e-mail address', true);
      try {
        await transporter.sendMail(composeEmail(d, settings));
      } catch (err) {
        throw classify(err);
      }
    },
    close: () => transporter.close(),
  };
}
