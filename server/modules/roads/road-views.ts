// Loads what the presenter needs (settings, mix tables) and builds the API views of roads and
// segments, for the handlers and the commands alike.
import type { Actor } from '../../../domain/roles.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { listMixTables } from './mix-tables.repository.js';
import { presentRoad, presentSegment, type PresentContext } from './roads.presenter.js';
import { getRoad, getSegment, listRoads, segmentHistory, segmentsOf, type RoadFilter } from './roads.repository.js';
import { getRoadSettings } from './road-settings.js';

export async function presentContextOf(ctx: RequestContext): Promise<PresentContext> {
  const settings = await getRoadSettings(ctx.db);
  const tables = await listMixTables(ctx.db);
  return { actor: ctx.actor as Actor, settings, tables: new Map(tables.map((t) => [t.id, t])) };
}

export async function roadView(ctx: RequestContext, id: number) {
  const road = await getRoad(ctx.db, id);
  if (!road) throw new AppError('NOT_FOUND');
  return presentRoad(await presentContextOf(ctx), road, await segmentsOf(ctx.db, [id]), true);
}

export async function roadListView(ctx: RequestContext, f: RoadFilter) {
  const rows = await listRoads(ctx.db, f);
  const page = f.limit ? rows.slice(0, f.limit) : rows;
  const segments = await segmentsOf(ctx.db, page.map((r) => r.id));
  const pc = await presentContextOf(ctx);
  return {
    items: page.map((r) => presentRoad(pc, r, segments.filter((s) => s.road_id === r.id))),
    nextCursor: f.limit && rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

export async function segmentView(ctx: RequestContext, id: number) {
  const s = await getSegment(ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND');
  const road = (await getRoad(ctx.db, s.road_id, false))!;
  return presentSegment(await presentContextOf(ctx), road, s, { history: await segmentHistory(ctx.db, id), estimate: true });
}
