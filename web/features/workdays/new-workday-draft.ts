// A new workday record on the phone: its draft (both parts as typed, the client id made when the
// form first opened, the phone's position), written to IndexedDB as it is typed, and its save,
// which puts the record and its photos in the outbox rather than sending them directly, so a dead
// link, a reload or a closed browser loses nothing. The same client id and Idempotency-Key go with
// every attempt; a refusal comes back onto the form to be corrected and sent again.
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { newIdempotencyKey, type ApiError } from '../../lib/api';
import { fieldDb } from '../field/db';
import type { PhonePosition } from '../field/geo';
import { enqueue, resend } from '../field/outbox';
import { useQueuedForm } from '../field/queued-form';
import type { WorkdayCreateInput } from './api';
import type { CommuneState, GroupState } from './form-state';

export interface NewWorkdayDraft { group: GroupState; commune: CommuneState; clientId: string; position: PhonePosition | null }

/** A saved record's corrections kept on the phone: each part its own draft, saved on its own. */
export interface SavedPartDrafts { group: GroupState | null; commune: CommuneState | null }

export function savedPartDraftKey(userId: number, workdayId: number, part: 'group' | 'commune'): string {
  return `workday:${workdayId}:${part}:${userId}`;
}

export function newWorkdayDraftKey(userId: number, p: { campaignId: number; communeId: number; groupId: number; day: string }): string {
  return `workday:new:${userId}:${p.campaignId}:${p.communeId}:${p.groupId}:${p.day}`;
}

export function useNewWorkdaySave(opts: {
  draftKey: string | null; userId: number; draft: NewWorkdayDraft; labels: { vi: string; en: string };
  photoLabel: (phase: 'before' | 'after', name: string) => { vi: string; en: string };
  onRefused: (e: ApiError) => void;
}) {
  const navigate = useNavigate();
  const client = useQueryClient();
  // Accepted while the form is open: show the record.
  const form = useQueuedForm({
    draftKey: opts.draftKey, userId: opts.userId, value: opts.draft, onRefused: opts.onRefused,
    onAccepted: (accepted, answer) => {
      if (accepted.kind !== 'workday.create') return;
      void client.invalidateQueries({ queryKey: ['workdays'] });
      void client.invalidateQueries({ queryKey: ['stock'] });
      void navigate(`/workdays/${(answer as { id: number }).id}`, { replace: true });
    },
  });
  const { item } = form;
  const queuing = useRef(false);

  /**
   * The save tap: queue the record with its photos (once, however often it is tapped), or resend a
   * refused one in place: its photos wait for it, and its client id stays the record's.
   */
  async function save(body: WorkdayCreateInput) {
    if (!opts.draftKey || queuing.current || item?.state === 'waiting') return;
    queuing.current = true;
    try {
      await form.flush(); // a restart right now still finds what was typed
      if (item?.state === 'refused') {
        await resend(item.id, { body });
        return;
      }
      const photos = await fieldDb.photos.where('draftKey').equals(opts.draftKey).sortBy('id');
      const recordId = newIdempotencyKey();
      await enqueue([
        { id: recordId, kind: 'workday.create', method: 'POST', path: '/workdays', body, version: null, label: opts.labels,
          draftKey: opts.draftKey, href: `${location.pathname}${location.search}` },
        ...photos.map((p) => ({ kind: 'workday.photo' as const, method: 'POST' as const, path: null, body: null, version: null,
          label: opts.photoLabel(p.phase, p.name), parentId: recordId, photoId: p.id! })),
      ], opts.userId);
    } finally {
      queuing.current = false;
    }
  }

  return { save, item, savedAt: form.savedAt, discardQueued: form.discardQueued };
}
