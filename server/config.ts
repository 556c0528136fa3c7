// Runtime configuration from the environment, read once at start. Defaults give `npm start`
// an embedded database in ./data and the app on port 3000.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  production: boolean;
  /** Set cookies with Secure (behind HTTPS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  maxUploadBytes: number;
  maxJsonBytes: number;
  /** Login failures allowed per username+address in the window before 429. */
  loginMaxFailures: number;
  /** Failed sign-ins one address may make across all usernames in the window (an office shares one address, hence generous). */
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
  webDir: string;
  /** Where uploaded files live: 'local' (DATA_DIR/files, one node) or 's3' (a bucket all nodes share). */
  fileStore: 'local' | 's3';
  s3: { endpoint: string | null; bucket: string; region: string; accessKeyId: string | null; secretAccessKey: string | null; prefix: string; forcePathStyle: boolean | null };
  // --- notifications (issue 9) ---
  /** smtp://user:pass@host:587 (or smtps://…): e-mail notifications are sent only when set. */
  smtpUrl: string | null;
  /** The From address of notification e-mails. */
  smtpFrom: string;
  /** Where signed webhook POSTs go (a bridge to Zalo, SMS…): only when set. */
  webhookUrl: string | null;
  /** The HMAC-SHA256 key of the X-Ntm-Signature header. */
  webhookSecret: string | null;
  /** The app's public address, to turn notification links into absolute URLs. */
  appUrl: string;
  /** false: this node runs no background jobs (outbox delivery, reminders). */
  jobsEnabled: boolean;
  /** Seconds between two runs of the outbox worker and of the reminders on this node. */
  outboxIntervalSeconds: number;
  reminderIntervalSeconds: number;
  /** Minutes between two runs of the directives' task-instance job. */
  directiveJobMinutes: number;
  /**
   * Outside production only (rehearsals, benchmarks): the background jobs run as if the clock were
   * this many minutes later, so a Friday-evening reminder can be rehearsed on a Tuesday morning.
   */
  jobsClockShiftMinutes: number;
  // --- end notifications ---
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

function fileStoreKind(): 'local' | 's3' {
  const kind = process.env.FILE_STORE || 'local';
  if (kind !== 'local' && kind !== 's3') throw new Error(`FILE_STORE must be "local" or "s3", got "${kind}"`);
  if (kind === 's3' && !process.env.S3_BUCKET) throw new Error('FILE_STORE=s3 needs S3_BUCKET');
  return kind;
}

function clockShift(production: boolean): number {
  const minutes = int('JOBS_CLOCK_SHIFT_MINUTES', 0);
  // A shifted clock would send real reminders at the wrong time: never in production.
  if (minutes && production) throw new Error('JOBS_CLOCK_SHIFT_MINUTES is for rehearsals only and refused with NODE_ENV=production');
  return minutes;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const production = process.env.NODE_ENV === 'production';
  return {
    port: int('PORT', 3000),
    host: process.env.HOST || '0.0.0.0',
    dataDir: path.resolve(process.env.DATA_DIR || 'data'),
    databaseUrl: process.env.DATABASE_URL || null,
    production,
    secureCookies: process.env.COOKIE_SECURE ? process.env.COOKIE_SECURE === 'true' : false,
    sessionTtlHours: int('SESSION_TTL_HOURS', 12),
    maxUploadBytes: int('MAX_UPLOAD_BYTES', 20 * 1024 * 1024),
    maxJsonBytes: int('MAX_JSON_BYTES', 1024 * 1024),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 10),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 30),
    loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15),
    webDir: path.resolve(process.env.WEB_DIR || 'dist/web'),
    fileStore: fileStoreKind(),
    s3: {
      endpoint: process.env.S3_ENDPOINT || null,
      bucket: process.env.S3_BUCKET || '',
      region: process.env.S3_REGION || 'us-east-1',
      // The AWS SDK's own variables (and its other credential sources) work too when these are unset.
      accessKeyId: process.env.S3_ACCESS_KEY_ID || null,
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || null,
      prefix: process.env.S3_PREFIX || '',
      forcePathStyle: process.env.S3_FORCE_PATH_STYLE ? process.env.S3_FORCE_PATH_STYLE === 'true' : null,
    },
    // notifications (issue 9)
    smtpUrl: process.env.SMTP_URL || null,
    smtpFrom: process.env.SMTP_FROM || 'ntm-hub <no-reply@localhost>',
    webhookUrl: process.env.WEBHOOK_URL || null,
    webhookSecret: process.env.WEBHOOK_SECRET || null,
    appUrl: (process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, ''),
    jobsEnabled: process.env.JOBS_ENABLED !== 'false',
    outboxIntervalSeconds: int('OUTBOX_INTERVAL_SECONDS', 5) || 5,
    reminderIntervalSeconds: int('REMINDER_INTERVAL_SECONDS', 60) || 60,
    directiveJobMinutes: int('DIRECTIVE_JOB_MINUTES', 15) || 15,
    jobsClockShiftMinutes: clockShift(production),
    ...overrides,
  };
}
