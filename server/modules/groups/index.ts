// The groups module's public surface.
export { groupsRouter } from './groups.http.js';
export { createGroup, updateGroup } from './commands/save-group.js';
export { listGroups } from './groups.repository.js';
export { agencyTeam } from './commands/agency-team.js';
