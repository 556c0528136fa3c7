// All SQL of the file index.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function getFile(db: Kysely<Database>, id: number) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listFiles(db: Kysely<Database>, entity: string, entityId: number) {
  return db.selectFrom('files').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('id').execute();
}

export type FileRow = NonNullable<Awaited<ReturnType<typeof getFile>>>;
