// The directives module's public surface.
export { directivesRouter } from './directives.http.js';
export { tasksRouter } from './tasks.http.js';
export { registerDirectiveFileOwners } from './file-owners.js';
export { businessNow, businessToday, CLOCK_SETTING } from './clock.js';
export { generateDueInstances, generateInstancesUntil, LOOKAHEAD_DAYS } from './commands/generate-instances.js';
export { createDirective } from './commands/save-directive.js';
export { reportDone, reportCannotDo } from './commands/report-instance.js';
export { markWeeklyPlanTaskDone, markWeeklyReportTaskDone, completeMediaTask } from './commands/mark-linked.js';
export { listInstances, type InstanceRow } from './instances.repository.js';
export { canReportOn } from './directives.policy.js';
export type { DirectiveCreateInput } from './directives.schema.js';
export { notifyTaskAssigned, notifyTaskOverdue } from './notify.js';
// Test fixtures, for the tests of modules that build on directives (media).
export { directiveBody, setToday } from './directives.fixtures.js';
