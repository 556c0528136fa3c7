// /equipment: list, add, change status or holder, and book a place for a day.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { bookEquipment, createEquipment, listEquipment, presentEquipment, updateEquipment } from './equipment.js';
import { BookingCreate, EquipmentCreate, EquipmentOut, EquipmentUpdate } from './equipment.schema.js';

const tags = ['equipment'];

export const equipmentRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/equipment', tags, summary: 'Equipment, with bookings (a commune user sees its own)',
    request: { query: z.object({ unitId: z.coerce.number().int().positive().optional() }) },
    responses: { 200: jsonContent(z.object({ items: z.array(EquipmentOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.read');
    const scope = actor.role === 'commune' ? (actor.unitId ?? -1) : null;
    const unitId = c.req.valid('query').unitId;
    if (scope !== null && unitId && unitId !== scope) throw new AppError('FORBIDDEN');
    return c.json({ items: (await listEquipment(c.var.db, { unitId: scope ?? unitId })).map((e) => presentEquipment(e, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/equipment', tags, summary: 'Add equipment (lent; purchases come from the fund)', request: { body: jsonBody(EquipmentCreate) },
    responses: { 201: jsonContent(EquipmentOut, 'Created'), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.record');
    const row = await createEquipment(ctxOf(c), c.req.valid('json'));
    setEtag(c, row.version);
    return c.json(presentEquipment(row, actor), 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/equipment/{id}', tags, summary: 'Mark working or broken, hand over, note', request: { params: IdParam, body: jsonBody(EquipmentUpdate) },
    responses: { 200: jsonContent(EquipmentOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.record');
    const row = await updateEquipment(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, row.version);
    return c.json(presentEquipment(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/equipment/{id}/bookings', tags, summary: 'Where the equipment is on a day (one place per day)', request: { params: IdParam, body: jsonBody(BookingCreate) },
    responses: { 201: jsonContent(EquipmentOut, 'Booked'), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.record');
    return c.json(presentEquipment(await bookEquipment(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), actor), 201);
  });
