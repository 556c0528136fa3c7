// All SQL of fund reports.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';

const COLUMNS = ['r.id', 'r.fund_id', sql<string>`to_char(r.period_from, 'YYYY-MM-DD')`.as('period_from'), sql<string>`to_char(r.period_to, 'YYYY-MM-DD')`.as('period_to'),
  'r.status', 'r.number', sql<string | null>`to_char(r.report_date, 'YYYY-MM-DD')`.as('report_date'), 'r.header', 'r.signer_title', 'r.signer_name', 'r.recipients',
  'r.narrative', 'r.issues', 'r.proposals', 'r.figures', 'r.submitted_at', 'u.display_name as submitted_by_name', 'r.version'] as const;

export function fundReports(db: Kysely<Database>, f: { fundId?: number; id?: number }) {
  let q = db.selectFrom('fund_reports as r').leftJoin('users as u', 'u.id', 'r.submitted_by').select([...COLUMNS]);
  if (f.fundId) q = q.where('r.fund_id', '=', f.fundId);
  if (f.id) q = q.where('r.id', '=', f.id);
  return q.orderBy('r.period_from', 'desc').orderBy('r.id', 'desc').execute();
}
export type FundReportRow = Awaited<ReturnType<typeof fundReports>>[number];

export async function lockFundReport(db: Kysely<Database>, id: number) {
  await db.selectFrom('fund_reports').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return (await fundReports(db, { id }))[0];
}
