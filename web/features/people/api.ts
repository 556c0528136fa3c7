// The people's contributions API: list, record, reverse, the summary per commune and village with
// the village ranking, and the signed record of a land donation uploaded as a file.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export type PeopleContribution = Schema<'PeopleContribution'>;
export type PeopleSummary = Schema<'PeopleSummary'>;
export type ContributionKind = PeopleContribution['kind'];
export type DonorKind = PeopleContribution['donorKind'];
export type Totals = PeopleSummary['communes'][number]['totals'];
export type PeopleInput = BodyOf<'/people-contributions', 'post'>;

export const usePeopleContributions = (communeId: number | null) => useQuery({
  queryKey: ['people', 'list', { communeId }], enabled: communeId !== null,
  queryFn: () => typedApi.get('/people-contributions', { query: { communeId: communeId! } }),
});
export const usePeopleSummary = (communeId: number | null) => useQuery({
  queryKey: ['people', 'summary', { communeId }], enabled: communeId !== null,
  queryFn: () => typedApi.get('/people-contributions/summary', { query: { communeId: communeId! } }),
});
export const recordContribution = (input: PeopleInput) => typedApi.post('/people-contributions', input);
export function uploadSignedRecord(id: number, file: File) {
  const form = new FormData();
  form.set('file', file);
  form.set('entity', 'people_contribution');
  form.set('entityId', String(id));
  return typedApi.upload('/files', form);
}
