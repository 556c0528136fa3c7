// Agency groups (nhóm cơ quan, đơn vị) of a campaign: a lead agency and its members.
import { z } from '@hono/zod-openapi';

export const GroupCreate = z.object({
  campaignId: z.number().int().positive(),
  name: z.string().trim().min(1).max(120).openapi({ example: 'Nhóm 1' }),
  ordinal: z.number().int().min(0).max(10_000).optional().openapi({ description: 'Order in lists (I, II, …)' }),
  leadAgencyId: z.number().int().positive().openapi({ description: 'Cơ quan trưởng nhóm; always a member' }),
  memberAgencyIds: z.array(z.number().int().positive()).max(200).openapi({ description: 'Member agencies; an agency is in at most one group per campaign' }),
}).openapi('GroupCreate');

export const GroupUpdate = GroupCreate.omit({ campaignId: true }).partial().openapi('GroupUpdate');

export const GroupOut = z.object({
  id: z.number(),
  campaignId: z.number(),
  name: z.string(),
  kind: z.enum(['group', 'agency']).openapi({ description: "'agency': one agency assigned work on its own (a group of one, named as the agency)" }),
  ordinal: z.number(),
  leadAgency: z.object({ id: z.number(), name: z.string() }),
  members: z.array(z.object({ id: z.number(), name: z.string(), shortName: z.string().nullable(), staffCount: z.number(), isLead: z.boolean() })),
  staffTotal: z.number().openapi({ description: 'Staff of all member agencies' }),
  actions: z.array(z.enum(['edit'])),
  version: z.number(),
}).openapi('Group');

export const GroupQuery = z.object({
  campaignId: z.coerce.number().int().positive().optional(),
  q: z.string().max(200).optional(),
});

export type GroupCreateInput = z.infer<typeof GroupCreate>;
export type GroupUpdateInput = z.infer<typeof GroupUpdate>;
