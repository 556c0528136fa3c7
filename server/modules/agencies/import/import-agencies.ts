// Applies a parsed agency sheet: agencies matched by name (staff count and contact updated) or
// created; groups of the campaign matched by name or created, with their lead and members.
// All rows or none: any bad row fails the whole import. A preview runs the same code inside a
// savepoint and rolls it back, so it shows exactly what the import would do.
import { sql } from 'kysely';
import { foldVietnamese } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { createGroup, updateGroup } from '../../groups/index.js';
import { createAgency, updateAgency } from '../commands/save-agency.js';
import type { ParsedAgency, ParsedSheet, RowError, RowKind } from './parse-agency-sheet.js';

type Action = 'create' | 'update' | 'unchanged';
/** What the import does, or would do, with one row of the file. */
export type RowStatus = Action | 'group' | 'total' | 'after_total' | 'error';
export interface ImportOutcome {
  /** Every row read, in file order, with what the file said, its status and its problems. */
  rows: Array<{ row: number; kind: RowKind; name: string; staff: string; group: string | null; isLead: boolean; status: RowStatus; problems: Array<Omit<RowError, 'row'>> }>;
  agencies: Array<{ row: number; name: string; staffCount: number; group: string | null; isLead: boolean; action: Action }>;
  groups: Array<{ row: number; name: string; lead: string; members: number; action: Action }>;
  errors: RowError[];
}

/** Each row of the file with its status: an agency's action, its kind otherwise, or its problems. */
function withRows(sheet: ParsedSheet, out: Omit<ImportOutcome, 'rows'>): ImportOutcome {
  const actions = new Map(out.agencies.map((a) => [a.row, a.action]));
  const rows = sheet.lines.map((l) => {
    const problems = out.errors.filter((e) => e.row === l.row).map(({ field, vi, en }) => ({ field, vi, en }));
    const status: RowStatus = problems.length ? 'error' : l.kind === 'agency' ? actions.get(l.row) ?? 'error' : l.kind;
    return { ...l, status, problems };
  });
  return { rows, ...out };
}

/** An agency of the file against the one of the same name (if any): a new one, a changed one, or the same. */
function actionFor(a: ParsedAgency, match: { staff_count: number; contact_name: string | null } | undefined): Action {
  if (!match) return 'create';
  return match.staff_count !== a.staffCount || (a.contactName ?? match.contact_name) !== match.contact_name ? 'update' : 'unchanged';
}

async function applySheet(ctx: RequestContext, sheet: ParsedSheet, campaignId: number | null): Promise<ImportOutcome> {
  const out: Omit<ImportOutcome, 'rows'> = { agencies: [], groups: [], errors: [...sheet.errors] };
  if (sheet.groups.length && !campaignId) {
    out.errors.push({ row: 0, field: 'campaignId', vi: 'Tệp có nhóm: hãy chọn chiến dịch', en: 'The file has groups: choose a campaign' });
  }
  const existing = await ctx.db.selectFrom('agencies').select(['id', 'name', 'staff_count', 'contact_name']).execute();
  const byName = new Map(existing.map((a) => [foldVietnamese(a.name), a]));
  // What the import does with each agency, shown even when a bad row means nothing is written.
  const planned = sheet.agencies.map((a) => ({ a, match: byName.get(foldVietnamese(a.name)), action: actionFor(a, byName.get(foldVietnamese(a.name))) }));
  out.agencies = planned.map(({ a, action }) => ({ row: a.row, name: a.name, staffCount: a.staffCount, group: a.groupName, isLead: a.isLead, action }));
  if (out.errors.length) return withRows(sheet, out);

  const idOf = new Map<string, number>();
  for (const { a, match, action } of planned) {
    if (!match) idOf.set(a.name, (await createAgency(ctx, { name: a.name, staffCount: a.staffCount, contactName: a.contactName })).id);
    else {
      idOf.set(a.name, match.id);
      if (action === 'update') await updateAgency(ctx, match.id, { staffCount: a.staffCount, contactName: a.contactName ?? match.contact_name });
    }
  }

  if (campaignId && sheet.groups.length) {
    const current = await ctx.db.selectFrom('groups').select(['id', 'name', 'ordinal', 'lead_agency_id']).where('campaign_id', '=', campaignId).execute();
    const memberRows = await ctx.db.selectFrom('group_members').select(['group_id', 'agency_id']).where('campaign_id', '=', campaignId).execute();
    const plans = sheet.groups.map((g, i) => {
      const input = { name: g.name, ordinal: i + 1, leadAgencyId: idOf.get(g.leadName!)!, memberAgencyIds: g.memberNames.map((n) => idOf.get(n)!) };
      const match = current.find((c) => c.name === g.name);
      const now = match ? memberRows.filter((m) => m.group_id === match.id).map((m) => m.agency_id).sort((a, b) => a - b) : [];
      const wanted = [...new Set([input.leadAgencyId, ...input.memberAgencyIds])].sort((a, b) => a - b);
      // A group the file leaves as it is gets no write, no new version and no audit entry.
      const unchanged = !!match && match.ordinal === input.ordinal && match.lead_agency_id === input.leadAgencyId
        && now.length === wanted.length && now.every((id, k) => id === wanted[k]);
      return { g, input, match, unchanged };
    });
    // Agencies may move between groups named in the file: empty the groups that change first.
    const changing = plans.filter((p) => p.match && !p.unchanged).map((p) => p.match!.id);
    if (changing.length) await ctx.db.deleteFrom('group_members').where('group_id', 'in', changing).execute();
    for (const { g, input, match, unchanged } of plans) {
      try {
        if (!match) await createGroup(ctx, { campaignId: campaignId!, ...input });
        else if (!unchanged) await updateGroup(ctx, match.id, input);
        out.groups.push({ row: g.row, name: g.name, lead: g.leadName!, members: g.memberNames.length, action: unchanged ? 'unchanged' : match ? 'update' : 'create' });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        for (const f of e.fields.length ? e.fields : [{ field: 'name', vi: e.message, en: e.message }]) {
          out.errors.push({ row: g.row, field: f.field, vi: f.vi, en: f.en });
        }
      }
    }
  }
  return withRows(sheet, out);
}

export async function previewImport(ctx: RequestContext, sheet: ParsedSheet, campaignId: number | null): Promise<ImportOutcome> {
  await sql`savepoint agency_import_preview`.execute(ctx.db);
  try {
    return await applySheet(ctx, sheet, campaignId);
  } finally {
    await sql`rollback to savepoint agency_import_preview`.execute(ctx.db);
  }
}

export async function runImport(ctx: RequestContext, sheet: ParsedSheet, campaignId: number | null, filename: string): Promise<ImportOutcome> {
  const out = await applySheet(ctx, sheet, campaignId);
  if (out.errors.length) {
    throw new AppError('IMPORT_INVALID', out.errors.map((e) => ({ field: `row ${e.row}: ${e.field}`, code: 'row', vi: e.vi, en: e.en })));
  }
  await recordAudit(ctx, { action: 'import', entity: 'agency', summary: filename,
    after: { file: filename, campaignId, agencies: out.agencies.length, groups: out.groups.length } });
  return out;
}
