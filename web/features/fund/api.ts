// Fund (issue 5) queries and writes: the fund with its totals, the statement by commune and agency,
// the ledger entries, and the writes (contribution, allocation, expenditure, decisions, reversal).
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE } from '../../lib/api';
import type { Ref } from '../../lib/types';

export type EntryKind = 'contribution' | 'allocation' | 'expenditure' | 'reversal';
export type Category = 'materials' | 'equipment' | 'other';
export const CATEGORIES: Category[] = ['materials', 'equipment', 'other'];

export interface Totals { received: number; allocated: number; unallocated: number; spent: number; pending: number }

export interface Fund {
  id: number;
  campaign: Ref;
  name: string;
  approvalThreshold: number | null;
  totals: Totals;
  actions: Array<'edit' | 'contribute' | 'allocate' | 'spend' | 'approve'>;
  version: number;
}

export interface Statement {
  totals: Totals;
  communes: Array<{ commune: Ref; allocated: number; spent: number; spentByCategory: Record<Category, number>; balance: number; pending: number }>;
  agencies: Array<{ agency: Ref; amount: number; contributions: number }>;
}

export interface Entry {
  id: number;
  kind: EntryKind;
  amount: number;
  date: string;
  note: string | null;
  status: 'counted' | 'pending' | 'rejected';
  reversedBy: number | null;
  contribution: { contributorKind: 'official' | 'agency'; contributorName: string | null; agency: Ref; receiptNo: string; collectedBy: string | null; publicNameConsent: boolean } | null;
  allocation: { commune: Ref; decisionNo: string; decisionDate: string; signer: string; purpose: string } | null;
  expenditure: {
    commune: Ref; item: string; category: Category; quantity: number; unit: string; unitPrice: number; vendor: string;
    invoiceNo: string; invoiceDate: string; needsApproval: boolean;
    decision: { decision: 'approved' | 'rejected'; comment: string | null; by: string; at: string } | null;
  } | null;
  reversal: { reversesId: number; reason: string } | null;
  createdBy: Ref;
  createdAt: string;
  actions: Array<'reverse' | 'approve' | 'reject' | 'attach' | 'receipt'>;
}

export interface EntryFilter { kind?: EntryKind; status?: 'pending'; unitId?: number }

export function useFunds() {
  return useQuery({ queryKey: ['funds'], queryFn: () => api.get<{ items: Fund[] }>('/funds') });
}

export function useStatement(fundId: number) {
  return useQuery({ queryKey: ['funds', fundId, 'statement'], queryFn: () => api.get<Statement>(`/funds/${fundId}/statement`) });
}

export function useEntries(fundId: number, filter: EntryFilter) {
  return useInfiniteQuery({
    queryKey: ['funds', fundId, 'entries', filter],
    queryFn: ({ pageParam }) => api.get<{ items: Entry[]; nextCursor: number | null }>(`/funds/${fundId}/entries`, { ...filter, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After any write every total, list and statement of the fund may have changed. */
export function useRefreshFund() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['funds'] });
}

export const statementUrl = (fundId: number, ext: 'pdf' | 'xlsx') => `${API_BASE}/funds/${fundId}/statement.${ext}`;
export const receiptUrl = (fundId: number, entryId: number) => `${API_BASE}/funds/${fundId}/entries/${entryId}/receipt.pdf`;

/** The commune or agency an entry concerns, for the ledger's "who" column. */
export function entryParty(e: Entry): string {
  if (e.contribution) return e.contribution.contributorName ? `${e.contribution.contributorName} — ${e.contribution.agency.name}` : e.contribution.agency.name;
  if (e.allocation) return e.allocation.commune.name;
  if (e.expenditure) return e.expenditure.commune.name;
  return '—';
}
