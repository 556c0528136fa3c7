// The demo's fund report to the Standing Committee (issue 18): the coordinator drafts the report of
// September 2021 from the ledger, adds a proposal, and submits it as number 05/BC-VPĐP dated
// 05/10/2021, through the same commands as the API. The proposal's wording is demo data.
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { createFundReport, submitFundReport, updateFundReport } from '../modules/fund/index.js';

export async function seedDemoFundReport(ctx: RequestContext): Promise<void> {
  const fund = await ctx.db.selectFrom('funds').select('id').orderBy('id').executeTakeFirst();
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', 'coordinator').executeTakeFirst();
  if (!fund || !u) return;
  const office: RequestContext = { ...ctx, actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
  const draft = await createFundReport(office, fund.id, { periodFrom: '2021-09-01', periodTo: '2021-09-30' });
  await updateFundReport(office, draft.id, {
    signerName: 'Hoàng Thị Điều (demo)',
    proposals: 'Đề nghị Thường trực Huyện ủy tiếp tục chỉ đạo các cơ quan, đơn vị hoàn thành việc đóng góp; giao UBND huyện hướng dẫn các xã thanh quyết toán kinh phí đúng quy định (dữ liệu minh họa).',
  });
  await submitFundReport(office, draft.id, { number: '05/BC-VPĐP', reportDate: '2021-10-05' });
}
