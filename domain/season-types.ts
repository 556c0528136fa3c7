// The season plan's input and output, free of the database: teams (a group of agencies, or one
// agency on its own: only a headcount matters), communes with their mixers and what criterion 2 still
// misses, roads, their remaining segments in chainage order with the team assigned to each, the
// remaining Saturdays up to the deadline, what is already published, and the office's pins and bans.
import type { Indicator } from './criterion2.js';
import type { RoadClass } from './roads.js';
import type { MaterialOutlook } from './season-materials.js';

export interface SeasonTeam {
  id: number; name: string;
  /** Staff of its member agencies: the most people it can send. */
  staff: number;
  /** People expected on a Saturday: staff × past turnout (or the default turnout). */
  expectedHeadcount: number;
}

export interface SeasonCommune {
  id: number; name: string;
  /** Drum litres of each working mixer. */
  mixers: number[];
  /** Mixers out of use on some days (booked elsewhere, under repair): day → how many fewer. */
  mixersBusy?: Record<string, number>;
  /** What each indicator of criterion 2 still misses, in mm (0 or absent: met). */
  missingMm: Partial<Record<Indicator, number>>;
}

export interface SeasonRoad { id: number; name: string; communeId: number; roadClass: RoadClass }

export interface SeasonSegment {
  id: number; roadId: number; chainage: string; fromMm: number; toMm: number;
  /** Concrete still to pour, litres (0: done). */
  remainingLitres: number;
  /** Length still to pour, mm (the same share of the length as of the volume). */
  remainingMm: number;
  /** The team the campaign assigned it to, or null (any team of the commune may take it). */
  teamId: number | null;
  /** Grams of cement, cm³ of sand and stone per m³ of its mix (null: no mix row). */
  perM3: { cementG: number; sandCm3: number; stoneCm3: number } | null;
}

/** Material on hand or on order for a commune: cumulative amount available from a day on, in base units. */
export interface SeasonMaterial { communeId: number; code: 'cement' | 'sand' | 'stone'; from: string; amount: number }

/** An entry already published (or in a draft) for a future Saturday. */
export interface PublishedEntry { teamId: number; roadId: number; day: string; litres: number }

/** The office's edits: a team must work on a road that day (pin), or must not (forbid; roadId null: not at all). */
export interface SeasonOverride { kind: 'pin' | 'forbid'; teamId: number; roadId: number | null; day: string }

export interface SeasonSettings {
  /** Labour norm, thousandths of a công per m³ (2000 = 2 công/m³). */
  labourNormMilli: number;
  batchesPerMixerDay: number;
  /** Whether pours may only use the materials there or on order (false: the plan says what to buy). Absent: they may only. */
  materialsBind?: boolean;
}

export interface SeasonInput {
  /** Remaining campaign Saturdays, ascending, none after the deadline. */
  days: string[];
  deadline: string;
  teams: SeasonTeam[];
  communes: SeasonCommune[];
  roads: SeasonRoad[];
  /** In chainage order within each road. */
  segments: SeasonSegment[];
  materials?: SeasonMaterial[];
  published?: PublishedEntry[];
  overrides?: SeasonOverride[];
  settings: SeasonSettings;
}

export type Bilingual = { vi: string; en: string };

export interface PlannedEntry {
  day: string; teamId: number; roadId: number; communeId: number;
  litres: number; mixers: number; headcount: number;
  /** The segments the day's pour reaches along the road, in chainage order. */
  segmentIds: number[];
  pinned: boolean;
  reason: Bilingual;
}

export interface CommuneOutlook {
  communeId: number;
  /** Criterion 2 already met before the plan (no indicator missing). */
  alreadyMet: boolean;
  /** The Saturday on which the plan reaches every threshold, or null if not by the deadline. */
  reachedOn: string | null;
  /** What is short when the deadline is not reached, with the figures. */
  shortfall: (Bilingual & { labourDays: number; mixers: number; from: string | null; litres: number }) | null;
  unmetLitres: number;
  /** Cement, sand and stone the plan uses against the commune's stock. */
  materials: MaterialOutlook[];
}
