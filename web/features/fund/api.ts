// Fund (issue 5) queries and writes: the fund with its totals, the statement by commune and agency,
// the ledger entries, and the writes (contribution, allocation, expenditure, decisions, reversal).
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE } from '../../lib/api';
import { typedApi, type Schema } from '../../lib/typed-api';

export type Fund = Schema<'Fund'>;
export type Statement = Schema<'FundStatement'>;
export type Entry = Schema<'FundEntry'>;
export type EntryKind = Entry['kind'];
export type Totals = Fund['totals'];
export type Category = NonNullable<Entry['expenditure']>['category'];
export const CATEGORIES: Category[] = ['materials', 'equipment', 'other'];

export interface EntryFilter { kind?: EntryKind; status?: 'pending'; unitId?: number }

export function useFunds() {
  return useQuery({ queryKey: ['funds'], queryFn: () => typedApi.get('/funds') });
}

export function useStatement(fundId: number) {
  return useQuery({ queryKey: ['funds', fundId, 'statement'], queryFn: () => typedApi.get('/funds/{id}/statement', { path: { id: fundId } }) });
}

export function useEntries(fundId: number, filter: EntryFilter) {
  return useInfiniteQuery({
    queryKey: ['funds', fundId, 'entries', filter],
    queryFn: ({ pageParam }) => typedApi.get('/funds/{id}/entries', { path: { id: fundId }, query: { ...filter, limit: 50, cursor: pageParam } }),
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
