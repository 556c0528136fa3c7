// /home: the signed-in user's cards of work waiting ("what now?"), one request for the home page.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, ctxOf, errorResponses, jsonContent, requireActor } from '../../http/router.js';
import { homeCards } from './cards.js';

const Item = z.object({
  id: z.union([z.number(), z.string()]), label: z.string(), day: z.string().nullable().optional(),
  state: z.enum(['todo', 'partial', 'done', 'due', 'overdue', 'waiting', 'red', 'ok']).optional(), link: z.string(),
  people: z.number().optional(), material: z.object({ code: z.string(), name: z.string() }).optional(),
});
const Card = z.object({
  kind: z.enum(['record', 'nextDay', 'confirmRegistrations', 'register', 'reports', 'reviewReports', 'myTasks', 'lateTasks', 'inspectLots', 'acceptSegments', 'dashboard', 'media', 'users']),
  count: z.number().openapi({ description: 'Things waiting; 0 when the card only informs or opens a page' }),
  link: z.string().openapi({ description: 'The action itself (the first waiting item), else the page' }),
  day: z.string().nullable().optional(), status: z.string().optional(), redItems: z.number().optional(),
  items: z.array(Item),
});
const HomeOut = z.object({
  today: z.string(),
  campaign: z.object({ id: z.number(), name: z.string() }).nullable(),
  cards: z.array(Card),
}).openapi('Home');

export const homeRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/home', tags: ['home'],
    summary: "The signed-in user's work waiting, as cards in the order of the role's day, each linking to the action",
    responses: { 200: jsonContent(HomeOut), ...errorResponses },
  }), async (c) => {
    const actor = requireActor(c);
    return c.json(await homeCards(ctxOf(c), actor), 200);
  });
