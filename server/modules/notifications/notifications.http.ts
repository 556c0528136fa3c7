// /notifications: every signed-in user's inbox (list, unread count, mark read), channel settings
// and a test send; /notifications/outbox: the admin's view of deliveries and retry of a failed one.
// Read marks are the user's own view state, like a session's last_seen_at: not audited.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent, requireActor } from '../../http/router.js';
import { channelSettings, emailEnabled, webhookEnabled } from './channels.js';
import { retryDelivery } from './commands/retry-delivery.js';
import { sendTestNotification } from './commands/send-test.js';
import { setPreferences } from './commands/set-preferences.js';
import { getPreferences, listInbox, markAllRead, markRead, unreadCount, userEmail } from './inbox.repository.js';
import {
  InboxOut, InboxQuery, OutboxOut, OutboxQuery, PreferencesOut, PreferencesUpdate, ReadAllOut, ReadOneOut, TestSendOut, UnreadCountOut,
} from './notifications.schema.js';
import { presentNotification, presentOutbox, presentPreferences } from './notifications.presenter.js';
import { listOutbox } from './outbox.repository.js';

const tags = ['notifications'];

async function preferencesOf(db: Parameters<typeof getPreferences>[0], userId: number) {
  const s = channelSettings();
  const [stored, address] = await Promise.all([getPreferences(db, userId), userEmail(db, userId)]);
  return presentPreferences(stored, { email: emailEnabled(s), webhook: webhookEnabled(s), address });
}

export const notificationsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/notifications', tags, summary: 'My inbox, newest first, with the unread count', request: { query: InboxQuery },
    responses: { 200: jsonContent(InboxOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    const f = c.req.valid('query');
    const [rows, unread] = await Promise.all([
      listInbox(c.var.db, actor.userId, { limit: f.limit, cursor: f.cursor, unreadOnly: f.unread === 'true' }),
      unreadCount(c.var.db, actor.userId),
    ]);
    const page = rows.slice(0, f.limit);
    return c.json({ items: page.map(presentNotification), nextCursor: rows.length > f.limit ? page[page.length - 1].id : null, unreadCount: unread }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/notifications/unread-count', tags, summary: 'The unread badge: one cheap query, for polling',
    responses: { 200: jsonContent(UnreadCountOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    return c.json({ unreadCount: await unreadCount(c.var.db, actor.userId) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/notifications/{id}/read', tags, summary: 'Mark one of my notifications read', request: { params: IdParam },
    responses: { 200: jsonContent(ReadOneOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    const row = await markRead(c.var.db, actor.userId, c.req.valid('param').id, new Date());
    if (!row?.read_at) throw new AppError('NOT_FOUND'); // another user's notification is not visible
    return c.json({ id: row.id, readAt: new Date(row.read_at).toISOString(), unreadCount: await unreadCount(c.var.db, actor.userId) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/notifications/read-all', tags, summary: 'Mark all my notifications read',
    responses: { 200: jsonContent(ReadAllOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    const updated = await markAllRead(c.var.db, actor.userId, new Date());
    return c.json({ updated, unreadCount: 0 }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/notifications/preferences', tags, summary: 'My channels per event, and which channels the server has',
    responses: { 200: jsonContent(PreferencesOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    return c.json(await preferencesOf(c.var.db, actor.userId), 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/notifications/preferences', tags, summary: 'Choose e-mail and webhook per event (the inbox is always on)',
    request: { body: jsonBody(PreferencesUpdate) },
    responses: { 200: jsonContent(PreferencesOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    await setPreferences(ctxOf(c), actor.userId, c.req.valid('json'));
    return c.json(await preferencesOf(c.var.db, actor.userId), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/notifications/test', tags, summary: 'Send me a test notification through my channels',
    responses: { 201: jsonContent(TestSendOut, 'Queued'), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    return c.json(await sendTestNotification(ctxOf(c), actor.userId), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/notifications/outbox', tags, summary: 'Deliveries by e-mail and webhook, newest first (admin)', request: { query: OutboxQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(OutboxOut), nextCursor: z.number().nullable() })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'notifications.manage');
    const f = c.req.valid('query');
    const rows = await listOutbox(c.var.db, f);
    const page = rows.slice(0, f.limit);
    return c.json({ items: page.map(presentOutbox), nextCursor: rows.length > f.limit ? page[page.length - 1].id : null }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/notifications/outbox/{id}/retry', tags, summary: 'Queue a failed delivery again (admin)', request: { params: IdParam },
    responses: { 200: jsonContent(OutboxOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'notifications.manage');
    return c.json(presentOutbox(await retryDelivery(ctxOf(c), c.req.valid('param').id)), 200);
  });
