// Kysely's view of the tables of issue 18: people's contributions (migration 202612071801) and
// directive recipients (202612071802).
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PeopleContributionsTable {
  id: Generated<number>;
  commune_id: number;
  village_id: number | null;
  kind: 'cash' | 'in_kind' | 'labour' | 'land' | 'reversal';
  donor_kind: 'household' | 'village' | 'enterprise' | 'other' | null;
  donor_name: string | null;
  public_name_consent: Generated<boolean>;
  contributed_on: string;
  amount: number | null;
  receipt_no: string | null;
  lot_id: number | null;
  labour_tenths: number | null;
  workday_id: number | null;
  road_id: number | null;
  area_dm2: number | null;
  length_mm: number | null;
  note: string | null;
  reverses_id: number | null;
  reason: string | null;
  created_by: number;
  created_at: DefaultTimestamp;
}

export interface PeopleTables {
  people_contributions: PeopleContributionsTable;
}

/** A directive's distribution list and who read it (migration 202612071802). */
export interface DirectiveRecipientsTable {
  id: Generated<number>;
  directive_id: number;
  ordinal: number;
  kind: 'body' | 'agency' | 'commune';
  body_name: string | null;
  agency_id: number | null;
  unit_id: number | null;
}

export interface DirectiveReadsTable {
  recipient_id: number;
  user_id: number;
  read_at: DefaultTimestamp;
}
