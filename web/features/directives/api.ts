// Directives (issue 8) queries and writes: directives with their progress, one directive's items
// and tasks, its tracking table (items × units), my task instances, reports done / cannot do.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Colour = 'red' | 'orange' | 'blue' | 'yellow' | 'green' | 'gray';
export interface Counts { total: number; overdue: number; open: number; cannotDo: number; doneOnTime: number; doneLate: number; colour: Colour }
export interface Directive {
  id: number; type: string; typeLabel: { vi: string; en: string; abbr: string }; number: string; issuedOn: string; issuingBody: string;
  signerName: string; signerTitle: string; summary: string; progress: Counts; itemCount?: number; taskCount?: number;
}
export interface Task {
  id: number; ordinal: number; description: string; repeat: string; dueDate: string | null; startDate: string; endDate: string;
  progress: Counts; unitKeys: string[];
}
export interface Unit { key: string; kind: string; label: string }
export interface Tracking {
  today: string;
  directive: Directive;
  units: Unit[];
  rows: Array<{ item: { id: number; ordinal: number; title: string | null; body: string }; tasks: Task[]; cells: Array<Counts & { unitKey: string }> }>;
  totals: { byUnit: Array<Counts & { unitKey: string }>; overall: Counts };
  overdue: Instance[];
}
export interface Instance {
  id: number;
  directive: { id: number; number: string };
  item: { id: number; ordinal: number; title: string | null };
  description: string;
  assignee: { label: string };
  occursOn: string; dueOn: string;
  status: 'overdue' | 'open' | 'cannot_do' | 'done';
  onTime: boolean | null; doneOn: string | null; colour: Colour;
  reason: string | null; note: string | null;
  evidence: { kind: 'file' | 'link' | 'record'; fileUrl: string | null; url: string | null; recordType: string | null; recordId: number | null } | null;
  actions: Array<'done' | 'cannot_do' | 'reopen' | 'attach'>;
  version: number;
}
export interface Completion {
  from: string; to: string;
  items: Array<{ unit: Unit; due: number; done: number; doneOnTime: number; doneLate: number; cannotDo: number; overdue: number; completionRate: number | null; timelinessRate: number | null; colour: Colour }>;
}

/** Mantine colours for the API's status colours: done green, open blue, overdue red, cannot do orange. */
export const COLOUR: Record<Colour, string> = { red: 'red', orange: 'orange', blue: 'blue', yellow: 'yellow', green: 'teal', gray: 'gray' };

export function useDirectives() {
  return useQuery({ queryKey: ['directives'], queryFn: () => api.get<{ items: Directive[] }>('/directives') });
}

export function useTracking(id: number) {
  return useQuery({ queryKey: ['directives', id, 'tracking'], queryFn: () => api.get<Tracking>(`/directives/${id}/tracking`) });
}

export function useMyTasks(status: 'pending' | 'all') {
  return useQuery({ queryKey: ['directives', 'mine', status], queryFn: () => api.get<{ today: string; items: Instance[]; total: number }>('/task-instances/mine', { status }) });
}

export function useCompletion() {
  return useQuery({ queryKey: ['directives', 'completion'], queryFn: () => api.get<Completion>('/directive-units/completion') });
}
