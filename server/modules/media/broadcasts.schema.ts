// Broadcasts on a station (issue 18): request and response shapes.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { BROADCAST_STATUSES, MEDIA_TYPES, PROVINCIAL_STATION } from '../../../domain/media.js';

const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-28' });
const Url = z.url({ protocol: /^https?$/ }).max(2000);

export const BroadcastSend = z.object({
  station: z.string().trim().min(3).max(200).openapi({ example: PROVINCIAL_STATION, description: 'The station the item was sent to' }),
  sentOn: IsoDate.openapi({ description: 'The day it was sent, not in the future' }),
  note: z.string().trim().max(2000).nullish(),
}).openapi('BroadcastSend');

export const BroadcastOutcome = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('aired'),
    airedOn: IsoDate.openapi({ description: 'The broadcast day: not before it was sent, not in the future' }),
    url: Url.nullish().openapi({ example: 'https://hagiangtv.example/phong-su/ngay-thu-bay', description: "The broadcast's link" }),
  }),
  z.object({
    outcome: z.literal('not_aired'),
    explanation: z.string().trim().min(5).max(2000).openapi({ example: 'Đài chưa bố trí được thời lượng trong tháng 9' }),
  }),
]).openapi('BroadcastOutcome');

export const BroadcastQuery = z.object({
  status: z.enum(BROADCAST_STATUSES).optional(),
  mediaItemId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional().openapi({ description: 'Sent on or after' }),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export const BroadcastOut = z.object({
  id: z.number(),
  item: z.object({ id: z.number(), title: z.string(), type: z.enum(MEDIA_TYPES), publishedOn: z.string(), url: z.string() }),
  station: z.string(), sentOn: z.string(), status: z.enum(BROADCAST_STATUSES),
  airedOn: z.string().nullable(), airedUrl: z.string().nullable(), explanation: z.string().nullable(), note: z.string().nullable(),
  task: z.object({ instanceId: z.number(), directiveId: z.number(), description: z.string(), dueOn: z.string(), onTime: z.boolean().nullable() })
    .nullable().openapi({ description: "The monthly reportage task instance this broadcast's outcome completed" }),
  sentBy: z.object({ id: z.number(), displayName: z.string() }).nullable(),
  actions: z.array(z.enum(['outcome'])),
  version: z.number(),
}).openapi('Broadcast');

export type BroadcastSendInput = z.infer<typeof BroadcastSend>;
export type BroadcastOutcomeInput = z.infer<typeof BroadcastOutcome>;
export type BroadcastQueryInput = z.infer<typeof BroadcastQuery>;
