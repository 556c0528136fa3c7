// Registered vs actual per group and day: what the group registered (as the commune left it) and
// what its workday records say it did (workdays module: officials who came, m³ poured). A day
// without a workday record for the group yet has null actuals and `actualRecorded: false`.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { actualsForDay } from '../../workdays/index.js';
import { listRegistrations, type RegistrationFilter } from './registrations.repository.js';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export async function registeredVsActual(db: Kysely<Database>, f: RegistrationFilter | null) {
  const rows = f ? await listRegistrations(db, { ...f, status: ['confirmed', 'amended', 'submitted'] }) : [];
  const actuals = new Map<string, Awaited<ReturnType<typeof actualsForDay>>>();
  for (const key of new Set(rows.map((r) => `${r.campaign_id}|${r.day}`))) {
    const [campaignId, day] = key.split('|');
    actuals.set(key, (await actualsForDay(db, Number(campaignId), day)).filter((a) => a.status === 'recorded'));
  }
  return {
    actualAvailable: true,
    items: rows.map((r) => {
      const mine = (actuals.get(`${r.campaign_id}|${r.day}`) ?? []).filter((a) => a.groupId === r.group_id);
      const recorded = mine.length > 0;
      const officials = mine.reduce((s, a) => s + a.officials, 0);
      const volume = round3(mine.reduce((s, a) => s + a.volumeM3, 0));
      const registeredVolume = r.target_litres / 1000;
      return {
        day: r.day, groupId: r.group_id, groupName: r.group_name, communeName: r.commune_name, status: r.status,
        registeredHeadcount: r.headcount, registeredVolumeM3: registeredVolume, actualRecorded: recorded,
        actualHeadcount: recorded ? officials : null, actualVolumeM3: recorded ? volume : null,
        headcountVariance: recorded ? officials - r.headcount : null, volumeVarianceM3: recorded ? round3(volume - registeredVolume) : null,
      };
    }),
  };
}
