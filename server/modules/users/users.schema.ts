// Request and response shapes for users. Usernames are ASCII (typed on any keyboard); display names
// are Vietnamese.
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/roles.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../domain/limits.js';

export const Username = z.string().trim().min(3).max(50).regex(/^[A-Za-z0-9._-]+$/, 'a–z, 0–9, . _ -')
  .openapi({ description: 'Sign-in name: letters a–z, digits, dot, underscore, hyphen', example: 'commune.tannam' });
export const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).openapi({ description: `At least ${PASSWORD_MIN} characters` });

export const UserCreate = z.object({
  username: Username,
  displayName: z.string().trim().min(1).max(120).openapi({ description: 'Full name as shown in the app', example: 'Nguyễn Văn An' }),
  email: z.email().max(200).nullable().optional().openapi({ description: 'For e-mail notifications' }),
  password: Password,
  role: z.enum(ROLES).openapi({ description: 'One of the eight roles (PRODUCT.md §2)' }),
  agencyId: z.number().int().positive().nullable().optional().openapi({ description: 'The agency the user works for' }),
  unitId: z.number().int().positive().nullable().optional().openapi({ description: 'The commune a commune user works for' }),
}).openapi('UserCreate');

export const UserUpdate = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  email: z.email().max(200).nullable().optional(),
  role: z.enum(ROLES).optional(),
  agencyId: z.number().int().positive().nullable().optional(),
  unitId: z.number().int().positive().nullable().optional(),
  disabled: z.boolean().optional().openapi({ description: 'A disabled user cannot sign in; their sessions end' }),
  password: Password.optional().openapi({ description: 'Set a new password (the admin resets it)' }),
}).openapi('UserUpdate');

export const UserOut = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  agency: z.object({ id: z.number(), name: z.string() }).nullable(),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
}).openapi('User');

export type UserCreateInput = z.infer<typeof UserCreate>;
export type UserUpdateInput = z.infer<typeof UserUpdate>;
