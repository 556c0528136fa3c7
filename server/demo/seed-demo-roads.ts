// Demo roads (issue 3): roads of Tân Nam (the two sample lines drawn on the map) and Yên Thành, cut
// into segments, through the same commands as the API. The segments already concreted when the
// campaign began (11/09/2021) were poured by the communes in August and early September, with no
// workday record behind them: each carries its real pouring date, before the campaign's first day,
// and the reason in its history, so the campaign's figures count it apart (domain/figures.ts,
// beforeKm) and criterion 2 counts it as hardened. Many of them are accepted on the campaign's
// Saturdays. What the campaign itself pours is recorded as workdays (seed-demo-early-workdays.ts,
// seed-demo-workdays.ts). Invented figures, labelled as demo data.
import type { RoadGeometry } from '../../domain/geo.js';
import type { RequestContext } from '../http/context.js';
import { createRoad, splitRoad, transitionSegment } from '../modules/roads/index.js';
import { ILLUSTRATIVE_ROAD_LINES } from './demo-geometry.js';

// The two sample roads of Tân Nam as drawn (test/fixtures/tan-nam-roads.geojson): 850 m and 1,200 m.
const TRUC_THON_NAM_HOC: RoadGeometry = { type: 'LineString', coordinates: [
  [104.6695, 22.3412], [104.6697788, 22.3415683], [104.6700978, 22.3419077], [104.6704533, 22.3422144], [104.6708416, 22.342485],
  [104.6712583, 22.3427166], [104.6715372, 22.3430849], [104.6718561, 22.3434243], [104.6722117, 22.3437309], [104.6726, 22.3440016],
  [104.6730167, 22.3442331], [104.6732955, 22.3446015], [104.6736145, 22.3449409], [104.67397, 22.3452475], [104.6743583, 22.3455181],
  [104.674775, 22.3457497], [104.6750539, 22.3461181], [104.6753729, 22.3464574],
] };
const LIEN_THON_KHUOI_VAI: RoadGeometry = { type: 'MultiLineString', coordinates: [[
    [104.6741, 22.3468], [104.674521, 22.3465752], [104.6749503, 22.3463641], [104.6753873, 22.3461669], [104.6758314, 22.3459841],
    [104.6762822, 22.3458156], [104.676739, 22.3456618], [104.6772014, 22.3455229], [104.6776687, 22.3453989], [104.6781405, 22.3452901],
    [104.678616, 22.3451966], [104.6790948, 22.3451186], [104.6795762, 22.345056],
  ], [
    [104.6795762, 22.345056], [104.6800597, 22.345009], [104.6805447, 22.3449776], [104.6810306, 22.3449619], [104.6815167, 22.3449619],
    [104.6820026, 22.3449776], [104.6824876, 22.345009], [104.6829711, 22.345056], [104.6834525, 22.3451186], [104.6839313, 22.3451966],
    [104.6844069, 22.3452901], [104.6848786, 22.3453989], [104.6853459, 22.3455228],
  ]] };

type Step = 'accepted' | 'poured' | 'in_progress' | 'ready' | 'planned';
interface DemoRoad {
  commune: string; name: string; villages: string[]; roadClass: 'commune' | 'village' | 'alley' | 'field'; lengthM: number;
  surfaceBefore: 'earth' | 'gravel' | 'hardened'; widthM: number; thicknessM: number; grade: 'M200' | 'M250'; geometry?: RoadGeometry;
  /** Split into segments of this length, then take the first ones to these statuses ([status, poured on, accepted on]). */
  segmentM?: number; progress?: Array<[Step, string?, string?]>;
}

const ROADS: DemoRoad[] = [
  { commune: 'Tân Nam', name: 'Đường trục thôn Nậm Hốc', villages: ['Thôn Nặm Khẳm'], roadClass: 'village', lengthM: 850, surfaceBefore: 'earth',
    widthM: 3, thicknessM: 0.18, grade: 'M250', geometry: TRUC_THON_NAM_HOC, segmentM: 150,
    progress: [['accepted', '2021-08-14', '2021-09-18'], ['accepted', '2021-08-21', '2021-09-25'], ['accepted', '2021-08-28', '2021-10-02'], ['poured', '2021-09-04'], ['in_progress'], ['ready']] },
  { commune: 'Tân Nam', name: 'Đường liên thôn Khuổi Vài - Nậm Hốc', villages: ['Thôn Nặm Khẳm', 'Thôn Khuổi Lòa'], roadClass: 'village', lengthM: 1200,
    surfaceBefore: 'gravel', widthM: 3.5, thicknessM: 0.18, grade: 'M250', geometry: LIEN_THON_KHUOI_VAI, segmentM: 200,
    progress: [['accepted', '2021-08-21', '2021-09-25'], ['accepted', '2021-09-04', '2021-10-09'], ['ready']] },
  { commune: 'Tân Nam', name: 'Đường trục xã Tân Nam', villages: [], roadClass: 'commune', lengthM: 3200, surfaceBefore: 'hardened', widthM: 5, thicknessM: 0.2, grade: 'M250' },
  { commune: 'Tân Nam', name: 'Đường ngõ xóm Tân Thượng', villages: ['Thôn Tân Thượng'], roadClass: 'alley', lengthM: 400, surfaceBefore: 'earth',
    widthM: 2.5, thicknessM: 0.15, grade: 'M200', segmentM: 100, progress: [['ready'], ['poured', '2021-09-04']] }, // the first: Nhóm 3's workdays
  { commune: 'Tân Nam', name: 'Đường nội đồng Nà Pồng', villages: ['Thôn Nà Pồng'], roadClass: 'field', lengthM: 600, surfaceBefore: 'earth',
    widthM: 2, thicknessM: 0.15, grade: 'M200' },
  { commune: 'Yên Thành', name: 'Đường trục xã Yên Thành', villages: [], roadClass: 'commune', lengthM: 2500, surfaceBefore: 'hardened', widthM: 5, thicknessM: 0.2, grade: 'M250' },
  { commune: 'Yên Thành', name: 'Đường trục thôn Thác Hạ', villages: ['Thôn Thác Hạ'], roadClass: 'village', lengthM: 900, surfaceBefore: 'earth',
    widthM: 3, thicknessM: 0.18, grade: 'M250', segmentM: 150, progress: [['accepted', '2021-08-21', '2021-09-25'], ['accepted', '2021-08-28', '2021-10-02'], ['poured', '2021-09-04'], ['ready']] },
  { commune: 'Yên Thành', name: 'Đường ngõ xóm Ngòi Han', villages: ['Thôn Ngòi Han'], roadClass: 'alley', lengthM: 350, surfaceBefore: 'earth',
    widthM: 2.5, thicknessM: 0.15, grade: 'M200', segmentM: 175 },
];

const WALK: Step[] = ['ready', 'in_progress', 'poured', 'accepted'];
/** Why a segment is poured with no workday: it was concreted before the campaign (its history says so). */
export const POURED_BEFORE_CAMPAIGN = 'Đổ bê tông trước chiến dịch (xã tự làm bằng xi măng hỗ trợ), không có bản ghi ngày ra quân — dữ liệu minh họa';

export async function seedDemoRoads(ctx: RequestContext): Promise<void> {
  const units = await ctx.db.selectFrom('admin_units').select(['id', 'name', 'level', 'parent_id']).execute();
  for (const r of ROADS) {
    const commune = units.find((u) => u.name === r.commune && u.level !== 'village')!;
    const villageIds = r.villages.map((v) => units.find((u) => u.name === v && u.parent_id === commune.id)!.id);
    const road = await createRoad(ctx, {
      communeId: commune.id, name: r.name, villageIds, roadClass: r.roadClass, lengthM: r.lengthM, surfaceBefore: r.surfaceBefore,
      widthM: r.widthM, thicknessM: r.thicknessM, grade: r.grade, stone: '1x2', geometry: r.geometry ?? ILLUSTRATIVE_ROAD_LINES[r.name] ?? null, note: 'Dữ liệu minh họa',
    });
    if (!r.segmentM) continue;
    const segments = await splitRoad(ctx, road.id, { segmentLengthM: r.segmentM });
    for (const [i, [target, pouredOn, acceptedOn]] of (r.progress ?? []).entries()) {
      for (const to of WALK.slice(0, WALK.indexOf(target as Step) + 1)) {
        const date = to === 'poured' ? pouredOn : to === 'accepted' ? acceptedOn : undefined;
        await transitionSegment(ctx, segments[i].id, { to, date, reason: to === 'poured' ? POURED_BEFORE_CAMPAIGN : null });
      }
    }
  }
}
