// GET /dashboard (the whole page in one request) and GET /dashboard/segments/{id} (the drill-down's
// last step). A section with `available: false` has no data yet at its source.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type Schema } from '../../lib/typed-api';

export type Dashboard = Schema<'Dashboard'>;
export type SegmentDrill = Schema<'DashboardSegment'>;
type Headline = Dashboard['headline']['campaign'];
export type Missing = Extract<Headline['work'], { available: false }>;
/** A section as the API gives it: its figures, or Missing when its source has no data yet. */
export type Section<T> = (T & { available: true }) | Missing;
/** Segments: km finished (poured or accepted), accepted, in total, and how many segments in each status (domain/figures.ts). */
export type RoadFigures = Headline['roads'];
/** Segments finished and accepted on one day. */
export type DayRoadFigures = NonNullable<Dashboard['headline']['lastDay']>['roads'];
/** Workday records: what was done, counted by domain/figures.ts (the district report counts the same). */
export type WorkFigures = Extract<Headline['work'], { available: true }>;
export type ReportsFigures = Extract<Headline['reports'], { available: true }>;

export const useDashboard = () => useQuery({ queryKey: ['dashboard'], queryFn: () => typedApi.get('/dashboard') });
export const useSegmentDrill = (id: number) => useQuery({ queryKey: ['dashboard', 'segment', id], queryFn: () => typedApi.get('/dashboard/segments/{id}', { path: { id } }) });
