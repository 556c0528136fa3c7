// Test fixtures of the directives module: a pinned "today" and a directive shaped like the seed's
// conclusion over the test world (test/helpers/factories.ts). Used by this module's tests and media's.
import type { Kysely } from 'kysely';
import type { World } from '../../../test/helpers/factories.js';
import type { Database } from '../../db/schema.js';
import { CLOCK_SETTING } from './clock.js';

/** Pins the module's "today" (the demo's clock setting), so tests never depend on the real date. */
export async function setToday(db: Kysely<Database>, day: string): Promise<void> {
  await db.insertInto('settings').values({ key: CLOCK_SETTING, value: JSON.stringify(day) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(day) })).execute();
}

/**
 * A conclusion of 09/9/2021 with three items: a one-off task for the office (due 20/9), the
 * communes' Monday report (linked to weekly reports), and the groups' Thursday registration with
 * the media centre's Saturday news (due Monday) and monthly reportage (day 31).
 */
export interface TestDirectiveBody {
  [field: string]: unknown;
  items: Array<{ ordinal: number; title: string; body: string; tasks: Array<Record<string, any>> }>;
}

export function directiveBody(w: World, extra: Record<string, unknown> = {}): TestDirectiveBody {
  return {
    type: 'ket_luan', number: '02-KL/BCĐ', issuedOn: '2021-09-09', issuingBody: 'Ban Chỉ đạo xây dựng nông thôn mới huyện Quang Bình',
    signerName: 'Triệu Tài Phong', signerTitle: 'Bí thư Huyện ủy kiêm Trưởng Ban Chỉ đạo',
    summary: 'Kết luận Hội nghị giao ban Chương trình xây dựng nông thôn mới 9 tháng đầu năm 2021', campaignId: w.campaign.id,
    items: [
      { ordinal: 2, title: 'Đối với Văn phòng điều phối', body: 'Tiếp thu các ý kiến, chỉnh sửa, bổ sung kế hoạch lao động.', tasks: [
        { description: 'Chỉnh sửa, bổ sung kế hoạch lao động "Ngày thứ 7 vì nông thôn mới"', assignees: [{ kind: 'agency', agencyId: w.agencies.office.id }], repeat: 'none', dueDate: '2021-09-20' },
      ] },
      { ordinal: 6, title: 'Đối với 02 xã Tân Nam, Yên Thành', body: 'Định kỳ hàng tuần báo cáo số người tham gia, số ngày công.', tasks: [
        { description: 'Báo cáo tuần về Văn phòng điều phối', assignees: [{ kind: 'target_communes' }], repeat: 'weekly', weekday: 1,
          startDate: '2021-09-13', endDate: '2021-12-27', linkedRecord: 'weekly_report' },
      ] },
      { ordinal: 4, title: 'Đối với các nhóm và Trung tâm VH-TT-DL', body: 'Hàng tuần đăng ký; hàng tuần đưa tin, mỗi tháng 01 phóng sự.', tasks: [
        { description: 'Đăng ký ngày ra quân với xã', assignees: [{ kind: 'all_groups' }], repeat: 'weekly', weekday: 4, startDate: '2021-09-09', endDate: '2021-12-23' },
        { description: 'Ghi hình, đưa tin ngày ra quân', assignees: [{ kind: 'agency', agencyId: w.agencies.memberB.id }], repeat: 'weekly', weekday: 6,
          startDate: '2021-09-11', endDate: '2021-12-25', dueAfterDays: 2, linkedRecord: 'media_news' },
        { description: 'Xây dựng 01 phóng sự mỗi tháng', assignees: [{ kind: 'role', role: 'media' }], repeat: 'monthly', monthDay: 31,
          startDate: '2021-09-09', endDate: '2021-12-31', linkedRecord: 'media_reportage' },
      ] },
    ],
    ...extra,
  };
}
