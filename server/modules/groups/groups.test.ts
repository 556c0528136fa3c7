// Agency groups over HTTP, on PGlite and PostgreSQL: an agency sits in at most one group per
// campaign (but in groups of different campaigns), the lead is always a member, groups are found
// by a member's name, stale edits are refused, every change is audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeAgency, makeCampaign, makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { agencyTeam } from './index.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const memberIds = (g: { members: Array<{ id: number }> }) => g.members.map((m) => m.id).sort((a, b) => a - b);

describe('GET /groups', () => {
  it('needs a session', async () => {
    expectError(await t.client().get('/api/v1/groups'), 401, 'UNAUTHENTICATED');
  });

  it('lists a campaign\'s groups with their lead first and the staff total', async () => {
    const res = await (await t.as('commune.tannam')).get(`/api/v1/groups?campaignId=${w.campaign.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((g: { name: string }) => g.name)).toEqual(['Nhóm 1', 'Nhóm 2']);
    expect(res.body.items[0]).toMatchObject({
      leadAgency: { id: w.agencies.leadA.id, name: 'Văn phòng Huyện ủy' },
      members: [{ id: w.agencies.leadA.id, isLead: true }, { id: w.agencies.memberA.id, isLead: false }],
      staffTotal: 18 + 9, actions: [],
    });
  });

  it('finds a group by the name of a member agency, without accents or case', async () => {
    const c = await t.as('coordinator');
    const res = await c.get('/api/v1/groups?q=TRUNG%20TAM%20VAN%20HOA');
    expect(res.body.items.map((g: { name: string }) => g.name)).toEqual(['Nhóm 2']);
    expect(res.body.items[0].actions).toEqual(['edit']);
    expect((await c.get('/api/v1/groups?q=ban%20to%20chuc')).body.items.map((g: { name: string }) => g.name)).toEqual(['Nhóm 1']);
    expect((await c.get('/api/v1/groups?q=nhom%202')).body.items).toHaveLength(1);
  });
});

describe('POST /groups', () => {
  it('is for those who manage groups: 401, then 403, and nothing written', async () => {
    const clients = await Promise.all(['group_lead', 'leader', 'commune.tannam'].map((u) => t.as(u)));
    const office = await makeAgency(t.db, { name: 'Phòng Tư pháp' });
    await expectNothingWritten(t.db, async () => {
      const body = { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: office.id, memberAgencyIds: [] };
      expectError(await t.client().post('/api/v1/groups', body), 401, 'UNAUTHENTICATED');
      for (const c of clients) expectError(await c.post('/api/v1/groups', body), 403, 'FORBIDDEN');
    });
  });

  it('names each bad field, and writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: '', leadAgencyId: w.agencies.office.id, memberAgencyIds: [] }), 400, 'VALIDATION', 'name');
      expectError(await c.post('/api/v1/groups', { name: 'Nhóm 3', leadAgencyId: w.agencies.office.id, memberAgencyIds: [] }), 400, 'VALIDATION', 'campaignId');
      expectError(await c.post('/api/v1/groups', { campaignId: 999_999, name: 'Nhóm 3', leadAgencyId: w.agencies.office.id, memberAgencyIds: [] }), 400, 'VALIDATION', 'campaignId');
      expectError(await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: 999_999, memberAgencyIds: [] }), 400, 'VALIDATION', 'leadAgencyId');
      expectError(await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: w.agencies.office.id, memberAgencyIds: [999_999] }), 400, 'VALIDATION', 'memberAgencyIds');
      expectError(await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 1', leadAgencyId: w.agencies.office.id, memberAgencyIds: [] }), 409, 'DUPLICATE_NAME', 'name');
    });
  });

  it('refuses an agency already in another group of the campaign (409), naming the field and the agency', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: w.agencies.office.id, memberAgencyIds: [w.agencies.memberA.id] });
      expectError(res, 409, 'AGENCY_IN_OTHER_GROUP', 'memberAgencyIds');
      expect(res.body.error.fields[0].vi).toBe('Ban Tổ chức Huyện ủy đã thuộc Nhóm 1');
      expect(res.body.error.fields[0].en).toBe('Ban Tổ chức Huyện ủy is already in Nhóm 1');
      const lead = await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: w.agencies.leadB.id, memberAgencyIds: [] });
      expectError(lead, 409, 'AGENCY_IN_OTHER_GROUP', 'leadAgencyId');
      expect(lead.body.error.fields[0].vi).toContain('Phòng Kinh tế - Hạ tầng');
    });
  });

  it('says that an agency assigned directly works its own road, rather than that it is "already in" its own name', async () => {
    const command = await makeAgency(t.db, { name: 'Ban chỉ huy Quân sự huyện', staffCount: 32 });
    await agencyTeam({ db: t.db, actor: null, ip: 'test' }, w.campaign.id, command.id);
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: w.agencies.office.id, memberAgencyIds: [command.id] });
      expectError(res, 409, 'AGENCY_IN_OTHER_GROUP', 'memberAgencyIds');
      expect(res.body.error.fields[0]).toMatchObject({
        vi: 'Ban chỉ huy Quân sự huyện được giao trực tiếp, làm tuyến đường riêng: không xếp vào nhóm',
        en: 'Ban chỉ huy Quân sự huyện works its own road (assigned directly): it joins no group',
      });
    });
  });

  it('lets an agency be in groups of two different campaigns', async () => {
    const other = await makeCampaign(t.db, { districtId: w.units.district.id, name: 'Chiến dịch 2022', startDate: '2022-03-05', endDate: '2022-06-25' });
    const res = await (await t.as('coordinator')).post('/api/v1/groups', {
      campaignId: other.id, name: 'Nhóm 1', leadAgencyId: w.agencies.memberA.id, memberAgencyIds: [w.agencies.leadA.id, w.agencies.leadB.id],
    });
    expect(res.status).toBe(201);
    expect(memberIds(res.body)).toEqual([w.agencies.leadA.id, w.agencies.memberA.id, w.agencies.leadB.id].sort((a, b) => a - b));
  });

  it('always makes the lead a member, and audits the creation', async () => {
    const tuPhap = await makeAgency(t.db, { name: 'Phòng Tư pháp', staffCount: 5 });
    const res = await (await t.as('coordinator')).post('/api/v1/groups', { campaignId: w.campaign.id, name: 'Nhóm 3', leadAgencyId: tuPhap.id, memberAgencyIds: [w.agencies.office.id] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Nhóm 3', leadAgency: { id: tuPhap.id }, staffTotal: 15, members: [{ id: tuPhap.id, isLead: true }, { isLead: false }] });
    expect(res.body.ordinal).toBeGreaterThan(0);
    const [audit] = await auditRows(t.db, 'group', res.body.id);
    expect(audit).toMatchObject({ action: 'create', user_id: w.users.coordinator.id, summary: 'Nhóm 3' });
    expect((audit.after as { members: unknown[] }).members).toHaveLength(2);
  });
});

describe('PATCH /groups/{id}', () => {
  it('refuses the group lead (groups are the office\'s), and writes nothing', async () => {
    const c = await t.as('group_lead');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/groups/${w.groups.groupA.id}`, { name: 'Nhóm Một' }), 403, 'FORBIDDEN');
    });
  });

  it('keeps the lead a member even when the new member list leaves it out', async () => {
    const c = await t.as('coordinator');
    const res = await c.patch(`/api/v1/groups/${w.groups.groupA.id}`, { memberAgencyIds: [w.agencies.office.id] });
    expect(res.status).toBe(200);
    expect(memberIds(res.body)).toEqual([w.agencies.office.id, w.agencies.leadA.id].sort((a, b) => a - b));
    // The agency dropped from group A is free to join group B now.
    expect((await c.patch(`/api/v1/groups/${w.groups.groupB.id}`, { memberAgencyIds: [w.agencies.memberB.id, w.agencies.memberA.id] })).status).toBe(200);
    // Changing the lead keeps the old lead as a member.
    const lead = await c.patch(`/api/v1/groups/${w.groups.groupA.id}`, { leadAgencyId: w.agencies.office.id });
    expect(lead.body.members.find((m: { isLead: boolean }) => m.isLead).id).toBe(w.agencies.office.id);
    expect(memberIds(lead.body)).toContain(w.agencies.leadA.id);
  });

  it('refuses moving in an agency of another group (409), and the group stays as it was', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const res = await c.patch(`/api/v1/groups/${w.groups.groupA.id}`, { memberAgencyIds: [w.agencies.memberA.id, w.agencies.memberB.id] });
      expectError(res, 409, 'AGENCY_IN_OTHER_GROUP', 'memberAgencyIds');
      expect(res.body.error.fields[0].vi).toContain('Trung tâm Văn hóa - Thông tin và Du lịch');
    });
    expect(memberIds((await c.get(`/api/v1/groups/${w.groups.groupA.id}`)).body)).toEqual([w.agencies.leadA.id, w.agencies.memberA.id].sort((a, b) => a - b));
  });

  it('refuses a stale If-Match (412) and keeps the newer change; audits before and after', async () => {
    const c = await t.as('coordinator');
    const etag = (await c.get(`/api/v1/groups/${w.groups.groupB.id}`)).headers.get('etag')!;
    expect((await c.patch(`/api/v1/groups/${w.groups.groupB.id}`, { name: 'Nhóm Hai' }, { 'if-match': etag })).status).toBe(200);
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/groups/${w.groups.groupB.id}`, { name: 'Nhóm 2 cũ' }, { 'if-match': etag }), 412, 'STALE_VERSION');
    });
    expect((await c.get(`/api/v1/groups/${w.groups.groupB.id}`)).body.name).toBe('Nhóm Hai');
    const [audit] = await auditRows(t.db, 'group', w.groups.groupB.id);
    expect(audit).toMatchObject({ action: 'update', before: { name: 'Nhóm 2' }, after: { name: 'Nhóm Hai' } });
  });
});
