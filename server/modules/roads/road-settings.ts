// The road settings (labour norm, mixer drum, length-mismatch threshold, pace window, default
// region, map tiles): stored under one key of the settings table, merged over the visible defaults.
import type { Kysely } from 'kysely';
import { DEFAULT_ROAD_SETTINGS, type RoadSettings } from '../../../domain/roads.js';
import type { Database } from '../../db/schema.js';

const KEY = 'roads';

export async function getRoadSettings(db: Kysely<Database>): Promise<RoadSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<RoadSettings>;
  return { ...DEFAULT_ROAD_SETTINGS, ...stored };
}

/** Stores only what differs from the defaults, so a changed default reaches untouched settings. */
export async function saveRoadSettings(db: Kysely<Database>, settings: RoadSettings): Promise<void> {
  const diff = Object.fromEntries(Object.entries(settings).filter(([k, v]) => DEFAULT_ROAD_SETTINGS[k as keyof RoadSettings] !== v));
  await db.insertInto('settings').values({ key: KEY, value: JSON.stringify(diff) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(diff) })).execute();
}

/** The calculator's options from the settings: the norm in thousandths, the drum in litres. */
export function calculatorOptions(s: RoadSettings, drumLitres?: number) {
  return { drumLitres: drumLitres ?? s.drumLitres, labourNormMilli: Math.round(s.labourNormCongPerM3 * 1000) };
}
