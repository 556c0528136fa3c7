// The body of a PATCH: every field of the create schema optional and none defaulted. zod 4 applies
// a field's default even inside .optional(), so `.partial()` of a schema with `.default(…)` fills a
// field the request left out, and the update then overwrites the stored value with the default
// (a campaign's criterion back to 2, a road's villages cleared). The OpenAPI document would also
// carry the default, which generated clients read as "required".
// A defaulted field's description belongs before its .default(…), so it stays on the field here.
import { z } from '@hono/zod-openapi';

type WithoutDefaults<S extends z.ZodRawShape> = { [K in keyof S]: S[K] extends z.ZodDefault<infer I> ? I : S[K] };

export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(Object.entries(schema.shape)
    .map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field])) as WithoutDefaults<S>;
  return z.object(shape).partial();
}
