// The users module's public surface.
export { usersRouter } from './users.http.js';
export { getUser, groupsLedBy } from './users.repository.js';
export { presentUser } from './users.presenter.js';
export { UserOut } from './users.schema.js';
export { createUser } from './commands/save-user.js';
