// Lines of the demo roads that the two sample traces (test/fixtures/tan-nam-roads.geojson) do not
// cover, so the map shows every demo road. Invented but plausible: drawn from the village points of
// the illustrative district map (web/features/map/district-illustrative.json), roughly as long as
// each road's entered length. Labelled as demo data with the roads.
import type { RoadGeometry } from '../../domain/geo.js';

const line = (...coordinates: Array<[number, number]>): RoadGeometry => ({ type: 'LineString', coordinates });

export const ILLUSTRATIVE_ROAD_LINES: Record<string, RoadGeometry> = {
  // Tân Nam: the commune's axis from Tân Thượng down to Nặm Khẳm (≈ 3.2 km), an alley and a field road.
  'Đường trục xã Tân Nam': line([104.648, 22.362], [104.65197, 22.35922], [104.65595, 22.35604], [104.65972, 22.35127], [104.6629, 22.3471], [104.66638, 22.34412], [104.66936, 22.34134]),
  'Đường ngõ xóm Tân Thượng': line([104.656, 22.356], [104.65646, 22.35738], [104.65677, 22.35845], [104.65768, 22.35906]),
  'Đường nội đồng Nà Pồng': line([104.66, 22.33], [104.66169, 22.33136], [104.66339, 22.33254], [104.66466, 22.33322]),
  // Yên Thành: the commune's axis through Thác Hạ (≈ 2.5 km), Thác Hạ's village road, Ngòi Han's alley.
  'Đường trục xã Yên Thành': line([104.705, 22.344], [104.70982, 22.34467], [104.71464, 22.34496], [104.71946, 22.34506], [104.72428, 22.34496], [104.72813, 22.34786]),
  'Đường trục thôn Thác Hạ': line([104.725, 22.345], [104.72548, 22.34262], [104.72595, 22.34023], [104.72834, 22.33785]),
  'Đường ngõ xóm Ngòi Han': line([104.732, 22.332], [104.73301, 22.33332], [104.73402, 22.33453]),
};
