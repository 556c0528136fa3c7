// The fund module's public surface.
import { createRouter } from '../../http/router.js';
import { fundRouter as entriesRouter } from './fund.http.js';
import { statementsRouter } from './statements.http.js';
import { importRoutes } from './import/import.http.js';
import { fundReportsRouter } from './reports/fund-report.http.js';

export const fundRouter = createRouter().route('/', entriesRouter).route('/', statementsRouter).route('/', importRoutes).route('/', fundReportsRouter);
export { createFund } from './commands/save-fund.js';
export { recordContribution } from './commands/record-contribution.js';
export { recordAllocation } from './commands/record-allocation.js';
export { recordExpenditure } from './commands/record-expenditure.js';
export { decideExpenditure } from './commands/decide-expenditure.js';
export { reverseEntry } from './commands/reverse-entry.js';
export { postPeopleGift, reversePeopleGift } from './commands/people-gift.js';
export { buildStatement, buildPublicSummary } from './statements/statement.js';
export { fundFileOwner } from './fund.files.js';
export { createFundReport, submitFundReport, updateFundReport } from './reports/fund-report.commands.js';
