// Fund report commands: draft a report for a period from the ledger, edit it, submit it with its
// number and date. Submitting freezes the figures into the row; the database then refuses any
// change to it (trigger fund_reports_kept), so what was sent to the Standing Committee stays.
import type { Kysely } from 'kysely';
import { formatDate } from '../../../../domain/format.js';
import { can, type Actor } from '../../../../domain/roles.js';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { getFund, type FundRow } from '../fund.repository.js';
import { draftIssues, fundReportFigures, type FundReportFigures } from './figures.js';
import { fundReports, lockFundReport, type FundReportRow } from './fund-report.repository.js';
import type { FundReportUpdateInput } from './fund-report.schema.js';

const DEFAULT_RECIPIENTS = ['Thường trực Huyện ủy', 'Thường trực HĐND, UBND huyện', 'Ban chỉ đạo xây dựng nông thôn mới huyện', 'Các xã Tân Nam, Yên Thành', 'Lưu: VT, VPĐP'];

async function fundOf(db: Kysely<Database>, id: number): Promise<FundRow> {
  const fund = await getFund(db, id);
  if (!fund) throw new AppError('NOT_FOUND');
  return fund;
}

/** The report as the API gives it: a draft's figures read from the ledger now, a submitted report's as frozen. */
export async function presentFundReport(db: Kysely<Database>, r: FundReportRow, actor: Actor | null) {
  const figures = r.status === 'submitted' ? (r.figures as FundReportFigures)
    : await fundReportFigures(db, await fundOf(db, r.fund_id), r.period_from, r.period_to);
  const mayWrite = r.status === 'draft' && can(actor, 'fund.manage');
  return {
    id: r.id, fundId: r.fund_id, periodFrom: r.period_from, periodTo: r.period_to, status: r.status, number: r.number, reportDate: r.report_date,
    header: r.header, signerTitle: r.signer_title, signerName: r.signer_name, recipients: r.recipients, narrative: r.narrative, issues: r.issues, proposals: r.proposals,
    figures, submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null, submittedBy: r.submitted_by_name,
    actions: mayWrite ? (['edit', 'submit'] as Array<'edit' | 'submit'>) : [], version: r.version,
  };
}

export async function createFundReport(ctx: RequestContext, fundId: number, input: { periodFrom: string; periodTo: string }) {
  const fund = await fundOf(ctx.db, fundId);
  if (input.periodTo < input.periodFrom) fail('VALIDATION', 'periodTo', 'Ngày cuối kỳ phải sau ngày đầu kỳ', 'The period must end after it starts');
  const taken = await ctx.db.selectFrom('fund_reports').select('id').where('fund_id', '=', fund.id)
    .where('period_from', '=', input.periodFrom).where('period_to', '=', input.periodTo).executeTakeFirst();
  if (taken) fail('CONFLICT', 'periodFrom', `Đã có báo cáo quỹ cho kỳ này (số ${taken.id}): mở báo cáo đó để sửa`, `This period already has a report (${taken.id}): open it instead`);
  const figures = await fundReportFigures(ctx.db, fund, input.periodFrom, input.periodTo);
  const { id } = await ctx.db.insertInto('fund_reports').values({
    fund_id: fund.id, period_from: input.periodFrom, period_to: input.periodTo, created_by: ctx.actor!.userId, header: 'state',
    signer_title: fund.doc_signer_title ?? 'Chánh Văn phòng', signer_name: fund.doc_signer_name ?? null, recipients: JSON.stringify(DEFAULT_RECIPIENTS),
    narrative: `Thực hiện Kết luận số 02-KL/BCĐ ngày 09/9/2021 của Ban chỉ đạo chương trình xây dựng nông thôn mới huyện, Văn phòng điều phối nông thôn mới huyện báo cáo Thường trực Huyện ủy tình hình tiếp nhận, phân bổ và sử dụng nguồn kinh phí xã hội hóa do cán bộ, công chức, viên chức đóng góp (${fund.name}) từ ngày ${formatDate(input.periodFrom)} đến ngày ${formatDate(input.periodTo)} như sau.`,
    issues: draftIssues(figures),
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await fundReports(ctx.db, { id }))[0];
  await recordAudit(ctx, { action: 'create', entity: 'fund_report', entityId: id, summary: `${fund.name} · ${input.periodFrom} – ${input.periodTo}`, after: { ...input } });
  return presentFundReport(ctx.db, row, ctx.actor);
}

async function draftForChange(ctx: RequestContext, id: number, expectedVersion?: number): Promise<FundReportRow> {
  const r = await lockFundReport(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== r.version) throw new AppError('STALE_VERSION');
  if (r.status !== 'draft') fail('CONFLICT', 'status', `Báo cáo số ${r.number} đã gửi ngày ${formatDate(r.report_date!)}: không sửa được nữa`, 'The report was submitted and is kept as sent');
  return r;
}

export async function updateFundReport(ctx: RequestContext, id: number, input: FundReportUpdateInput, expectedVersion?: number) {
  const r = await draftForChange(ctx, id, expectedVersion);
  const set = {
    ...(input.number !== undefined && { number: input.number }), ...(input.reportDate !== undefined && { report_date: input.reportDate }),
    ...(input.header !== undefined && { header: input.header }), ...(input.signerTitle !== undefined && { signer_title: input.signerTitle }),
    ...(input.signerName !== undefined && { signer_name: input.signerName }), ...(input.recipients !== undefined && { recipients: JSON.stringify(input.recipients) }),
    ...(input.narrative !== undefined && { narrative: input.narrative }), ...(input.issues !== undefined && { issues: input.issues }),
    ...(input.proposals !== undefined && { proposals: input.proposals }),
  };
  await ctx.db.updateTable('fund_reports').set({ ...set, updated_at: new Date(), version: r.version + 1 }).where('id', '=', id).execute();
  const after = (await fundReports(ctx.db, { id }))[0];
  const { figures: _f, ...before } = r;
  await recordAudit(ctx, { action: 'update', entity: 'fund_report', entityId: id, summary: `${r.period_from} – ${r.period_to}`, before, after: input });
  return presentFundReport(ctx.db, after, ctx.actor);
}

export async function submitFundReport(ctx: RequestContext, id: number, input: { number?: string; reportDate?: string }, expectedVersion?: number) {
  const r = await draftForChange(ctx, id, expectedVersion);
  const number = input.number ?? r.number;
  const reportDate = input.reportDate ?? r.report_date;
  if (!number) fail('VALIDATION', 'number', 'Báo cáo gửi đi cần có số văn bản', 'A submitted report needs its number');
  if (!reportDate) fail('VALIDATION', 'reportDate', 'Báo cáo gửi đi cần có ngày ban hành', 'A submitted report needs its date');
  if (reportDate < r.period_to) fail('VALIDATION', 'reportDate', `Ngày báo cáo phải từ ngày cuối kỳ (${formatDate(r.period_to)}) trở đi`, 'The report is dated on or after the end of its period');
  const clash = await ctx.db.selectFrom('fund_reports').select('id').where('fund_id', '=', r.fund_id).where('status', '=', 'submitted').where('number', '=', number).executeTakeFirst();
  if (clash) fail('CONFLICT', 'number', `Số ${number} đã dùng cho một báo cáo quỹ khác`, `Number ${number} is already used by another fund report`);
  const figures = await fundReportFigures(ctx.db, await fundOf(ctx.db, r.fund_id), r.period_from, r.period_to);
  await ctx.db.updateTable('fund_reports').set({
    status: 'submitted', number, report_date: reportDate, figures: JSON.stringify(figures), submitted_by: ctx.actor!.userId, submitted_at: new Date(),
    updated_at: new Date(), version: r.version + 1,
  }).where('id', '=', id).execute();
  const after = (await fundReports(ctx.db, { id }))[0];
  await recordAudit(ctx, { action: 'submit', entity: 'fund_report', entityId: id, summary: `Số ${number} ngày ${formatDate(reportDate)}`,
    after: { number, reportDate, totals: figures.totals } });
  return presentFundReport(ctx.db, after, ctx.actor);
}
