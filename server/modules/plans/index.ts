// The plans module's public surface: weekly plans with their entries, versions, go/no-go checklist
// and day sheet; road assignments (phân công tuyến); registrations of the lead agencies.
import { createRouter } from '../../http/router.js';
import { assignmentsRouter } from './assignments/assignments.http.js';
import { plansRouter as dayPlansRouter } from './plans.http.js';
import { registrationsRouter } from './registrations/registrations.http.js';
import { sheetRouter } from './sheet/sheet.http.js';

export const plansRouter = createRouter().route('/', dayPlansRouter).route('/', sheetRouter).route('/', assignmentsRouter).route('/', registrationsRouter);
export { registrationDeadlineReminder } from './reminders.js';
export { createPlan, publishPlan, closePlan } from './commands/plan-lifecycle.js';
export { proposePlan, registerProposalSource } from './commands/propose-plan.js';
// For the season plan (issue 17): the same facts the weekly proposal reads.
export { segmentFacts, mixersOn, roadSettings, type SegmentFact } from './sources.js';
export { assignmentMap } from './assignments/assignments.repository.js';
export { getSettings as getPlanSettings } from './plans.repository.js';
export { addEntry, changeEntry, removeEntry } from './commands/save-entry.js';
export { cancelDay } from './commands/cancel-day.js';
export { setSupervisor } from './commands/set-supervisor.js';
export { confirmSite } from './commands/confirm-site.js';
export { savePlanSettings } from './commands/save-settings.js';
export { assignSegments, unassignSegments } from './assignments/assign.js';
export { createRegistration, updateRegistration, withdrawRegistration } from './registrations/commands/register.js';
export { decideRegistration } from './registrations/commands/decide.js';
export { registeredVsActual } from './registrations/variance.js';
export { planView } from './plans.presenter.js';
export { buildSheet } from './sheet/sheet.js';
