// Files of the directives module: a directive's document (the scanned or signed text), readable by
// everyone who reads directives and attached by the office; a task instance's evidence, attached
// by whoever may report that instance while it is open.
import { can } from '../../../domain/roles.js';
import { registerFileOwner } from '../files/index.js';
import { businessToday } from './clock.js';
import { canReportOn } from './directives.policy.js';
import { getInstance } from './instances.repository.js';

export function registerDirectiveFileOwners(): void {
  registerFileOwner('directive', {
    canRead: async (ctx) => can(ctx.actor, 'directives.read'),
    canAttach: async (ctx, id) => can(ctx.actor, 'directives.write')
      && !!(await ctx.db.selectFrom('directives').select('id').where('id', '=', id).executeTakeFirst()),
  });
  registerFileOwner('task_instance', {
    canRead: async (ctx) => can(ctx.actor, 'directives.read'),
    canAttach: async (ctx, id) => {
      const inst = await getInstance(ctx.db, id, await businessToday(ctx.db));
      return !!inst && inst.status === 'open' && canReportOn(ctx.actor, inst);
    },
  });
}
