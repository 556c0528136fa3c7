// Figures of recorded workdays for other modules: per group and commune on a day (the plans
// module's registered-vs-actual), and per workday over a period (weekly reports, the ranking).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { recordFigures } from '../../../domain/figures.js';
import { figuresOf, workRecordOf, type WorkdayFilter } from './workdays.repository.js';

export interface WorkdayActual {
  groupId: number; communeId: number; workdayId: number; status: 'recorded' | 'cancelled';
  /** Officials plus local people. */
  participants: number; officials: number; people: number;
  labourDays: number; volumeM3: number; lengthM: number;
}

function toActual(r: Awaited<ReturnType<typeof figuresOf>>[number]): WorkdayActual {
  const f = recordFigures(workRecordOf(r));
  return { groupId: r.group_id, communeId: r.commune_id, workdayId: r.id, status: r.status, participants: f.participants, officials: f.officials,
    people: f.people, labourDays: f.labourDays, volumeM3: f.volumeM3, lengthM: f.lengthM };
}

/**
 * What each group actually did on a campaign day, one item per workday record (a cancelled day
 * is listed with zeros and its status). For plans' registered vs actual.
 * @example await actualsForDay(db, 1, '2021-09-18') // [{ groupId: 3, communeId: 7, participants: 31, labourDays: 29.5, volumeM3: 18, … }]
 */
export async function actualsForDay(db: Kysely<Database>, campaignId: number, day: string): Promise<WorkdayActual[]> {
  return (await figuresOf(db, { campaignId, day })).map(toActual);
}

/** The same figures over a filter (recorded days only unless the filter says otherwise). */
export async function actualsFor(db: Kysely<Database>, f: WorkdayFilter): Promise<WorkdayActual[]> {
  return (await figuresOf(db, { status: 'recorded', ...f })).map(toActual);
}
