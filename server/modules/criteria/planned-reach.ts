// Beside the projection at the recent pace, criterion 2 shows when the season plan (lộ trình) reaches
// the thresholds. The season module reads criteria to build its plan, so it registers its reader
// here at start-up rather than criteria importing it (which would make the two modules a cycle).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface PlannedReach {
  solvedAt: string; asOf: string; deadline: string;
  alreadyMet: boolean; reachedOn: string | null;
  shortfall: { vi: string; en: string } | null;
}

type PlannedReachSource = (db: Kysely<Database>, campaignId: number, communeId: number) => Promise<PlannedReach | null>;
let source: PlannedReachSource | null = null;

export function registerPlannedReachSource(s: PlannedReachSource): void { source = s; }

/** The season plan's outlook for a commune, or null when no plan was solved (or no planner is installed). */
export function plannedReach(db: Kysely<Database>, campaignId: number, communeId: number): Promise<PlannedReach | null> {
  return source ? source(db, campaignId, communeId) : Promise.resolve(null);
}
