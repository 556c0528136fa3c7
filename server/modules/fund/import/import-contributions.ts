// Applies a parsed contribution list: every row checked first (agency known, receipt number not
// already in the ledger), then all recorded in the request's transaction, or none.
import { foldVietnamese } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { recordContribution } from '../commands/record-contribution.js';
import { liveReceipt } from '../fund.repository.js';
import type { ParsedContributions, RowError } from './parse-contribution-sheet.js';

export interface ImportOutcome {
  rows: Array<{ row: number; name: string | null; agency: string; agencyId: number; amount: number; receiptNo: string }>;
  total: number;
  errors: RowError[];
}

export async function checkContributions(ctx: RequestContext, fundId: number, sheet: ParsedContributions): Promise<ImportOutcome> {
  const out: ImportOutcome = { rows: [], total: 0, errors: [...sheet.errors] };
  const agencies = await ctx.db.selectFrom('agencies').select(['id', 'name', 'short_name']).execute();
  const byName = new Map<string, { id: number; name: string }>();
  for (const a of agencies) {
    byName.set(foldVietnamese(a.name), a);
    if (a.short_name) byName.set(foldVietnamese(a.short_name), a);
  }
  for (const r of sheet.rows) {
    const agency = byName.get(foldVietnamese(r.agencyName));
    if (!agency) {
      out.errors.push({ row: r.row, field: 'agency', vi: `Không có cơ quan "${r.agencyName}" trong danh mục`, en: `No agency "${r.agencyName}" in the catalogue` });
      continue;
    }
    if (await liveReceipt(ctx.db, fundId, r.receiptNo)) {
      out.errors.push({ row: r.row, field: 'receiptNo', vi: `Số biên lai "${r.receiptNo}" đã có trong sổ quỹ`, en: `Receipt "${r.receiptNo}" is already in the ledger` });
      continue;
    }
    out.rows.push({ row: r.row, name: r.name, agency: agency.name, agencyId: agency.id, amount: r.amount, receiptNo: r.receiptNo });
    out.total += r.amount;
  }
  out.errors.sort((a, b) => a.row - b.row);
  return out;
}

export async function importContributions(ctx: RequestContext, fundId: number, sheet: ParsedContributions, filename: string, collectedBy: string) {
  const out = await checkContributions(ctx, fundId, sheet);
  if (out.errors.length) {
    throw new AppError('IMPORT_INVALID', out.errors.map((e) => ({ field: `row ${e.row}: ${e.field}`, code: 'row', vi: e.vi, en: e.en })));
  }
  for (const r of sheet.rows) {
    const checked = out.rows.find((x) => x.row === r.row)!;
    await recordContribution(ctx, fundId, {
      contributorKind: r.name ? 'official' : 'agency', contributorName: r.name, agencyId: checked.agencyId, amount: r.amount,
      date: r.date, receiptNo: r.receiptNo, collectedBy: r.collectedBy ?? collectedBy, publicNameConsent: r.consent,
    });
  }
  await recordAudit(ctx, { action: 'import', entity: 'fund', entityId: fundId, summary: filename, after: { file: filename, rows: out.rows.length, total: out.total } });
  return out;
}
