// /campaigns: list, create, edit; add and remove campaign days.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { getCampaign, listCampaigns } from './campaigns.repository.js';
import { presentCampaign } from './campaigns.presenter.js';
import { CampaignCreate, CampaignDayInput, CampaignOut, CampaignUpdate, IsoDate } from './campaigns.schema.js';
import { addCampaignDay, removeCampaignDay } from './commands/campaign-days.js';
import { createCampaign, updateCampaign } from './commands/save-campaign.js';

const tags = ['campaigns'];
const DayParam = IdParam.extend({ day: IsoDate.openapi({ param: { name: 'day', in: 'path' } }) });

export const campaignsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns', tags, summary: 'List campaigns, newest first',
    request: { query: z.object({ q: z.string().max(200).optional() }) },
    responses: { 200: jsonContent(z.object({ items: z.array(CampaignOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'campaigns.read');
    const rows = await listCampaigns(c.var.db, c.req.valid('query'));
    return c.json({ items: rows.map((r) => presentCampaign(r, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}', tags, summary: 'One campaign with its communes and days', request: { params: IdParam },
    responses: { 200: jsonContent(CampaignOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'campaigns.read');
    const row = await getCampaign(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentCampaign(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns', tags, summary: 'Create a campaign (its Saturdays become campaign days)', request: { body: jsonBody(CampaignCreate) },
    responses: { 201: jsonContent(CampaignOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'campaigns.write');
    const campaign = await createCampaign(ctxOf(c), c.req.valid('json'));
    setEtag(c, campaign.version);
    return c.json(campaign, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/campaigns/{id}', tags, summary: 'Change a campaign', request: { params: IdParam, body: jsonBody(CampaignUpdate) },
    responses: { 200: jsonContent(CampaignOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'campaigns.write');
    const campaign = await updateCampaign(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, campaign.version);
    return c.json(campaign, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/days', tags, summary: 'Add a campaign day', request: { params: IdParam, body: jsonBody(CampaignDayInput) },
    responses: { 201: jsonContent(CampaignOut, 'Added'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'campaigns.write');
    const { day, note } = c.req.valid('json');
    return c.json(await addCampaignDay(ctxOf(c), c.req.valid('param').id, day, note ?? null), 201);
  })
  .openapi(createRoute({
    method: 'delete', path: '/campaigns/{id}/days/{day}', tags, summary: 'Remove a campaign day', request: { params: DayParam },
    responses: { 200: jsonContent(CampaignOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'campaigns.write');
    const { id, day } = c.req.valid('param');
    return c.json(await removeCampaignDay(ctxOf(c), id, day), 200);
  });
