// Equipment (mixers and others): requests and answers.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';

const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-10-02' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const EquipmentCreate = z.object({
  unitId: z.number().int().positive().openapi({ description: 'The commune holding it' }),
  kind: z.enum(['mixer', 'other']),
  name: z.string().trim().min(1).max(120).openapi({ example: 'Máy trộn bê tông 250 lít số 1' }),
  drumLitres: z.number().int().positive().max(5000).nullable().optional().openapi({ description: 'Drum (batch) size in litres; required for a mixer', example: 250 }),
  origin: z.enum(['purchased', 'lent']),
  lender: optionalText(200).openapi({ description: 'Who lent it (required when lent)' }),
  note: optionalText(500),
}).refine((v) => v.kind !== 'mixer' || !!v.drumLitres, { path: ['drumLitres'], message: 'Required for a mixer' })
  .refine((v) => v.origin !== 'lent' || !!v.lender, { path: ['lender'], message: 'Required when lent' })
  .openapi('EquipmentCreate');

export const EquipmentUpdate = z.object({
  status: z.enum(['working', 'broken']).optional(),
  unitId: z.number().int().positive().optional().openapi({ description: 'Hand it to another commune (office only)' }),
  note: optionalText(500),
}).openapi('EquipmentUpdate');

export const BookingCreate = z.object({
  day: IsoDate,
  roadId: z.number().int().positive().nullable().optional(),
  segmentId: z.number().int().positive().nullable().optional(),
  place: optionalText(200),
  note: optionalText(500),
}).refine((v) => !!(v.roadId || v.segmentId || v.place), { path: ['place'], message: 'Say where: a road, a segment or a place' }).openapi('EquipmentBooking');

const Ref = z.object({ id: z.number(), name: z.string() });
export const EquipmentOut = z.object({
  id: z.number(), commune: Ref, kind: z.enum(['mixer', 'other']), name: z.string(), drumLitres: z.number().nullable(),
  origin: z.enum(['purchased', 'lent']), lender: z.string().nullable(), fundEntryId: z.number().nullable(), status: z.enum(['working', 'broken']),
  note: z.string().nullable(), bookings: z.array(z.object({ day: z.string(), roadId: z.number().nullable(), segmentId: z.number().nullable(), place: z.string().nullable() })),
  actions: z.array(z.enum(['edit', 'book'])), version: z.number(),
}).openapi('Equipment');

export type EquipmentInput = z.infer<typeof EquipmentCreate>;
