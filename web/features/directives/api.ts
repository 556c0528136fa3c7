// Directives (issue 8) queries and writes: directives with their progress, one directive's items
// and tasks, its tracking table (items × units), my task instances, reports done / cannot do.
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import type { FieldError } from '../../../domain/errors';
import { api, ApiError } from '../../lib/api';

export type Colour = 'red' | 'orange' | 'blue' | 'yellow' | 'green' | 'gray';
export interface Counts { total: number; overdue: number; open: number; cannotDo: number; doneOnTime: number; doneLate: number; colour: Colour }
export interface Directive {
  id: number; type: string; typeLabel: { vi: string; en: string; abbr: string }; number: string; issuedOn: string; issuingBody: string;
  signerName: string; signerTitle: string; summary: string; progress: Counts; itemCount?: number; taskCount?: number;
  campaignId?: number | null; version?: number;
  /** On one directive (the tracking table's heading): what this user may do, and its documents. */
  actions?: Array<'edit' | 'addItem' | 'addTask' | 'attach'>;
  documents?: Array<{ id: number; filename: string; mime: string; url: string }>;
}
export interface Task {
  id: number; ordinal: number; description: string; repeat: string; dueDate: string | null; startDate: string; endDate: string;
  weekday?: number | null; monthDay?: number | null; progress: Counts; unitKeys: string[];
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
  reportedBy?: { id: number; displayName: string } | null;
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

/** A task's assignee as the form sends it (see TaskAssigneeInput in the API). */
export type AssigneeInput =
  | { kind: 'agency'; agencyId: number } | { kind: 'group'; groupId: number } | { kind: 'commune'; communeId: number }
  | { kind: 'role'; role: string } | { kind: 'all_groups' } | { kind: 'target_communes' };

export interface TaskInput {
  description: string; assignees: AssigneeInput[]; repeat: 'none' | 'weekly' | 'monthly';
  dueDate?: string | null; weekday?: number | null; monthDay?: number | null;
  startDate?: string | null; endDate?: string | null; dueAfterDays?: number | null; linkedRecord?: string | null;
}

/** The picker's value "agency:12" / "role:media" / "all_groups" as the API's assignee. */
export function assigneeOf(value: string): AssigneeInput {
  const [kind, id] = value.split(':');
  switch (kind) {
    case 'agency': return { kind, agencyId: Number(id) };
    case 'group': return { kind, groupId: Number(id) };
    case 'commune': return { kind, communeId: Number(id) };
    case 'role': return { kind, role: id };
    default: return { kind: kind as 'all_groups' | 'target_communes' };
  }
}

/** Instances of one tracking-table cell (an item × a unit), every status, overdue first. */
export function useCellInstances(directiveId: number, itemId: number | null, unit: string | null) {
  return useQuery({
    queryKey: ['directives', directiveId, 'cell', itemId, unit],
    queryFn: () => api.get<{ today: string; items: Instance[]; total: number }>('/task-instances', { directiveId, itemId, unit, status: 'all', limit: 200 }),
    enabled: itemId !== null && unit !== null,
  });
}

/**
 * Throws the empty required fields as one 400 before anything is sent, worded in both languages
 * from this feature's strings (the server's generic "too short" is less helpful); the form shows
 * them like the server's own field errors.
 */
export function checkRequired(checks: Array<[field: string, empty: boolean, key: string]>): void {
  const fields: FieldError[] = checks.filter(([, empty]) => empty)
    .map(([field, , key]) => ({ field, code: 'required', vi: i18n.t(key, { lng: 'vi' }), en: i18n.t(key, { lng: 'en' }) }));
  if (fields.length) throw new ApiError(400, 'VALIDATION', fields, '', '');
}
