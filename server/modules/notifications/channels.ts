// Which delivery channels this node has: e-mail when SMTP_URL is set, the webhook when WEBHOOK_URL
// and WEBHOOK_SECRET are. Read from the environment on first use; main.ts (and tests) set it from
// the loaded Config so enqueue and the worker agree on one source.
import { loadConfig, type Config } from '../../config.js';

export type ChannelSettings = Pick<Config, 'smtpUrl' | 'smtpFrom' | 'webhookUrl' | 'webhookSecret' | 'appUrl'>;

let current: ChannelSettings | null = null;

/** Sets the channel settings (from the Config at start; tests point them at local receivers). */
export function configureNotifications(settings: Partial<ChannelSettings>): ChannelSettings {
  const base = current ?? pick(loadConfig());
  current = { ...base, ...settings };
  return current;
}

export function channelSettings(): ChannelSettings {
  return (current ??= pick(loadConfig()));
}

export function emailEnabled(s: ChannelSettings = channelSettings()): boolean {
  return !!s.smtpUrl;
}

/** A webhook without its secret is never sent: receivers could not tell it from a forgery. */
export function webhookEnabled(s: ChannelSettings = channelSettings()): boolean {
  return !!s.webhookUrl && !!s.webhookSecret;
}

/** An app path ('/plans/3') as an absolute URL for e-mails and webhooks. */
export function absoluteLink(link: string | null, s: ChannelSettings = channelSettings()): string | null {
  if (!link) return null;
  return /^https?:\/\//.test(link) ? link : `${s.appUrl}${link.startsWith('/') ? '' : '/'}${link}`;
}

function pick(c: Config): ChannelSettings {
  return { smtpUrl: c.smtpUrl, smtpFrom: c.smtpFrom, webhookUrl: c.webhookUrl, webhookSecret: c.webhookSecret, appUrl: c.appUrl };
}
