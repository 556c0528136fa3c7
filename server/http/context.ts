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

export interface SessionInfo { id: string; csrfToken: string; expiresAt: Date }

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
