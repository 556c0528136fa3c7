// Factories build the records a test needs, straight into the database: each test states its own
// world and depends on no other test's leftovers.
import type { Kysely } from 'kysely';
import { searchKey } from '../../domain/text.js';
import type { Role } from '../../domain/roles.js';
import { saturdaysBetween } from '../../domain/dates.js';
import type { Database } from '../../server/db/schema.js';
import { hashPassword } from '../../server/security/passwords.js';

export const TEST_PASSWORD = 'test-password-1';
let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

let seq = 0;
const next = () => ++seq;

export async function makeUnit(db: Kysely<Database>, v: { name?: string; level?: Database['admin_units']['level']; parentId?: number | null; code?: string | null } = {}) {
  const name = v.name ?? `Đơn vị ${next()}`;
  return db.insertInto('admin_units').values({
    name, level: v.level ?? 'commune', parent_id: v.parentId ?? null, code: v.code ?? null, search_text: searchKey(name, v.code),
  }).returningAll().executeTakeFirstOrThrow();
}

/** A province → district → two communes (Tân Nam, Yên Thành) → a village in each. */
export async function makeDistrict(db: Kysely<Database>) {
  const province = await makeUnit(db, { name: 'Hà Giang', level: 'province' });
  const district = await makeUnit(db, { name: 'Quang Bình', level: 'district', parentId: province.id });
  const tanNam = await makeUnit(db, { name: 'Tân Nam', level: 'commune', parentId: district.id });
  const yenThanh = await makeUnit(db, { name: 'Yên Thành', level: 'commune', parentId: district.id });
  const villageTN = await makeUnit(db, { name: 'Thôn Nặm Khẳm', level: 'village', parentId: tanNam.id });
  const villageYT = await makeUnit(db, { name: 'Thôn Yên Sơn', level: 'village', parentId: yenThanh.id });
  return { province, district, tanNam, yenThanh, villageTN, villageYT };
}

export async function makeAgency(db: Kysely<Database>, v: { name?: string; staffCount?: number; districtId?: number | null; shortName?: string } = {}) {
  const name = v.name ?? `Cơ quan ${next()}`;
  return db.insertInto('agencies').values({
    name, short_name: v.shortName ?? null, staff_count: v.staffCount ?? 10, district_id: v.districtId ?? null,
    search_text: searchKey(name, v.shortName),
  }).returningAll().executeTakeFirstOrThrow();
}

export async function makeCampaign(db: Kysely<Database>, v: { districtId: number; communeIds?: number[]; name?: string; startDate?: string; endDate?: string }) {
  const name = v.name ?? `Chiến dịch ${next()}`;
  const startDate = v.startDate ?? '2021-09-11';
  const endDate = v.endDate ?? '2021-12-25';
  const c = await db.insertInto('campaigns').values({
    name, district_id: v.districtId, start_date: startDate, end_date: endDate, criterion_no: 2, search_text: searchKey(name),
  }).returningAll().executeTakeFirstOrThrow();
  if (v.communeIds?.length) await db.insertInto('campaign_communes').values(v.communeIds.map((unit_id) => ({ campaign_id: c.id, unit_id }))).execute();
  await db.insertInto('campaign_days').values(saturdaysBetween(startDate, endDate).map((day) => ({ campaign_id: c.id, day, note: null }))).execute();
  return c;
}

export async function makeGroup(db: Kysely<Database>, v: { campaignId: number; leadAgencyId: number; memberIds?: number[]; name?: string }) {
  const name = v.name ?? `Nhóm ${next()}`;
  const g = await db.insertInto('groups').values({
    campaign_id: v.campaignId, name, ordinal: next(), lead_agency_id: v.leadAgencyId, search_text: searchKey(name),
  }).returningAll().executeTakeFirstOrThrow();
  const members = [...new Set([v.leadAgencyId, ...(v.memberIds ?? [])])];
  await db.insertInto('group_members').values(members.map((agency_id) => ({ group_id: g.id, campaign_id: v.campaignId, agency_id }))).execute();
  return g;
}

export async function makeUser(db: Kysely<Database>, v: { role: Role; username?: string; agencyId?: number | null; unitId?: number | null; disabled?: boolean }) {
  const username = v.username ?? `${v.role}.${next()}`;
  return db.insertInto('users').values({
    username, display_name: `Người dùng ${username}`, password_hash: await passwordHash(), role: v.role,
    agency_id: v.agencyId ?? null, unit_id: v.unitId ?? null, disabled: v.disabled ?? false, search_text: searchKey(username),
  }).returningAll().executeTakeFirstOrThrow();
}

/**
 * A small world for endpoint tests: the district, a campaign on Tân Nam and Yên Thành, two groups
 * and one user per role (the commune user in Tân Nam, the group lead leading group A).
 */
export async function makeWorld(db: Kysely<Database>) {
  const units = await makeDistrict(db);
  const office = await makeAgency(db, { name: 'Văn phòng điều phối NTM', districtId: units.district.id });
  const leadA = await makeAgency(db, { name: 'Văn phòng Huyện ủy', staffCount: 18, districtId: units.district.id });
  const memberA = await makeAgency(db, { name: 'Ban Tổ chức Huyện ủy', staffCount: 9, districtId: units.district.id });
  const leadB = await makeAgency(db, { name: 'Phòng Kinh tế - Hạ tầng', staffCount: 11, districtId: units.district.id, shortName: 'KT-HT' });
  const memberB = await makeAgency(db, { name: 'Trung tâm Văn hóa - Thông tin và Du lịch', staffCount: 19, districtId: units.district.id });
  const campaign = await makeCampaign(db, { districtId: units.district.id, communeIds: [units.tanNam.id, units.yenThanh.id] });
  const groupA = await makeGroup(db, { campaignId: campaign.id, leadAgencyId: leadA.id, memberIds: [memberA.id], name: 'Nhóm 1' });
  const groupB = await makeGroup(db, { campaignId: campaign.id, leadAgencyId: leadB.id, memberIds: [memberB.id], name: 'Nhóm 2' });
  const users = {
    admin: await makeUser(db, { role: 'admin', username: 'admin' }),
    leader: await makeUser(db, { role: 'leader', username: 'leader', agencyId: leadA.id }),
    coordinator: await makeUser(db, { role: 'coordinator', username: 'coordinator', agencyId: office.id }),
    inspector: await makeUser(db, { role: 'inspector', username: 'inspector', agencyId: leadB.id }),
    media: await makeUser(db, { role: 'media', username: 'media', agencyId: memberB.id }),
    agency: await makeUser(db, { role: 'agency', username: 'agency', agencyId: memberA.id }),
    group_lead: await makeUser(db, { role: 'group_lead', username: 'group_lead', agencyId: leadA.id }),
    commune: await makeUser(db, { role: 'commune', username: 'commune.tannam', unitId: units.tanNam.id }),
    commune2: await makeUser(db, { role: 'commune', username: 'commune.yenthanh', unitId: units.yenThanh.id }),
  };
  return { units, agencies: { office, leadA, memberA, leadB, memberB }, campaign, groups: { groupA, groupB }, users };
}
export type World = Awaited<ReturnType<typeof makeWorld>>;
