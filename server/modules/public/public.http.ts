// /public: the transparency page's data without sign-in — progress map and totals per commune, the
// fund received by agency and spent by item, the people's contributions, photos of finished roads — cacheable with an ETag; and
// the photos themselves through a read-only route that serves only photos of accepted segments.
import { createRoute, z } from '@hono/zod-openapi';
import { EXPENSE_CATEGORIES } from '../../../domain/ledger.js';
import { SEGMENT_STATUSES } from '../../../domain/segment-status.js';
import { AppError } from '../../http/errors.js';
import { isNotModified } from '../../http/read-cache.js';
import { createRouter, errorResponses, IdParam, jsonContent } from '../../http/router.js';
import { buildPublicSummary } from '../fund/index.js';
import { campaignFund } from '../dashboard/index.js';
import { businessToday } from '../directives/index.js';
import { peopleSummary } from '../people/index.js';
import { figureSums } from '../workdays/index.js';
import { publicCampaign, publicPhoto, publicPhotos, publicRoads, publicSegments, publicSegmentSums } from './public.repository.js';
import { mapOf, totalsOf } from './public.presenter.js';

const tags = ['public'];
const Totals = z.object({
  roads: z.number(), roadKm: z.number(), finishedKm: z.number(), beforeKm: z.number(), acceptedKm: z.number(),
  lengthM: z.number(), volumeM3: z.number(), participants: z.number(), labourDays: z.number(),
}).openapi({ description: 'roads, roadKm; finishedKm and acceptedKm (segments poured on or after the campaign\'s first day), beforeKm (finished segments poured before it); lengthM, volumeM3, participants, labourDays (recorded workdays): domain/figures.ts' });
const Position = z.array(z.number()).openapi({ description: '[lon, lat] (WGS 84)' });
const Geometry = z.union([
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
]);
const MapOut = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'), geometry: Geometry,
    properties: z.object({
      kind: z.enum(['road', 'segment']), roadId: z.number(), name: z.string(), communeName: z.string(),
      status: z.enum(SEGMENT_STATUSES).optional().openapi({ description: 'A segment\'s' }), lengthM: z.number().optional().openapi({ description: 'A segment\'s' }),
    }),
  })).openapi({ description: 'Each road\'s line, then each segment\'s stretch of it' }),
  bbox: z.array(z.number()).nullable().openapi({ description: '[minLon, minLat, maxLon, maxLat] of all lines' }),
});
const FundOut = z.object({
  totals: z.object({ received: z.number(), allocated: z.number(), unallocated: z.number(), spent: z.number() }),
  agencies: z.array(z.object({ agency: z.string(), amount: z.number() })),
  namedContributors: z.array(z.object({ name: z.string(), agency: z.string(), amount: z.number() })).openapi({ description: 'Only those who agreed to be named' }),
  communes: z.array(z.object({ commune: z.string(), allocated: z.number(), spent: z.number(),
    items: z.array(z.object({ item: z.string(), category: z.enum(EXPENSE_CATEGORIES), quantity: z.number(), unit: z.string(), amount: z.number() })) })),
});
const PeopleTotals = z.object({ count: z.number(), cash: z.number(), inKindCount: z.number(), labourDays: z.number(), landM2: z.number(), landCount: z.number() });
export const PublicSummaryOut = z.object({
  asOf: z.string().openapi({ description: 'The date the figures are read on' }),
  campaign: z.object({ id: z.number(), name: z.string(), startDate: z.string(), endDate: z.string() }),
  totals: Totals,
  communes: z.array(Totals.extend({ commune: z.object({ id: z.number(), name: z.string() }) })),
  map: MapOut, fund: FundOut.nullable(),
  people: z.object({
    communes: z.array(z.object({ commune: z.string(), totals: PeopleTotals })),
    donors: z.array(z.object({ name: z.string(), commune: z.string(), village: z.string().nullable(), kind: z.string() })),
  }).openapi({ description: "The people's contributions per commune (cash, gifts in kind, labour-days, land given: domain/mobilisation.ts totalsOf); donors named only with their consent" }),
  photos: z.array(z.object({ id: z.number(), url: z.string(), phase: z.enum(['before', 'after']), day: z.string(), commune: z.string(), roads: z.string() })),
}).openapi('PublicSummary');

export const publicRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/public/summary', tags, security: [],
    summary: 'Public transparency summary of a campaign (default: the latest); no personal data; Cache-Control public with an ETag',
    request: { query: z.object({ campaign: z.coerce.number().int().positive().optional() }) },
    responses: { 200: jsonContent(PublicSummaryOut), 304: { description: 'Not modified' }, 404: errorResponses[404] },
  }), async (c) => {
    const db = c.var.db;
    const asOf = await businessToday(db);
    if (await isNotModified(c, { scope: 'public', maxAge: 300, parts: [asOf] })) return c.body(null, 304);
    const campaign = await publicCampaign(db, c.req.valid('query').campaign);
    if (!campaign) throw new AppError('NOT_FOUND');
    const roads = await publicRoads(db, campaign.id);
    // Totals from sums made by the database; single segments only for the roads drawn on the map.
    const sums = await publicSegmentSums(db, campaign.id);
    const segments = await publicSegments(db, roads.filter((r) => r.geometry && r.geometry_length_mm).map((r) => r.id));
    const fund = await campaignFund(db, campaign.id);
    const fundSummary = fund ? await buildPublicSummary(db, fund) : null;
    const work = await figureSums(db, { campaignId: campaign.id, status: 'recorded' }, ['commune_id']);
    const { communes, totals } = totalsOf(roads, sums, work);
    const people = await peopleSummary(db, null);
    const body = {
      asOf,
      campaign: { id: campaign.id, name: campaign.name, startDate: String(campaign.start_date), endDate: String(campaign.end_date) },
      totals, communes, map: mapOf(roads, segments),
      fund: fundSummary && { totals: fundSummary.totals, agencies: fundSummary.agencies.map((a) => ({ agency: a.agency.name, amount: a.amount })),
        namedContributors: fundSummary.namedContributors,
        communes: fundSummary.communes.map((x) => ({ commune: x.commune.name, allocated: x.allocated, spent: x.spent, items: x.items })) },
      people: {
        communes: people.communes.map((x) => ({ commune: x.name, totals: x.totals })),
        donors: people.donors.map((x) => ({ name: x.name, commune: x.commune, village: x.village, kind: x.kind })),
      },
      photos: (await publicPhotos(db, campaign.id)).map((p) => ({ id: p.id, url: `/api/v1/public/photos/${p.id}`, phase: p.phase, day: String(p.day).slice(0, 10), commune: p.commune_name, roads: p.roads ?? '' })),
    };
    return c.json(body, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/public/photos/{id}', tags, security: [], summary: 'A photo of a finished (accepted) road; any other photo is 404',
    request: { params: IdParam }, responses: { 200: { description: 'The image' }, 404: errorResponses[404] },
  }), async (c) => {
    const photo = await publicPhoto(c.var.db, c.req.valid('param').id);
    const data = photo?.display_key ? await c.var.deps.files.get(photo.display_key) : null;
    if (!photo || !data) throw new AppError('NOT_FOUND');
    return c.body(data as Uint8Array<ArrayBuffer>, 200, {
      'content-type': photo.display_mime ?? 'image/webp', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=86400',
    });
  });
