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
  loginWindowMinutes: number;
  webDir: string;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
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
    loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15),
    webDir: path.resolve(process.env.WEB_DIR || 'dist/web'),
    ...overrides,
  };
}
