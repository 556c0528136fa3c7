// The season plan (lộ trình, issue 17): the labour estimate, the plan solved over the remaining
// Saturdays, pins and bans, the route schedule and its export. Registers itself as the source of the
// weekly "Đề xuất kế hoạch", so the next Saturday's proposal comes from the season plan, and of the
// criterion 2 page's planned date.
import { registerPlannedReachSource } from '../criteria/index.js';
import { registerProposalSource } from '../plans/index.js';
import { plannedReach } from './season.outlook.js';
import { seasonProposal } from './season.proposal.js';

registerProposalSource(seasonProposal);
// Criterion 2's projection shows the season plan's date beside the pace.
registerPlannedReachSource(plannedReach);
export { seasonRouter } from './season.http.js';
export { solveSeason } from './season.commands.js';
