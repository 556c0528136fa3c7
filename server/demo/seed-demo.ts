// Fills an empty database with the demo district, through the same use-cases the API calls, so
// the demo obeys every rule and its creation is in the audit log. Never runs in production.
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../../domain/roles.js';
import type { FileStore } from '../files/store.js';
import type { RequestContext } from '../http/context.js';
import { createAgency } from '../modules/agencies/index.js';
import { createCampaign } from '../modules/campaigns/index.js';
import { createGroup } from '../modules/groups/index.js';
import { createUnit } from '../modules/units/index.js';
import { createUser } from '../modules/users/index.js';
import type { Database } from '../db/schema.js';
import * as demo from './demo-data.js';
import { seedDemoDirectives } from './seed-demo-directives.js'; // directives and media (issue 8)
import { seedDemoPlans } from './seed-demo-plans.js'; // plans (issue 6)
import { saveIssuer } from '../modules/issuer/index.js';
import { seedDemoRoads } from './seed-demo-roads.js'; // roads and segments (issue 3)
import { seedDemoEarlyWorkdays } from './seed-demo-early-workdays.js'; // the campaign's first Saturdays (issue 14)
import { seedDemoFund } from './seed-demo-fund.js'; // fund (issue 5)
import { seedDemoFundReport } from './seed-demo-fund-report.js'; // the fund report to the Standing Committee (issue 18)
import { seedDemoMaterials } from './seed-demo-materials.js'; // materials (issue 4)
import { seedDemoNotifications } from './seed-demo-notifications.js'; // notifications (issue 9)
import { seedDemoWorkdays } from './seed-demo-workdays.js'; // workdays and reports (issue 7)
import { seedDemoBroadcasts } from './seed-demo-broadcasts.js'; // broadcasts on the provincial station (issue 18)
import { seedDemoPeople, seedDemoRecipients } from './seed-demo-people.js'; // people's contributions, directive recipients (issue 18)

export async function isDemoSeeded(db: Kysely<Database>): Promise<boolean> {
  return !!(await db.selectFrom('settings').select('key').where('key', '=', 'demo').executeTakeFirst());
}

/** Creates the demo district; with the server's file store, the demo workdays get their photos too. */
export async function seedDemo(db: Kysely<Database>, opts: { files?: FileStore } = {}): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo data is never created in production (NODE_ENV=production).');
  await db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()) {
      throw new Error('The database already has users: the demo is only seeded into an empty database.');
    }
    const ctx: RequestContext = { db: trx, actor: null, ip: 'seed-demo' };
    const admin = await createUser(ctx, { username: 'admin', displayName: demo.USERS[0].displayName, password: demo.DEMO_PASSWORD, role: 'admin' });
    ctx.actor = { userId: admin.id, role: 'admin', agencyId: null, unitId: null } satisfies Actor;

    const province = await createUnit(ctx, { parentId: null, level: 'province', name: demo.PROVINCE.name, code: demo.PROVINCE.code });
    const district = await createUnit(ctx, { parentId: province.id, level: 'district', name: demo.DISTRICT.name, code: demo.DISTRICT.code });
    const communeIds = new Map<string, number>();
    communeIds.set(demo.TOWN, (await createUnit(ctx, { parentId: district.id, level: 'town', name: demo.TOWN })).id);
    for (const name of demo.COMMUNES) communeIds.set(name, (await createUnit(ctx, { parentId: district.id, level: 'commune', name })).id);
    for (const [commune, villages] of Object.entries(demo.VILLAGES)) {
      for (const name of villages) await createUnit(ctx, { parentId: communeIds.get(commune)!, level: 'village', name });
    }

    const agencyIds = new Map<string, number>();
    for (const [name, shortName, staffCount] of [...demo.GROUPS.flatMap((g) => g.agencies), ...demo.OTHER_AGENCIES]) {
      agencyIds.set(name, (await createAgency(ctx, { name, shortName, staffCount, districtId: district.id })).id);
    }

    const campaign = await createCampaign(ctx, {
      ...demo.CAMPAIGN, districtId: district.id, criterionNo: 2,
      communeIds: [communeIds.get('Tân Nam')!, communeIds.get('Yên Thành')!],
    });
    for (const [i, g] of demo.GROUPS.entries()) {
      const ids = g.agencies.map(([name]) => agencyIds.get(name)!);
      await createGroup(ctx, { campaignId: campaign.id, name: g.name, ordinal: i + 1, leadAgencyId: ids[0], memberAgencyIds: ids });
    }

    for (const u of demo.USERS.slice(1)) {
      await createUser(ctx, {
        username: u.username, displayName: u.displayName, password: demo.DEMO_PASSWORD, role: u.role as Role,
        agencyId: u.agency ? agencyIds.get(u.agency)! : null, unitId: u.commune ? communeIds.get(u.commune)! : null,
      });
    }
    // Who issues the office's documents, with its signers (names are illustrative).
    await saveIssuer(ctx, {
      place: demo.DISTRICT.name,
      state: { parent: `UBND HUYỆN ${demo.DISTRICT.name}`, name: 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI', abbreviation: 'VPĐP',
        signerAuthority: '', signerTitle: 'Chánh Văn phòng', signerName: 'Hoàng Thị Điều (demo)' },
      party: { parent: `ĐẢNG BỘ TỈNH ${demo.PROVINCE.name}`, name: `HUYỆN ỦY ${demo.DISTRICT.name}`, abbreviation: 'HU',
        signerAuthority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'Phó Bí thư', signerName: 'Lương Văn Đoàn (demo)' },
    }); // the documents' issuer (issue 16)
    await seedDemoRoads(ctx); // roads and segments (issue 3)
    await seedDemoEarlyWorkdays(ctx, { campaignId: campaign.id, files: opts.files }); // the campaign's first Saturdays: every finished segment has its workdays (issue 14)
    await seedDemoFund(ctx, { campaignId: campaign.id }); // fund (issue 5)
    await seedDemoMaterials(ctx); // materials (issue 4)
    await seedDemoNotifications(ctx, { campaignId: campaign.id }); // notifications (issue 9)
    await seedDemoDirectives(ctx, { campaignId: campaign.id }); // directives and media (issue 8)
    await seedDemoBroadcasts(ctx); // the September reportage aired on the provincial station (issue 18)
    await seedDemoPlans(ctx, { campaignId: campaign.id }); // plans, assignments, registrations (issue 6)
    await seedDemoWorkdays(ctx, { campaignId: campaign.id, files: opts.files }); // workdays and weekly reports (issue 7)
    await seedDemoPeople(ctx); // people's contributions (issue 18)
    await seedDemoRecipients(ctx); // the conclusion's recipients and who has read it (issue 18)
    await seedDemoFundReport(ctx); // September 2021's fund report, submitted (issue 18)
    await trx.insertInto('settings').values({ key: 'demo', value: JSON.stringify(true) }).execute();
  });
}

export function demoLoginsText(): string {
  const width = Math.max(...demo.USERS.map((u) => u.username.length));
  return [
    `Demo logins (password for all: ${demo.DEMO_PASSWORD}) — dữ liệu minh họa:`,
    ...demo.USERS.map((u) => `  ${u.username.padEnd(width)}  ${u.role}${u.agency ? ` — ${u.agency}` : u.commune ? ` — xã ${u.commune}` : ''}`),
  ].join('\n');
}
