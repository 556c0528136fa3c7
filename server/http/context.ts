// What every request carries: the dependencies, the database handle (a transaction on writes),
// the signed-in actor and the session.
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/roles.js';
import type { Config } from '../config.js';
import type { DbHandle } from '../db/client.js';
import type { Database } from '../db/schema.js';
import type { FileStore } from '../files/store.js';

export interface AppDeps {
  config: Config;
  dbh: DbHandle;
  files: FileStore;
}

/** The signed-in user as the session's query reads it (the columns /auth/me presents). */
export interface SessionUser {
  id: number; username: string; display_name: string; email: string | null; role: string;
  agency_id: number | null; unit_id: number | null; disabled: boolean; created_at: Date; version: number;
  agency_name: string | null; unit_name: string | null;
  /** The groups a group lead's agency leads (empty for other roles). */
  led_groups: Array<{ id: number; name: string; campaign_id: number }>;
}

export interface SessionInfo {
  id: string; csrfToken: string; expiresAt: Date;
  /** Read with the session in the same statement; absent right after sign-in. */
  user?: SessionUser;
  /** The database holds the demo district. */
  demo?: boolean;
}

/** The part of a request a use-case needs: the database to act in, who acts, and from where. */
export interface RequestContext {
  db: Kysely<Database>;
  actor: Actor | null;
  ip: string | null;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    db: Kysely<Database>;
    actor: Actor | null;
    session: SessionInfo | null;
    ip: string;
  };
}
