// One number that changes with every write (issue 19): the transaction of each write request adds
// one to it before it commits, so a read model's ETag can be this number (with what else the answer
// depends on) instead of a hash of an answer already computed. One row, shared by every app node.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table data_version (id integer primary key check (id = 1), version bigint not null);
    insert into data_version (id, version) values (1, 0);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table data_version`.execute(db);
}
