// Read models: a directive with its items and tasks, the tracking table (items × units with status
// counts and colours), units' completion and timeliness over a period, and instance lists —
// overdue first everywhere.
import { cellColour, EMPTY_COUNTS, rate, type StatusCounts } from '../../../domain/directives.js';
import type { Actor } from '../../../domain/roles.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { listAssignees, listDirectives, listDocuments, listItems, listTasks } from './directives.repository.js';
import { assigneeKeyOf, presentCounts, presentDirective, presentInstance, toCounts } from './directives.presenter.js';
import { completionCounts, countInstances, listInstances, trackingCounts, type InstanceFilter } from './instances.repository.js';

export async function loadDirective(ctx: RequestContext, id: number, today: string) {
  const [d] = await listDirectives(ctx.db, { ids: [id] }, today);
  if (!d) throw new AppError('NOT_FOUND');
  const items = await listItems(ctx.db, id);
  const tasks = await listTasks(ctx.db, { directiveId: id }, today);
  const assignees = await listAssignees(ctx.db, tasks.map((t) => t.id));
  const documents = await listDocuments(ctx.db, id);
  return presentDirective(d, items, tasks, assignees, documents, ctx.actor!);
}

function add(a: StatusCounts, b: StatusCounts): StatusCounts {
  return { total: a.total + b.total, overdue: a.overdue + b.overdue, open: a.open + b.open, cannotDo: a.cannotDo + b.cannotDo,
    doneOnTime: a.doneOnTime + b.doneOnTime, doneLate: a.doneLate + b.doneLate };
}

/** The tracking table: one row per item, one column per assignee unit, counts and a colour per cell. */
export async function trackingTable(ctx: RequestContext, id: number, today: string) {
  const directive = await loadDirective(ctx, id, today);
  // Columns in the order units first appear, item by item.
  const units = new Map<string, { key: string; kind: string; id: number | null; role: string | null; label: string }>();
  for (const it of directive.items) for (const t of it.tasks) for (const a of t.assignees) {
    if (!units.has(a.key)) units.set(a.key, { key: a.key, kind: a.kind, id: a.agencyId ?? a.groupId ?? a.communeId, role: a.role, label: a.label });
  }
  const counts = await trackingCounts(ctx.db, id, today);
  const byUnit = new Map<string, StatusCounts>();
  let overall: StatusCounts = { ...EMPTY_COUNTS };
  const rows = directive.items.map((it) => {
    const cells = counts.filter((c) => c.item_id === it.id).map((c) => {
      const key = assigneeKeyOf(c);
      const n = toCounts(c);
      byUnit.set(key, add(byUnit.get(key) ?? { ...EMPTY_COUNTS }, n));
      overall = add(overall, n);
      return { unitKey: key, ...presentCounts(n) };
    }).sort((a, b) => [...units.keys()].indexOf(a.unitKey) - [...units.keys()].indexOf(b.unitKey));
    const { tasks, ...item } = it;
    return { item, tasks: tasks.map(({ assignees, ...t }) => ({ ...t, unitKeys: assignees.map((a) => a.key) })), cells };
  });
  const overdue = await listInstances(ctx.db, { directiveId: id, status: 'overdue' }, today, { limit: 50 });
  const { items: _items, ...head } = directive;
  return {
    today, directive: head, units: [...units.values()], rows,
    totals: { byUnit: [...units.keys()].map((key) => ({ unitKey: key, ...presentCounts(byUnit.get(key) ?? { ...EMPTY_COUNTS }) })), overall: presentCounts(overall) },
    overdue: overdue.map((r) => presentInstance(r, today, ctx.actor!)),
  };
}

/**
 * Completion and timeliness per unit for instances due in [from, to]. Completion = done ÷ (done +
 * cannot do + overdue): instances not yet due are "upcoming" and left out. Timeliness = done on
 * time ÷ done. Units with overdue tasks come first, then the lowest completion.
 */
export async function unitCompletion(ctx: RequestContext, f: { from: string; to: string; directiveId?: number; unit?: string }, today: string) {
  const rows = await completionCounts(ctx.db, f, today);
  const items = rows.map((r) => {
    const c = toCounts(r);
    const done = c.doneOnTime + c.doneLate;
    const due = done + c.cannotDo + c.overdue;
    const key = assigneeKeyOf(r);
    return {
      unit: { key, kind: r.kind, id: r.agency_id ?? r.group_id ?? r.unit_id, role: r.role, label: r.label },
      due, done, doneOnTime: c.doneOnTime, doneLate: c.doneLate, cannotDo: c.cannotDo, overdue: c.overdue, upcoming: c.open,
      completionRate: rate(done, due), timelinessRate: rate(c.doneOnTime, done), colour: cellColour(c),
    };
  }).filter((r) => !f.unit || r.unit.key === f.unit);
  items.sort((a, b) => b.overdue - a.overdue || (a.completionRate ?? 2) - (b.completionRate ?? 2) || a.unit.label.localeCompare(b.unit.label, 'vi'));
  return { from: f.from, to: f.to, today, directiveId: f.directiveId ?? null, items };
}

export async function instanceList(ctx: RequestContext, f: InstanceFilter, today: string, page: { limit: number; offset: number }, actor: Actor) {
  const rows = await listInstances(ctx.db, f, today, page);
  return { today, items: rows.map((r) => presentInstance(r, today, actor)), total: await countInstances(ctx.db, f, today) };
}
