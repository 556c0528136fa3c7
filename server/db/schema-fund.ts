// Kysely's view of the fund tables (migration 202611272000-create-fund). Kept beside schema.ts so
// the shared file only lists the tables.
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface FundsTable {
  id: Generated<number>;
  campaign_id: number;
  name: string;
  approval_threshold: number | null;
  doc_issuer_parent: string | null;
  doc_issuer: string | null;
  doc_signer_title: string | null;
  doc_signer_name: string | null;
  created_by: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface FundEntriesTable {
  id: Generated<number>;
  fund_id: number;
  kind: 'contribution' | 'allocation' | 'expenditure' | 'reversal';
  amount: number;
  entry_date: string;
  note: string | null;
  contributor_kind: 'official' | 'agency' | 'people' | null;
  contributor_name: string | null;
  agency_id: number | null;
  receipt_no: string | null;
  collected_by: string | null;
  public_name_consent: Generated<boolean>;
  unit_id: number | null;
  decision_no: string | null;
  decision_date: string | null;
  signer: string | null;
  purpose: string | null;
  item: string | null;
  category: 'materials' | 'equipment' | 'other' | null;
  quantity: number | null;
  uom: string | null;
  unit_price: number | null;
  vendor: string | null;
  invoice_no: string | null;
  invoice_date: string | null;
  needs_approval: Generated<boolean>;
  purchase: ColumnType<unknown, string | null | undefined, never> | null;
  reverses_id: number | null;
  reason: string | null;
  /** The people's cash gift this contribution posts (contributor_kind 'people'). */
  people_contribution_id: number | null;
  created_by: number;
  created_at: DefaultTimestamp;
}

export interface FundDecisionsTable {
  entry_id: number;
  decision: 'approved' | 'rejected';
  comment: string | null;
  decided_by: number;
  decided_at: DefaultTimestamp;
}

export interface FundPostingsTable {
  id: Generated<number>;
  entry_id: number;
  fund_id: number;
  account: 'contributions' | 'fund' | 'commune' | 'spent';
  unit_id: number | null;
  category: 'materials' | 'equipment' | 'other' | null;
  amount: number;
  created_at: DefaultTimestamp;
}

/** The fund's report to the Standing Committee (migration 202612081801); never changed once submitted. */
export interface FundReportsTable {
  id: Generated<number>;
  fund_id: number;
  period_from: string;
  period_to: string;
  status: Generated<'draft' | 'submitted'>;
  number: string | null;
  report_date: string | null;
  header: Generated<'state' | 'party'>;
  signer_title: string | null;
  signer_name: string | null;
  recipients: ColumnType<string[], string | undefined, string>;
  narrative: string | null;
  issues: string | null;
  proposals: string | null;
  figures: ColumnType<unknown, string | null | undefined, string | null>;
  created_by: number;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  submitted_by: number | null;
  submitted_at: Date | null;
  version: Generated<number>;
}
