// Notifications (issue 9) queries and writes: the unread count (polled for the header bell), the
// inbox pages, read marks and the channel preferences per event.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationEvent } from '../../../domain/notifications';
import { typedApi, type Schema } from '../../lib/typed-api';

export type Notification = Schema<'Notification'>;
export type Preferences = Schema<'NotificationPreferences'>;

const KEY = ['notifications'] as const;
const UNREAD_KEY = ['notifications', 'unread'] as const;
/** The badge is refreshed every minute, and when the window gets the focus back. */
const POLL_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => typedApi.get('/notifications/unread-count'),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    select: (d) => d.unreadCount,
  });
}

export function useInbox(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'inbox', { unreadOnly }],
    queryFn: ({ pageParam }) => typedApi.get('/notifications', { query: { limit: 20, cursor: pageParam, unread: unreadOnly ? 'true' : undefined } }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all'): Promise<{ unreadCount: number }> => (id === 'all' ? typedApi.post('/notifications/read-all', undefined) : typedApi.post('/notifications/{id}/read', undefined, { path: { id } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function usePreferences() {
  return useQuery({ queryKey: [...KEY, 'preferences'], queryFn: () => typedApi.get('/notifications/preferences') });
}

export function savePreferences(items: Array<{ event: NotificationEvent; email: boolean; webhook: boolean }>) {
  return typedApi.put('/notifications/preferences', { items }, {});
}
