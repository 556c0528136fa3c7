// Administrative units: a tree of any depth (province → district → commune/town → village), so
// the 2025 shape without districts fits as well as the 2021 one.
import { z } from '@hono/zod-openapi';

export const UNIT_LEVELS = ['province', 'district', 'commune', 'town', 'ward', 'village'] as const;

export const UnitCreate = z.object({
  parentId: z.number().int().positive().nullable().openapi({ description: 'The unit above; null for a top-level unit' }),
  level: z.enum(UNIT_LEVELS).openapi({ description: 'tỉnh, huyện, xã, thị trấn, phường or thôn/bản' }),
  name: z.string().trim().min(1).max(200).openapi({ example: 'Tân Nam' }),
  code: z.string().trim().min(1).max(20).regex(/^[A-Za-z0-9_-]+$/).nullable().optional().openapi({ description: 'Official code (mã đơn vị hành chính)', example: '02944' }),
}).openapi('UnitCreate');

export const UnitUpdate = UnitCreate.partial().openapi('UnitUpdate');

export const UnitOut = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  level: z.enum(UNIT_LEVELS),
  name: z.string(),
  code: z.string().nullable(),
  path: z.array(z.string()).openapi({ description: 'Names from the top unit down to this one' }),
  childCount: z.number(),
  actions: z.array(z.enum(['edit', 'addChild'])).openapi({ description: 'What the signed-in user may do with this unit' }),
  version: z.number(),
}).openapi('Unit');

export const UnitQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Search, case- and accent-insensitive' }),
  parentId: z.coerce.number().int().positive().optional(),
  level: z.enum(UNIT_LEVELS).optional(),
});

export type UnitCreateInput = z.infer<typeof UnitCreate>;
export type UnitUpdateInput = z.infer<typeof UnitUpdate>;
