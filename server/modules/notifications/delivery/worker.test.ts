// The outbox worker against a real local SMTP server and a signature-checking webhook receiver,
// on both databases: delivery, retries with backoff on a fake clock, permanent failures, and a
// crash between send and mark that resends with the same delivery id.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { configureNotifications, type ChannelSettings } from '../channels.js';
import { enqueueNotification } from '../commands/enqueue-notification.js';
import { startSmtpReceiver, startWebhookReceiver, testPort, type SmtpReceiver, type WebhookReceiver } from '../testing/receivers.js';
import { createOutboxWorker, type OutboxWorkerOptions } from './worker.js';

const SECRET = 'webhook-test-secret';
const MINUTE = 60_000;
let t: TestApp;
let w: World;
let smtp: SmtpReceiver;
let hook: WebhookReceiver;
let settings: ChannelSettings;
let clock: Date;
const now = () => clock;
const advance = (ms: number) => { clock = new Date(clock.getTime() + ms); };

beforeAll(async () => {
  smtp = await startSmtpReceiver(testPort(1), { reject: /^refused@/ });
  hook = await startWebhookReceiver(testPort(2), SECRET, { now });
});
afterAll(async () => {
  await smtp.close();
  await hook.close();
  configureNotifications({ smtpUrl: null, webhookUrl: null, webhookSecret: null });
});

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  settings = configureNotifications({ smtpUrl: smtp.url, smtpFrom: 'Ban chỉ đạo NTM <no-reply@quangbinh.example.vn>', webhookUrl: hook.url, webhookSecret: SECRET, appUrl: 'https://ntm.example.vn' });
  smtp.messages.length = 0;
  hook.hits.length = 0;
  hook.respond = () => 200;
  // Rows are due from the database's now(); the fake clock starts a minute later.
  clock = new Date(Date.now() + MINUTE);
  await t.db.updateTable('users').set({ email: 'tannam@example.vn' }).where('username', '=', 'commune.tannam').execute();
});

const worker = (o: OutboxWorkerOptions = {}) => createOutboxWorker(t.db, { now, settings, backoff: { baseMs: MINUTE, capMs: 30 * MINUTE, random: () => 1 }, ...o });
const outbox = () => t.db.selectFrom('notification_outbox').selectAll().orderBy('id').execute();

async function notifyTanNam(overrides: { email?: boolean; webhook?: boolean } = {}) {
  if (overrides.email === false || overrides.webhook === false) {
    await t.db.insertInto('notification_preferences').values({ user_id: w.users.commune.id, event: 'reminder.campaign_day', email: overrides.email ?? true, webhook: overrides.webhook ?? true }).execute();
  }
  return enqueueNotification({ db: t.db }, {
    event: 'reminder.campaign_day', recipients: { userIds: [w.users.commune.id] },
    title: { vi: 'Nhắc việc: ngày thứ Bảy tình nguyện 11/9', en: 'Reminder: volunteer Saturday 11 September' },
    body: { vi: 'Đồng chí chuẩn bị xi măng, cát, đá cho đoạn đường thôn Nặm Khẳm; tập trung lúc 7 giờ.', en: 'Prepare cement, sand and gravel for the Nặm Khẳm road; meet at 7 am.' },
    link: '/campaigns/1', entity: { type: 'campaign', id: 1 },
  });
}

describe('e-mail', () => {
  it('arrives at the SMTP server with the Vietnamese subject and body intact, and is marked sent', async () => {
    await notifyTanNam({ webhook: false });
    const [row] = await outbox();
    const s = await worker().runOnce();
    expect(s).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const m = smtp.messages[0];
    expect(m.subject).toBe('Nhắc việc: ngày thứ Bảy tình nguyện 11/9');
    // On the wire the subject is an RFC 2047 UTF-8 encoded word, not raw 8-bit bytes.
    expect(m.headerLines.find((h) => h.key === 'subject')?.line).toMatch(/^Subject: =\?UTF-8\?/i);
    expect(m.text).toContain('Đồng chí chuẩn bị xi măng, cát, đá cho đoạn đường thôn Nặm Khẳm; tập trung lúc 7 giờ.');
    expect(m.text).toContain('https://ntm.example.vn/campaigns/1');
    expect(m.html).toContain('thôn Nặm Khẳm');
    expect(m.to && !Array.isArray(m.to) ? m.to.value[0].address : null).toBe('tannam@example.vn');
    expect(m.from?.value[0].name).toBe('Ban chỉ đạo NTM');
    expect(m.messageId).toBe(`<${row.delivery_id}@quangbinh.example.vn>`);
    expect(m.headers.get('x-ntm-delivery-id')).toBe(row.delivery_id);
    const [after] = await outbox();
    expect(after).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(after.sent_at).toEqual(clock);
  });

  it('fails at once when the server refuses the mailbox (5xx)', async () => {
    await t.db.updateTable('users').set({ email: 'refused@example.vn' }).where('id', '=', w.users.commune.id).execute();
    await notifyTanNam({ webhook: false });
    expect(await worker().runOnce()).toMatchObject({ failed: 1, sent: 0 });
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toMatch(/550/);
  });

  it('retries when the SMTP server cannot be reached', async () => {
    await notifyTanNam({ webhook: false });
    const down = { ...settings, smtpUrl: `smtp://127.0.0.1:${testPort(9)}` };
    expect(await worker({ settings: down }).runOnce()).toMatchObject({ retried: 1 });
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.next_attempt_at).toEqual(new Date(clock.getTime() + MINUTE));
  });
});

describe('webhook', () => {
  it('posts the signed JSON with the delivery id in a header and in the body', async () => {
    await notifyTanNam({ email: false });
    const [row] = await outbox();
    expect(await worker().runOnce()).toMatchObject({ sent: 1 });
    expect(hook.hits).toHaveLength(1);
    const hit = hook.hits[0];
    expect(hit.signatureValid).toBe(true);
    expect(hit.deliveryId).toBe(row.delivery_id);
    expect(hit.body).toMatchObject({
      id: row.delivery_id, event: 'reminder.campaign_day',
      notification: { title: { vi: 'Nhắc việc: ngày thứ Bảy tình nguyện 11/9' }, link: 'https://ntm.example.vn/campaigns/1', entity: { type: 'campaign', id: '1' } },
      recipient: { id: w.users.commune.id, username: 'commune.tannam', role: 'commune' },
    });
  });

  it('retries a 500 with growing backoff on the fake clock, then delivers once', async () => {
    await notifyTanNam({ email: false });
    hook.respond = (n) => (n < 2 ? 500 : 200);
    const wk = worker();
    expect(await wk.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'webhook: HTTP 500' });
    expect(row.next_attempt_at).toEqual(new Date(clock.getTime() + MINUTE));

    advance(MINUTE - 1000);
    expect(await wk.runOnce()).toMatchObject({ claimed: 0 }); // not due yet
    advance(1000);
    expect(await wk.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    [row] = await outbox();
    expect(row.attempts).toBe(2);
    expect(row.next_attempt_at).toEqual(new Date(clock.getTime() + 2 * MINUTE)); // doubled

    advance(2 * MINUTE);
    expect(await wk.runOnce()).toMatchObject({ sent: 1 });
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(hook.hits.map((h) => h.status)).toEqual([500, 500, 200]);
    expect(hook.hits.map((h) => h.attempt)).toEqual(['1', '2', '3']);
    expect(new Set(hook.hits.map((h) => h.deliveryId))).toEqual(new Set([row.delivery_id]));
  });

  it('spreads retries with jitter between half and all of the backoff', async () => {
    await notifyTanNam({ email: false });
    hook.respond = () => 503;
    await worker({ backoff: { baseMs: 4 * MINUTE, capMs: 30 * MINUTE, random: () => 0 } }).runOnce();
    const [row] = await outbox();
    expect(row.next_attempt_at).toEqual(new Date(clock.getTime() + 2 * MINUTE));
  });

  it('fails permanently on a 4xx refusal, but retries 408 and 429', async () => {
    await notifyTanNam({ email: false });
    hook.respond = () => 422;
    expect(await worker().runOnce()).toMatchObject({ failed: 1 });
    expect((await outbox())[0]).toMatchObject({ status: 'failed', attempts: 1, last_error: 'webhook: HTTP 422' });

    for (const status of [408, 429]) {
      await t.db.deleteFrom('notifications').execute();
      await notifyTanNam();
      hook.respond = () => status;
      expect(await worker().runOnce()).toMatchObject({ retried: 1 });
    }
  });

  it('marks a delivery failed after the last attempt', async () => {
    await notifyTanNam({ email: false });
    hook.respond = () => 500;
    const wk = worker({ maxAttempts: 3 });
    for (let i = 0; i < 3; i++) {
      await wk.runOnce();
      advance(60 * MINUTE);
    }
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error: 'webhook: HTTP 500' });
    expect(await wk.runOnce()).toMatchObject({ claimed: 0 });
    expect(hook.hits).toHaveLength(3);
  });

  it('refuses a forged signature at the receiver', async () => {
    await notifyTanNam({ email: false });
    const forged = { ...settings, webhookSecret: 'not-the-secret' };
    expect(await worker({ settings: forged }).runOnce()).toMatchObject({ failed: 1 }); // the receiver answers 401
    expect(hook.hits[0].signatureValid).toBe(false);
  });
});

describe('the lease', () => {
  it('hands back the rest of a batch when slow sends eat the lease, so no other node races for them', async () => {
    for (let i = 0; i < 4; i++) { await t.db.deleteFrom('notification_preferences').execute(); await notifyTanNam({ email: false }); }
    const sent: string[] = [];
    const slow = { async send(d: { deliveryId: string }) { sent.push(d.deliveryId); advance(45_000); } };
    const s = await worker({ leaseMs: 2 * MINUTE, transports: { webhook: slow } }).runOnce();
    expect(s).toMatchObject({ claimed: 4, sent: 2 });
    const rows = await outbox();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([['sent', 1], ['sent', 1], ['pending', 0], ['pending', 0]]);
    expect(rows[2].next_attempt_at).toEqual(clock); // due again at once
    expect(sent).toEqual([rows[0].delivery_id, rows[1].delivery_id]);
  });
});

describe('a crash between send and mark', () => {
  it('resends after the lease with the same delivery id: the receiver sees one distinct id', async () => {
    await notifyTanNam();
    const rows = await outbox();
    expect(rows).toHaveLength(2);
    let crashes = 0;
    const crashing = worker({ leaseMs: 5 * MINUTE, afterSend: () => { crashes++; throw new Error('killed after send'); } });
    await expect(crashing.runOnce()).rejects.toThrow('killed after send');
    expect(crashes).toBe(1);
    expect((await outbox()).map((r) => r.status)).toEqual(['pending', 'pending']);

    const restarted = worker({ leaseMs: 5 * MINUTE });
    expect(await restarted.runOnce()).toMatchObject({ claimed: 0 }); // both claimed rows are still leased
    advance(5 * MINUTE);
    expect(await restarted.runOnce()).toMatchObject({ claimed: 2, sent: 2 });

    const after = await outbox();
    expect(after.map((r) => [r.status, r.attempts])).toEqual([['sent', 2], ['sent', 2]]);
    const first = after[0];
    const copies = first.channel === 'webhook' ? hook.hits.map((h) => h.deliveryId) : smtp.messages.map((m) => m.headers.get('x-ntm-delivery-id'));
    expect(copies).toEqual([first.delivery_id, first.delivery_id]);
    expect(hook.distinctAccepted().size).toBe(1);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(1);
  });
});
