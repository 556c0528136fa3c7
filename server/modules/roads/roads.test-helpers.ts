// Shared by the roads tests: a valid road body, and a road created through the API.
import type { TestClient } from '../../../test/helpers/test-app.js';

export function roadBody(over: Record<string, unknown> = {}) {
  return {
    name: 'Đường trục thôn Nậm Hốc', roadClass: 'village', lengthM: 850, surfaceBefore: 'earth',
    widthM: 3, thicknessM: 0.18, grade: 'M250', stone: '1x2', ...over,
  };
}

export async function makeRoad(c: TestClient, over: Record<string, unknown> = {}) {
  const res = await c.post('/api/v1/roads', roadBody(over));
  if (res.status !== 201) throw new Error(`road not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; version: number; [k: string]: any };
}
