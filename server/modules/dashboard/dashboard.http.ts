// /dashboard: everything the leadership page needs in one request, and the segment drill-down
// (a segment → the workdays that poured it → their photos). Roads of a commune and segments of a
// road come from the roads module's own endpoints (/roads?communeId, /roads/{id}).
import { createRoute, z } from '@hono/zod-openapi';
import { addDays } from '../../../domain/dates.js';
import { AppError } from '../../http/errors.js';
import { isNotModified } from '../../http/read-cache.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonContent } from '../../http/router.js';
import { businessToday } from '../directives/index.js';
import { figureSums } from '../workdays/index.js';
import { DashboardOut, SegmentDrillOut } from './dashboard.schema.js';
import { campaignDays, findCampaign, roadsPerCommune, segmentSums, photosOfWorkdays, segmentOne, workdaysOfSegment } from './dashboard.repository.js';
import { communesSection, figureCuts, fundSection, lateTasksSection, nextPlanSection, rankingSection, reportsSection, roadFigures, roadFiguresOn, weeklySeries, workSection } from './sections.js';

const tags = ['dashboard'];
const DashboardQuery = z.object({ campaignId: z.coerce.number().int().positive().optional().openapi({ description: 'Default: the latest campaign' }) });

export const dashboardRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/dashboard', tags, summary: 'The leadership dashboard in one request; a section whose source has no data says available: false',
    request: { query: DashboardQuery }, responses: { 200: jsonContent(DashboardOut), 304: { description: 'Not modified (ETag: data version, business date)' }, ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'dashboard.read');
    const db = c.var.db;
    // The business date and the minute are in the tag: the reporting rate counts the weeks whose
    // deadline (a time of day) has passed, which changes with no write.
    if (await isNotModified(c, { parts: [await businessToday(db), new Date().toISOString().slice(0, 16)] })) return c.body(null, 304);
    const campaign = await findCampaign(db, c.req.valid('query').campaignId);
    if (!campaign) throw new AppError('NOT_FOUND');
    const today = await businessToday(db);
    const days = await campaignDays(db, campaign.id);
    const lastDay = days.filter((d) => d <= today).at(-1) ?? null;
    // The segments and the workday figures added up in the database (per commune, status and day);
    // every section below counts these rows through domain/figures.ts.
    const start = String(campaign.start_date).slice(0, 10);
    const segments = await segmentSums(db, campaign.id, figureCuts(days, today, lastDay, start));
    const work = await figureSums(db, { campaignId: campaign.id, to: today }, ['commune_id', 'day']);
    const [fund, reports] = [await fundSection(db, campaign.id), await reportsSection(db, campaign.id)];
    return c.json({
      campaign: { id: campaign.id, name: campaign.name, startDate: String(campaign.start_date), endDate: String(campaign.end_date) },
      today, lastDay,
      headline: {
        campaign: { roads: roadFigures(segments, today, start), work: workSection(work), fund, reports },
        lastDay: lastDay ? { day: lastDay, roads: roadFiguresOn(segments, lastDay, start), work: workSection(work.filter((w) => w.day === lastDay)) } : null,
      },
      communes: await communesSection(ctxOf(c), { id: campaign.id, start }, segments, work, await roadsPerCommune(db, campaign.id), today),
      weeks: weeklySeries(segments, work, days, today, start),
      lateTasks: await lateTasksSection(db, today),
      ranking: await rankingSection(db, campaign.id),
      nextPlan: await nextPlanSection(db, actor, campaign, addDays(today, 1)),
    }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/dashboard/segments/{id}', tags, summary: 'Drill-down: a segment, the workdays that poured it and their photos',
    request: { params: IdParam }, responses: { 200: jsonContent(SegmentDrillOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'dashboard.read');
    const s = await segmentOne(c.var.db, c.req.valid('param').id);
    if (!s) throw new AppError('NOT_FOUND');
    const workdays = await workdaysOfSegment(c.var.db, s.id);
    const photos = await photosOfWorkdays(c.var.db, workdays.map((w) => w.id));
    return c.json({
      segment: { id: s.id, label: s.label, fromM: s.from_mm / 1000, toM: s.to_mm / 1000, lengthM: (s.to_mm - s.from_mm) / 1000, status: s.status,
        pouredOn: s.poured_on ? String(s.poured_on).slice(0, 10) : null, acceptedOn: s.accepted_on ? String(s.accepted_on).slice(0, 10) : null,
        road: { id: s.road_id, name: s.road_name }, commune: { id: s.commune_id, name: s.commune_name } },
      workdays: workdays.map((w) => ({ id: w.id, day: String(w.day).slice(0, 10), status: w.status, group: w.group_name, lengthM: w.length_mm / 1000,
        volumeM3: w.litres / 1000, officials: Number(w.officials), people: w.people_full + w.people_half,
        photos: photos.filter((p) => p.workday_id === w.id).map((p) => ({ id: p.id, phase: p.phase, side: p.side, url: `/api/v1/workday-photos/${p.id}/display` })) })),
    }, 200);
  });
