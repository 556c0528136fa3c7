// The demo's broadcasts on the provincial station (issue 18, conclusion §4): September's reportage
// was sent to the provincial radio and television station on the day it was published and aired
// two days later, which completed the media centre's September reportage task; the fifth week's
// news was sent too and still awaits broadcast. Created through the same use-cases as the API.
import type { RequestContext } from '../http/context.js';
import { recordBroadcastOutcome, sendBroadcast } from '../modules/media/index.js';
import { DEMO_MEDIA } from './demo-directives-data.js';

/** The station of Hà Giang province, where Quang Bình lies. */
export const DEMO_STATION = 'Đài Phát thanh - Truyền hình Hà Giang';

export async function seedDemoBroadcasts(ctx: RequestContext): Promise<void> {
  const media = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('role', '=', 'media').orderBy('id').executeTakeFirstOrThrow();
  const as: RequestContext = { ...ctx, actor: { userId: media.id, role: 'media', agencyId: media.agency_id, unitId: media.unit_id } };
  const itemId = async (title: string) => (await ctx.db.selectFrom('media_items').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id;

  const reportage = DEMO_MEDIA.find((m) => m.type === 'reportage')!;
  const sent = await sendBroadcast(as, await itemId(reportage.title), { station: DEMO_STATION, sentOn: reportage.publishedOn, note: 'Gửi bản dựng hoàn chỉnh qua thư điện tử (dữ liệu minh họa)' });
  await recordBroadcastOutcome(as, sent.id, { outcome: 'aired', airedOn: '2021-09-30', url: 'https://hagiangtv.example/thoi-su/ngay-thu-bay-quang-binh' });

  const lastNews = DEMO_MEDIA.filter((m) => m.type === 'news').at(-1)!;
  await sendBroadcast(as, await itemId(lastNews.title), { station: DEMO_STATION, sentOn: '2021-10-12' });
}
