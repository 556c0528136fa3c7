// GET /dashboard (the whole page in one request) and GET /dashboard/segments/{id} (the drill-down's
// last step). A section with `available: false` has no data yet at its source.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { SegmentStatus } from '../roads/api';

export type Missing = { available: false; reason: string };
export type Section<T> = (T & { available: true }) | Missing;

/** Segments: km finished (poured or accepted), accepted, in total, and how many segments in each status (domain/figures.ts). */
export interface RoadFigures { finishedKm: number; acceptedKm: number; beforeKm?: number; totalKm: number; segments: Record<SegmentStatus, number> }
/** Segments finished and accepted on one day. */
export interface DayRoadFigures { finishedKm: number; acceptedKm: number }
/** Workday records: what was done, counted by domain/figures.ts (the district report counts the same). */
export interface WorkFigures { workdays: number; cancelled: number; officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number }
export interface ReportsFigures { expected: number; received: number; onTime: number; ratePercent: number | null; onTimePercent: number | null; weeks: number; communes: number }
export interface Dashboard {
  campaign: { id: number; name: string; startDate: string; endDate: string };
  today: string; lastDay: string | null;
  headline: {
    campaign: { roads: RoadFigures; work: Section<WorkFigures>; fund: Section<{ received: number; allocated: number; spent: number }>;
      reports: Section<ReportsFigures> };
    lastDay: { day: string; roads: DayRoadFigures; work: Section<WorkFigures> } | null;
  };
  communes: Array<RoadFigures & {
    commune: { id: number; name: string }; status: string; metAtThresholds: boolean; thresholdsConfirmed: boolean; roads: number; work: Section<WorkFigures>;
    indicators: Array<{ indicator: string; roadClass: string; totalKm: number; hardenedKm: number; sharePercent: number; thresholdPercent: number; met: boolean | null; missingKm: number;
      projection: { status: string; date: string | null } }>;
  }>;
  weeks: Array<{ week: string; endDay: string; finishedKm: number; acceptedKm: number; weekLengthM: number; weekM3: number }>;
  lateTasks: Section<{ items: Array<{ id: number; dueOn: string; description: string; directive: { id: number; number: string }; assignee: string }> }>;
  ranking: Section<{ campaignDaysWorked: number; groups: Array<{ rank: number; id: number; name: string; score: number; participationPercent: number; labourDays: number; volumeM3: number }> }>;
  nextPlan: Section<{ planId: number; day: string; status: string; go: boolean; redItems: number; entries: number; headcount: number; targetVolumeM3: number;
    blockers: Array<{ group: string; commune: string; check: { item: string; vi: string; en: string } }> }>;
}

export interface SegmentDrill {
  segment: { id: number; label: string | null; fromM: number; toM: number; lengthM: number; status: SegmentStatus; pouredOn: string | null; acceptedOn: string | null;
    road: { id: number; name: string }; commune: { id: number; name: string } };
  workdays: Array<{ id: number; day: string; status: string; group: string; lengthM: number; volumeM3: number; officials: number; people: number;
    photos: Array<{ id: number; phase: 'before' | 'after'; side: string; url: string }> }>;
}

export const useDashboard = () => useQuery({ queryKey: ['dashboard'], queryFn: () => api.get<Dashboard>('/dashboard') });
export const useSegmentDrill = (id: number) => useQuery({ queryKey: ['dashboard', 'segment', id], queryFn: () => api.get<SegmentDrill>(`/dashboard/segments/${id}`) });
