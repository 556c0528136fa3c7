// /stock: receipts (each a lot), transfers, issues, adjustments, returns and reversals; stock on
// hand; lots with their inspections and movement history; inspections by the inspector.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { inspectLot } from './commands/inspect-lot.js';
import { adjustStock, issueStock, returnStock, transferStock } from './commands/move-stock.js';
import { receiveLot } from './commands/receive-lot.js';
import { reverseMovement } from './commands/reverse-movement.js';
import { stockScope } from './materials.policy.js';
import { presentInspection, presentLot, presentMovement } from './materials.presenter.js';
import { getLot, listInspections, listLots, listMaterials, listMovements } from './materials.repository.js';
import {
  AdjustmentCreate, InspectionCreate, InspectionOut, IssueCreate, LotOut, MovementOut, OnHandOut, ReceiptCreate, ReturnCreate, ReverseMovement,
  StockQuery, TransferCreate,
} from './materials.schema.js';
import { stockOnHand } from './stock-queries.js';

const tags = ['materials'];
const LotHistory = z.object({ lot: LotOut, inspections: z.array(InspectionOut), movements: z.array(MovementOut) }).openapi('StockLotHistory');
const MovementWithWarning = MovementOut.extend({ warning: z.string().nullable().openapi({ description: 'Set when an issue from a lot not yet inspected was allowed by the campaign setting' }) });

async function lotJson(c: Context<AppEnv>, id: number) {
  return presentLot((await getLot(c.var.db, id))!, await listMaterials(c.var.db), c.var.actor!);
}

function withWarning(m: ReturnType<typeof presentMovement>) {
  return { ...m, warning: m.flaggedUnpassed ? 'Xuất từ lô chưa được kiểm tra: đã đánh dấu để báo cáo (issued from a lot not yet inspected: flagged)' : null };
}

const move = <T extends z.ZodType>(path: string, summary: string, body: T) => createRoute({
  method: 'post', path, tags, summary, request: { body: jsonBody(body) },
  responses: { 201: jsonContent(MovementWithWarning, 'Recorded'), ...errorResponses },
});

export const stockRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/stock', tags, summary: 'Stock on hand per point, material and lot, with totals by lot status',
    request: { query: StockQuery }, responses: { 200: jsonContent(OnHandOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.read');
    const q = c.req.valid('query');
    const scope = stockScope(actor);
    if (scope !== null && q.unitId && q.unitId !== scope) throw new AppError('FORBIDDEN');
    return c.json(await stockOnHand(c.var.db, actor, { ...q, unitId: scope ?? q.unitId }), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/stock/lots', tags, summary: 'Lots, newest first',
    request: { query: StockQuery.pick({ unitId: true, materialCode: true, status: true }) },
    responses: { 200: jsonContent(z.object({ items: z.array(LotOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.read');
    const q = c.req.valid('query');
    const scope = stockScope(actor);
    if (scope !== null && q.unitId && q.unitId !== scope) throw new AppError('FORBIDDEN');
    const materials = await listMaterials(c.var.db);
    return c.json({ items: (await listLots(c.var.db, { ...q, unitId: scope ?? q.unitId })).map((l) => presentLot(l, materials, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/stock/lots/{id}', tags, summary: 'A lot with its inspections and every movement', request: { params: IdParam },
    responses: { 200: jsonContent(LotHistory), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.read');
    const { id } = c.req.valid('param');
    const lot = await getLot(c.var.db, id);
    const scope = stockScope(actor);
    if (!lot || (scope !== null && lot.unit_id !== scope)) throw new AppError('NOT_FOUND');
    return c.json({
      lot: await lotJson(c, id),
      inspections: (await listInspections(c.var.db, id)).map(presentInspection),
      movements: (await listMovements(c.var.db, { lotId: id })).map(presentMovement),
    }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/stock/receipts', tags, summary: 'Receive a lot at a staging point (state supply, donation; purchases come from the fund)',
    request: { body: jsonBody(ReceiptCreate) }, responses: { 201: jsonContent(LotOut, 'Received'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'stock.record');
    const lot = await receiveLot(ctxOf(c), c.req.valid('json'));
    return c.json(await lotJson(c, lot.id), 201);
  })
  .openapi(move('/stock/transfers', 'Move stock of a lot between two points of the commune', TransferCreate), async (c) => {
    authorise(c, 'stock.record');
    return c.json(withWarning(presentMovement(await transferStock(ctxOf(c), c.req.valid('json')))), 201);
  })
  .openapi(move('/stock/issues', 'Issue stock of a lot to a segment or workday (passed lots only, unless the campaign says warn)', IssueCreate), async (c) => {
    authorise(c, 'stock.record');
    return c.json(withWarning(presentMovement(await issueStock(ctxOf(c), c.req.valid('json')))), 201);
  })
  .openapi(move('/stock/adjustments', 'Count adjustment with a reason', AdjustmentCreate), async (c) => {
    authorise(c, 'stock.record');
    return c.json(withWarning(presentMovement(await adjustStock(ctxOf(c), c.req.valid('json')))), 201);
  })
  .openapi(move('/stock/returns', 'Return unused material issued from a lot back to a point', ReturnCreate), async (c) => {
    authorise(c, 'stock.record');
    return c.json(withWarning(presentMovement(await returnStock(ctxOf(c), c.req.valid('json')))), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/stock/movements/{id}/reverse', tags, summary: 'Reverse a movement with a reason (once)',
    request: { params: IdParam, body: jsonBody(ReverseMovement) }, responses: { 201: jsonContent(MovementWithWarning, 'The reversing movement'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'stock.record');
    return c.json(withWarning(presentMovement(await reverseMovement(ctxOf(c), c.req.valid('param').id, c.req.valid('json')))), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/stock/lots/{id}/inspections', tags, summary: 'Record an inspection of a lot: pass or fail (a failed lot is quarantined)',
    request: { params: IdParam, body: jsonBody(InspectionCreate) }, responses: { 201: jsonContent(InspectionOut, 'Recorded'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'inspection.record');
    return c.json(presentInspection(await inspectLot(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))), 201);
  });
